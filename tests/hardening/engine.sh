#!/bin/sh
# tests/hardening/engine.sh KHGEN WORKDIR - the PDF engine as a child of khgen.
#
#  - a plan named "a#b%c d.yaml" built into "out #%? d/" prints through the
#    real Chromium and the real LibreOffice (the file:// URL is encoded, the
#    engine sees a fixed name), when they are installed;
#  - a hung engine (a stand-in on PATH that starts a grandchild and waits)
#    is stopped after KHGEN_PDF_TIMEOUT seconds with KH903 and exit 3, and
#    neither it, its grandchild nor its temporary directory is left;
#  - khgen killed with -9 while the engine runs: the watchdog kills the
#    engine's process group and removes the directory;
#  - a directory a dead khgen left (its owner.pid names no process) is
#    removed by the next PDF build; one whose owner lives is kept;
#  - KHGEN_PDF_TIMEOUT that is not a number of seconds is KH903.
# Temporary directories go to a private TMPDIR, so other runs on the
# machine do not disturb the counts.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
khgen=$1
work=$2
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
# the hang guard of every suite (tests/cpu_guard.sh: CPU time, not wall)
guard=$top/tests/cpu_guard.sh
case $work in /*) ;; *) work=$top/$work ;; esac
rm -rf "$work"
mkdir -p "$work/tmp" "$work/bin" "$work/mark"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }
show() { sed 's/^/    | /' "$1" | head -"${2:-5}"; }

cp "$top/plans/binh-trung-2024.yaml" "$work/a#b%c d.yaml"
out="$work/out #%? d"

# ---- real engines, names that a URL must encode ------------------------------
for engine in chromium libreoffice; do
    prog=$([ $engine = chromium ] && echo chromium || echo soffice)
    if ! command -v "$prog" >/dev/null 2>&1; then
        echo "# $prog is not installed: skipping the real $engine route"
        continue
    fi
    rm -rf "$out"
    TMPDIR=$work/tmp timeout 300 "$khgen" build -f pdf --pdf-engine=$engine -o "$out" \
        "$work/a#b%c d.yaml" >"$work/stdout" 2>"$work/err"
    status=$?
    if [ "$status" -eq 0 ] && [ -s "$out/a#b%c d.pdf" ] &&
        pdftotext "$out/a#b%c d.pdf" - 2>/dev/null | grep -q 'BÌNH TRUNG'; then
        ok "$engine prints a plan named 'a#b%c d.yaml' into 'out #%? d/'"
    else
        not_ok "$engine prints a plan named 'a#b%c d.yaml' into 'out #%? d/' (status $status)"
        show "$work/err"
    fi
    [ -z "$(ls -A "$work/tmp")" ] && ok "... and leaves no temporary directory" \
        || not_ok "... and leaves no temporary directory ($(ls -A "$work/tmp" | tr '\n' ' '))"
done

# ---- stand-in engines ------------------------------------------------------------
# hangs: records its pid and a grandchild's, then waits for the grandchild
cat >"$work/bin/chromium" <<EOF
#!/bin/sh
sleep 600 &
echo \$! >"$work/mark/grandchild"
echo \$\$ >"$work/mark/engine"
wait
EOF
# prints: writes a small PDF where --print-to-pdf= says
mkdir -p "$work/bin/good"
cat >"$work/bin/good/chromium" <<'EOF'
#!/bin/sh
for a; do case $a in --print-to-pdf=*) printf '%%PDF-1.4 stand-in\n' >"${a#--print-to-pdf=}" ;; esac; done
EOF
chmod +x "$work/bin/chromium" "$work/bin/good/chromium"
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# wait_gone FILE...: up to 5 s for the processes named in the files to end
wait_gone() {
    for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
        _any=0
        for _f; do alive "$_f" && _any=1; done
        [ $_any -eq 0 ] && return 0
        sleep 0.2
    done
    return 1
}

rm -rf "$out" "$work/mark"/*
PATH=$work/bin:$PATH TMPDIR=$work/tmp KHGEN_PDF_TIMEOUT=2 \
    "$guard" 60 "$khgen" build -f md,pdf --pdf-engine=chromium -o "$out" "$work/a#b%c d.yaml" \
    >"$work/stdout" 2>"$work/err"
status=$?
if [ "$status" -eq 3 ] && grep -q 'KH903.*did not finish within 2 seconds' "$work/err"; then
    ok "a hung engine is stopped after KHGEN_PDF_TIMEOUT=2 seconds: KH903, exit 3"
else
    not_ok "a hung engine is stopped after KHGEN_PDF_TIMEOUT=2 seconds (status $status)"
    show "$work/err"
fi
[ -s "$out/a#b%c d.md" ] && [ ! -e "$out/a#b%c d.pdf" ] && ok "... the other formats are written, no PDF" \
    || not_ok "... the other formats are written, no PDF ($(ls "$out" | tr '\n' ' '))"
wait_gone "$work/mark/engine" "$work/mark/grandchild" && ok "... the engine and its grandchild are gone" \
    || not_ok "... the engine and its grandchild are gone"
[ -z "$(ls -A "$work/tmp")" ] && ok "... its temporary directory is removed" \
    || not_ok "... its temporary directory is removed ($(ls -A "$work/tmp" | tr '\n' ' '))"

# kill -9 of khgen while the engine runs
for round in 1 2 3; do
    rm -rf "$out" "$work/mark"/*
    PATH=$work/bin:$PATH TMPDIR=$work/tmp KHGEN_PDF_TIMEOUT=60 \
        "$khgen" build -f pdf --pdf-engine=chromium -o "$out" "$work/a#b%c d.yaml" \
        >/dev/null 2>&1 &
    pid=$!
    for _i in $(seq 1 100); do [ -s "$work/mark/grandchild" ] && break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ! [ -s "$work/mark/grandchild" ]; then
        not_ok "kill -9 ($round): the stand-in engine did not start"
        continue
    fi
    wait_gone "$work/mark/engine" "$work/mark/grandchild" \
        && ok "kill -9 of khgen ($round): the engine and its grandchild die with it" \
        || not_ok "kill -9 of khgen ($round): the engine and its grandchild die with it"
    for _i in $(seq 1 25); do [ -z "$(ls -A "$work/tmp")" ] && break; sleep 0.2; done
    [ -z "$(ls -A "$work/tmp")" ] && ok "... and its temporary directory is removed" \
        || not_ok "... and its temporary directory is removed ($(ls -A "$work/tmp" | tr '\n' ' '))"
done
# whatever the kills left must not outlive the test
for f in "$work/mark/engine" "$work/mark/grandchild"; do alive "$f" && kill -9 "$(cat "$f")"; done

# a directory a dead khgen left, and one whose owner lives
mkdir -p "$work/tmp/khgen-pdf-dead00/profile" "$work/tmp/khgen-pdf-live00"
sh -c 'exit 0' &
dead=$!
wait $dead
echo "$dead" >"$work/tmp/khgen-pdf-dead00/owner.pid"
echo "$$" >"$work/tmp/khgen-pdf-live00/owner.pid"
rm -rf "$out"
PATH=$work/bin/good:$PATH TMPDIR=$work/tmp "$guard" 60 "$khgen" build -f pdf --pdf-engine=chromium \
    -o "$out" "$work/a#b%c d.yaml" >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 0 ] && [ -s "$out/a#b%c d.pdf" ] && ok "a stand-in engine's PDF is written (status 0)" \
    || { not_ok "a stand-in engine's PDF is written (status $status)"; show "$work/err"; }
[ ! -e "$work/tmp/khgen-pdf-dead00" ] && ok "a directory a dead khgen left is removed by the next PDF build" \
    || not_ok "a directory a dead khgen left is removed by the next PDF build"
[ -e "$work/tmp/khgen-pdf-live00" ] && ok "... one whose owner lives is kept" \
    || not_ok "... one whose owner lives is kept"

PATH=$work/bin/good:$PATH TMPDIR=$work/tmp KHGEN_PDF_TIMEOUT=soon "$guard" 60 "$khgen" build -f pdf \
    --pdf-engine=chromium -o "$out" "$work/a#b%c d.yaml" >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 3 ] && grep -q "KH903.*KHGEN_PDF_TIMEOUT='soon' is not a number of seconds" "$work/err" \
    && ok "KHGEN_PDF_TIMEOUT=soon is KH903, exit 3" \
    || { not_ok "KHGEN_PDF_TIMEOUT=soon is KH903, exit 3 (status $status)"; show "$work/err"; }

# fails: an engine that says why and exits 2 without a PDF; KH903 quotes the
# end of what it said, its line breaks as spaces (pdf.c's log_tail: no test
# reached it, session 18's llvm-cov over make check)
mkdir -p "$work/bin/fails"
cat >"$work/bin/fails/chromium" <<'EOF'
#!/bin/sh
echo "[0101/000000.000:ERROR:headless_shell.cc] Cannot open the display" >&2
echo "giving up" >&2
exit 2
EOF
chmod +x "$work/bin/fails/chromium"
PATH=$work/bin/fails:$PATH TMPDIR=$work/tmp "$guard" 60 "$khgen" build -f pdf --pdf-engine=chromium \
    -o "$out" "$work/a#b%c d.yaml" >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 3 ] &&
    grep -q "KH903.*did not print the html (exit status 2); check its message, or build the .docx and print it from Word: .*Cannot open the display giving up" "$work/err" &&
    [ -z "$(ls -A "$work/tmp" | grep -v 'khgen-pdf-live00')" ] \
    && ok "a failing engine is KH903 with the end of its log, exit 3, no directory left" \
    || { not_ok "a failing engine is KH903 with the end of its log, exit 3 (status $status)"; show "$work/err"; }

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
