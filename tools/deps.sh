#!/bin/sh
# Installs the Debian packages khgen needs, if any is missing.
#   sh tools/deps.sh build   what `make run` needs
#   sh tools/deps.sh test    that, plus what `make check` needs
#   sh tools/deps.sh bench   that of `make run`, plus the peers and tools `make bench`
#                            measures with (Python XlsxWriter, pandoc, valgrind)
# Runs apt-get only when something is missing; uses sudo when not root.
set -eu
build_pkgs="gcc make pkg-config libyaml-dev libcmark-dev libxlsxwriter-dev libzip-dev libxml2-dev gettext"
test_pkgs="libcmocka-dev python3 git chromium poppler-utils fonts-liberation libreoffice-calc-nogui tidy python3-openpyxl libreoffice-writer-nogui python3-docx pandoc libxml2-utils unzip zip python3-jsonschema python3-yaml man-db bash-completion cmark clang libclang-rt-14-dev valgrind"
bench_pkgs="python3 python3-xlsxwriter pandoc valgrind"
want="$build_pkgs"
[ "${1:-build}" = test ] && want="$build_pkgs $test_pkgs"
[ "${1:-build}" = bench ] && want="$build_pkgs $bench_pkgs"
missing=""
for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "khgen: installing missing Debian packages:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
