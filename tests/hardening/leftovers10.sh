#!/bin/sh
# tests/hardening/leftovers10.sh KHGEN WORKDIR - the LOW findings of the
# ninth black-box attack (issue 8; /tmp/s9attack/findings.md in session 9)
# that session 10 fixed: options, limits, the environment, messages. Each
# case fails with the binary from before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/p"
"$khgen" build -f md -o "$work/p" plans/binh-trung-2024.yaml >/dev/null 2>&1
cp "$work/p/binh-trung-2024.md" "$work/p/-x.md"

# ---- "--": import, convert and init took it for an unknown option ---------------------
# (build, check and diff took it); a file whose name begins with a dash
# needed "./-x.md"
(cd "$work/p" && "$khgen" import -- -x.md >"$work/dd.yaml" 2>"$work/err") &&
    grep -q '^header:' "$work/dd.yaml" &&
    ok "--: import -- -x.md reads the file -x.md" ||
    not_ok "--: import: $(head -c 300 "$work/err")"
(cd "$work/p" && "$khgen" convert -o - -- -x.md >"$work/dd.md" 2>"$work/err") &&
    cmp -s "$work/dd.md" "$work/p/-x.md" &&
    ok "--: convert -o - -- -x.md copies the file -x.md" ||
    not_ok "--: convert: $(head -c 300 "$work/err")"
"$khgen" init -o - -- 'Xã Dấu Gạch' >"$work/dd-init.yaml" 2>"$work/err" &&
    grep -q 'XÃ DẤU GẠCH' "$work/dd-init.yaml" &&
    ok "--: init -o - -- NAME takes NAME" ||
    not_ok "--: init: $(head -c 300 "$work/err")"
(cd "$work/p" && "$khgen" import -- -x.md -y.md >/dev/null 2>"$work/err")
[ $? -eq 2 ] && grep -q "reads one file" "$work/err" &&
    ok "--: after it, a second name is a second file (usage error), not an option" ||
    not_ok "--: import -- a b: $(head -c 300 "$work/err")"

# ---- L3: -o /dev/null needed --force ----------------------------------------------
# "'/dev/null' exists; import never overwrites a plan": the README says a
# character device (or a FIFO) is written into, as the shell's '>' does
for c in "import $work/p/binh-trung-2024.md" "convert $work/p/binh-trung-2024.md" \
         "init Thanh" "new --from plans/binh-trung-2024.yaml --year 2025"; do
    # shellcheck disable=SC2086 # the words of $c are the command's arguments
    "$khgen" $c -o /dev/null >/dev/null 2>"$work/err"
    s=$?
    [ $s -eq 0 ] && ! grep -q 'exists' "$work/err" &&
        ok "L3: ${c%% *} -o /dev/null writes into the device without --force" ||
        not_ok "L3: ${c%% *} -o /dev/null: status $s, $(head -c 300 "$work/err")"
done
printf 'giữ nguyên\n' >"$work/keep.yaml"
"$khgen" import -o "$work/keep.yaml" "$work/p/binh-trung-2024.md" >/dev/null 2>"$work/err"
[ $? -eq 2 ] && [ "$(cat "$work/keep.yaml")" = "giữ nguyên" ] &&
    ok "L3: an existing regular file still needs --force" ||
    not_ok "L3: a regular file was overwritten or the status is wrong"

# ---- write_file_atomic: a stop signal between the temporary name and the rename ----
# the one-file writers link their unnamed file under DIR/.khgen-XXXXXX and
# rename it over an existing FILE; SIGINT between the two left the
# temporary beside FILE. The stop signals now wait for the rename (as
# outputs.c's commit); KHGEN_TEST_SIGNAL_IN_RENAME raises SIGINT there.
d=$work/sig
mkdir -p "$d"
printf 'cũ\n' >"$d/out.md"
printf 'mới\n' >"$d/in.md"
KHGEN_TEST_SIGNAL_IN_RENAME=1 "$khgen" convert --force -o "$d/out.md" "$d/in.md" \
    >/dev/null 2>&1
s=$?
left=$(cd "$d" && ls -A | grep -c '^\.khgen-')
[ $s -eq 130 ] && [ "$left" = 0 ] && [ "$(cat "$d/out.md")" = "mới" ] &&
    ok "signal in rename: SIGINT waits for the rename, ends khgen (130), no .khgen-* left" ||
    not_ok "signal in rename: status $s, $left temporaries, out.md '$(cat "$d/out.md")'"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
