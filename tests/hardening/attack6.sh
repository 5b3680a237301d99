#!/bin/sh
# tests/hardening/attack6.sh KHGEN WORKDIR - what the sixth black-box attack
# found (issue 8; /tmp/s6attack/findings.md in its session): inputs that
# crashed khgen, shapes whose cost grew faster than the input, and outputs
# that came out wrong.
#
# Each timed case must take at most a second of CPU time (user + system: a
# busy machine does not fail it) with the release build, five under the
# sanitizers, and end with status 3 or less, without a sanitizer report.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
khgen=$1
work=$2
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
case $work in /*) ;; *) work=$top/$work ;; esac
rm -rf "$work"
mkdir -p "$work"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

timed=$khgen
limit=5
[ -x "$top/khgen" ] && timed=$top/khgen && limit=1

# cpu_of COMMAND...: runs it, sets $cpu (user + system seconds) and $status
cpu_of() {
    /usr/bin/time -f '%U %S' -o "$work/time" "$@" >"$work/out" 2>"$work/err"
    status=$?
    cpu=$(tail -n 1 "$work/time" | awk '{printf "%.2f", $1 + $2}')
}
timed_case() { # NAME COMMAND...
    _name=$1
    shift
    cpu_of "$@"
    if [ "$status" -gt 3 ] || grep -q 'Sanitizer\|runtime error' "$work/err" ||
        awk "BEGIN {exit !($cpu > $limit)}"; then
        not_ok "$_name: ${cpu}s of CPU, status $status (limit ${limit}s)"
        sed 's/^/    | /' "$work/err" | head -5
    else
        ok "$_name: ${cpu}s"
    fi
}
# sane NAME STATUS: the run ended with a status of 3 or less and no sanitizer report
sane() {
    if [ "$2" -gt 3 ] || grep -q 'Sanitizer\|runtime error' "$work/err"; then
        not_ok "$1: status $2"
        sed 's/^/    | /' "$work/err" | head -5
    else
        ok "$1"
    fi
}

# ---- G3: SOURCE_DATE_EPOCH past year 9999 crashed the workbook step ----------
for epoch in 99999999999999999999 9223372036854775807 253402300800; do
    SOURCE_DATE_EPOCH=$epoch "$khgen" build -f xlsx -o "$work/out-epoch" plans/binh-trung-2024.yaml \
        >"$work/out" 2>"$work/err"
    status=$?
    sane "SOURCE_DATE_EPOCH=$epoch: build -f xlsx does not crash" "$status"
done
created=$(unzip -p "$work/out-epoch/binh-trung-2024.xlsx" docProps/core.xml 2>/dev/null |
    grep -o '<dcterms:created[^>]*>[^<]*' | sed 's/.*>//')
[ "$created" = "2024-01-01T00:00:00Z" ] &&
    ok "... a time past 9999 is ignored: the workbook is dated by the plan ($created)" ||
    not_ok "... the workbook's creation time is '$created'"

# ---- G4: import's lists (recipients, issuer, signature) copied per line -------
# 40,000 recipients took 15 s and 6.3 GB, 40,000 capitals above the title
# and 40,000 signature lines 13.6 s and 6.3 GB: each line copied the list
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
head = "ỦY BAN NHÂN DÂN\nHUYỆN A\nKẾ HOẠCH\nThực hiện năm 2024\nI. A\n- Việc.\n"
open(work + "/recipients.txt", "w").write(head + "Nơi nhận:\n" + "".join("- Xã %d;\n" % i for i in range(40000)))
open(work + "/lines.txt", "w").write("".join("ỦY BAN NHÂN DÂN HUYỆN %d\n" % i for i in range(20000)) +
    "KẾ HOẠCH\nThực hiện năm 2024\nI. A\n- Việc.\nNơi nhận:\n- A.\n" +
    "".join("TM. ỦY BAN NHÂN DÂN %d\n" % i for i in range(20000)) + "Nguyễn Văn A\n")
PY
timed_case "import of 40,000 recipients (0.5 MB)" timeout 60 "$timed" import -o "$work/recipients.yaml" "$work/recipients.txt"
[ "$(grep -c '^  - Xã ' "$work/recipients.yaml" 2>/dev/null)" = 40000 ] &&
    ok "... all 40,000 are in the plan's recipients" || not_ok "... the recipients are not all there"
timed_case "import of 20,000 header lines and 20,000 signature lines (1.2 MB)" timeout 60 "$timed" import -o "$work/lines.yaml" "$work/lines.txt"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
