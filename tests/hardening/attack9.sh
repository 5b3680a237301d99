#!/bin/sh
# tests/hardening/attack9.sh KHGEN WORKDIR - what the ninth black-box attack
# found (issue 8; /tmp/s9attack/findings.md in its session): the
# environment a build runs in - a stop signal during the commit, TMPDIR,
# a standard output that cannot be written.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# The plan of Yên Thế 2024 (an include, attachments: every format), and a
# copy whose text differs, to tell the old outputs from the new.
mkdir -p "$work/p"
cp plans/yen-the-2024.yaml "$work/p/plan.yaml"
cp -r plans/yen-the "$work/p/"
sed '/^  title: >-$/{n;s/$/ MOI9/;}' plans/yen-the-2024.yaml >"$work/p/new.yaml"
grep -q 'MOI9' "$work/p/new.yaml" || not_ok "setup: the title line of plans/yen-the-2024.yaml moved"

# ---- F1: a stop signal during the commit ----------------------------------------
# SIGINT, SIGTERM or SIGHUP between the journal and the last rename (a
# commit with its fsyncs takes milliseconds) left the journal, its marker,
# the named temporaries and a mix of new and old outputs (the .md new, the
# .html and .docx old) until the next build. The stop signals now wait for
# the commit's end. KHGEN_TEST_PAUSE_AFTER_RENAMES=1 holds the commit for
# two seconds after its first rename; the signal is sent once the journal
# is seen.
for sig in INT TERM HUP; do
    d=$work/sig-$sig
    mkdir -p "$d"
    cp "$work/p/plan.yaml" "$work/p/s.yaml"
    "$khgen" build -o "$d" "$work/p/s.yaml" >/dev/null 2>&1
    cp "$work/p/new.yaml" "$work/p/s.yaml"
    # a background job of a script starts with SIGINT ignored, one under
    # nohup with SIGHUP ignored: given back
    KHGEN_TEST_PAUSE_AFTER_RENAMES=1 /usr/bin/python3 -c 'import os, signal, sys
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(s, signal.SIG_DFL)
os.execv(sys.argv[1], sys.argv[1:])' "$khgen" build -o "$d" "$work/p/s.yaml" >/dev/null 2>"$work/err" &
    pid=$!
    n=0
    while [ $n -lt 300 ] && ! ls -A "$d" | grep -q '^\.khgen-commit\|^\.~[A-Za-z0-9]*$'; do
        sleep 0.05
        n=$((n + 1))
    done
    kill -"$sig" "$pid"
    wait "$pid" 2>/dev/null
    status=$?
    left=$(ls -A "$d" | grep -v '^s\.\(md\|html\|docx\|xlsx\)$' | tr '\n' ' ')
    new=0
    grep -q MOI9 "$d/s.md" && new=$((new + 1))
    grep -q MOI9 "$d/s.html" && new=$((new + 1))
    unzip -p "$d/s.docx" word/document.xml | grep -q MOI9 && new=$((new + 1))
    if [ $n -lt 300 ] && [ "$status" -gt 128 ] && [ -z "$left" ] && [ $new -eq 3 ]; then
        ok "F1: SIG$sig during the commit: the new set whole, no journal or temporary (status $status)"
    else
        not_ok "F1: SIG$sig during the commit: status $status, left [$left], $new of 3 outputs new"
    fi
done

# ---- F2: TMPDIR ------------------------------------------------------------------
# The workbook was made in a private directory in TMPDIR: a TMPDIR that does
# not exist failed the build with "cannot write 'o/plan.xlsx': No such file
# or directory" (the output directory was fine), and a build stopped while
# it wrote the workbook left the directory there. The workbook is now made
# in an unnamed memory file.
"$khgen" build -o "$work/t1" "$work/p/plan.yaml" >/dev/null 2>&1
mkdir -p "$work/tmp"
TMPDIR=$work/no-such-dir "$khgen" build -o "$work/t2" "$work/p/plan.yaml" >/dev/null 2>"$work/err"
status=$?
TMPDIR=$work/tmp "$khgen" build -o "$work/t3" "$work/p/plan.yaml" >/dev/null 2>>"$work/err"
status3=$?
if [ "$status" -eq 0 ] && [ "$status3" -eq 0 ] && cmp -s "$work/t1/plan.xlsx" "$work/t2/plan.xlsx" &&
    cmp -s "$work/t1/plan.xlsx" "$work/t3/plan.xlsx" && [ -z "$(ls -A "$work/tmp")" ]; then
    ok "F2: a missing TMPDIR does not fail the workbook, and nothing is made in TMPDIR"
else
    not_ok "F2: status $status/$status3, TMPDIR holds [$(ls -A "$work/tmp")], $(head -c 300 "$work/err")"
fi

# ---- F3: -o - and a standard output that cannot be written -------------------------
# `build -f md -o - PLAN >/dev/full` (or with standard output closed) ended
# with status 3 and no word on standard error; every other command says
# "khgen: cannot write to standard output: ...". A reader that leaves
# (`| head`) is still not told.
"$khgen" build -f md -o - "$work/p/plan.yaml" >/dev/full 2>"$work/err"
status=$?
"$khgen" build -f html -o - "$work/p/plan.yaml" >&- 2>"$work/err2"
status2=$?
if [ "$status" -eq 3 ] && grep -q 'cannot write to standard output: No space left on device' "$work/err" &&
    [ "$status2" -eq 3 ] && grep -q 'cannot write to standard output: Bad file descriptor' "$work/err2"; then
    ok "F3: build -o - says why standard output could not be written (full, closed)"
else
    not_ok "F3: status $status/$status2, [$(head -c 200 "$work/err")] [$(head -c 200 "$work/err2")]"
fi

# ---- F4-F6: khgen diff as git's diff driver -----------------------------------------
# A repository set up as the README says (*.yaml diff=khgen), holding Yên
# Thế's plan and its registry: commit 1 adds them and a copy of the plan
# (b.yaml), commit 2 renames b.yaml to c.yaml with an edit, commit 3
# deletes a.yaml, then the registry is edited in the work tree.
# F4: git finds renames by default and passes nine arguments for one
# (new-path, similarity): "diff takes two plans (or the seven arguments of
# git)", exit 2, and git stopped: "fatal: external diff died".
# F5: the old version of a plan whose path no longer exists (deleted,
# renamed) was read with its includes skipped without a word: a KH202 for
# every unit the registry defines, exit 3, git stopped.
# F6: the registry is *.yaml too: not a plan, exit 3, git stopped there.
g=$work/git
mkdir -p "$g"
cp -r plans/yen-the "$g/"
cp plans/yen-the-2024.yaml "$g/a.yaml"
cp "$work/p/plan.yaml" "$g/b.yaml"
printf '*.yaml diff=khgen\n' >"$g/.gitattributes"
git_() { git -C "$g" -c user.email=t@t -c user.name=t -c diff.khgen.command="$khgen diff" "$@"; }
git_ init -q && git_ add -A && git_ commit -qm 1 &&
    git_ mv b.yaml c.yaml && sed -i '/^  title: >-$/{n;s/$/ DOI9/;}' "$g/c.yaml" &&
    git_ add -A && git_ commit -qm 2 && git_ rm -q a.yaml && git_ commit -qm 3 &&
    sed -i 's/Phòng Tài chính - Kế hoạch/Phòng Tài chính và Kế hoạch/' "$g/yen-the/registry.yaml" ||
    not_ok "setup: the git repository"
git_ diff -M HEAD~2 HEAD~1 -- b.yaml c.yaml >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && grep -q '^+++ c.yaml' "$work/out" && grep -q 'DOI9' "$work/out" &&
    ! grep -q 'died' "$work/err"; then
    ok "F4: git diff of a renamed plan (nine arguments) shows its document diff"
else
    not_ok "F4: status $status, $(head -c 300 "$work/err")"
fi
git_ diff HEAD~1 HEAD >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && grep -q '^--- a.yaml' "$work/out" && grep -q 'Phòng Tài chính' "$work/out" &&
    ! grep -q 'KH202\|died' "$work/err"; then
    ok "F5: git diff of a deleted plan reads its includes beside its old path"
else
    not_ok "F5: status $status, $(head -c 300 "$work/err")"
fi
git_ diff HEAD~2 >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && grep -q "registry.yaml' has errors" "$work/err" && ! grep -q 'died' "$work/err" &&
    grep -q '^--- a.yaml' "$work/out" && grep -q '^+++ c.yaml' "$work/out"; then
    ok "F6: a changed registry (*.yaml, not a plan) is said on stderr and git goes on"
else
    not_ok "F6: status $status, $(head -c 300 "$work/err")"
fi

# ---- F7: import -o the document it reads ------------------------------------------
# `khgen import in.md -o in.md` says "'in.md' exists; import never
# overwrites a plan: choose another name, or add --force", and with --force
# the document was replaced by the plan source (the only copy of last
# year's plan); `new` and `diff` refuse -o naming their input. Also through
# a hard link or a symbolic link.
mkdir -p "$work/imp"
"$khgen" build -f md -o "$work/imp" "$work/p/plan.yaml" >/dev/null 2>&1
cp "$work/imp/plan.md" "$work/imp/keep.md"
ln -f "$work/imp/plan.md" "$work/imp/hard.md"
ln -sf plan.md "$work/imp/sym.md"
bad=
for o in plan.md ./plan.md hard.md sym.md; do
    (cd "$work/imp" && "$khgen" import plan.md -o "$o" --force) >/dev/null 2>"$work/err"
    status=$?
    { [ "$status" -eq 2 ] && grep -q 'is the document it reads' "$work/err" &&
        cmp -s "$work/imp/plan.md" "$work/imp/keep.md"; } || bad="$bad $o:$status"
done
(cd "$work/imp" && "$khgen" import plan.md -o other.yaml --force) >/dev/null 2>&1 || bad="$bad other"
if [ -z "$bad" ]; then
    ok "F7: import -o the document it reads (or a link to it) is refused, --force or not"
else
    not_ok "F7:$bad, $(head -c 200 "$work/err")"
fi

# ---- L1: a usage error's usage text on one line -------------------------------------
# diff, new and init passed their usage text as a %s argument of a
# message, whose line breaks the terminal guard escapes: "usage: khgen
# diff ... NEW.yaml\x0A       khgen diff PATH ...", one line. An unknown
# option is one line and "Try 'khgen CMD --help'." since session 42
# (s42msg: one wording for every command), no usage text to keep.
bad=
for c in "diff a" "diff --bogus a b" "new" "new --bogus" "init" "init --bogus x" "init ~"; do
    # shellcheck disable=SC2086
    "$khgen" $c >/dev/null 2>"$work/err"
    status=$?
    case $c in *--bogus*) want="^Try 'khgen [a-z]* --help'\\.\$" ;; *) want='^usage: khgen' ;; esac
    { [ "$status" -eq 2 ] && ! grep -q 'x0A' "$work/err" && grep -q "$want" "$work/err"; } ||
        bad="$bad [$c]:$status"
done
if [ -z "$bad" ]; then
    ok "L1: the usage text of diff, new and init keeps its lines"
else
    not_ok "L1:$bad, $(head -c 200 "$work/err")"
fi

# ---- F8: init of a name holding a character no plan may hold ------------------------
# `khgen init "Xã A<U+0001>B"` (so a DEL, a C1 control, U+2028, U+FFFE, a
# byte order mark) wrote, with status 0, a skeleton that did not check
# (KH004); the README says the skeleton checks clean and builds.
mkdir -p "$work/init"
bad=
for n in "$(printf 'Xã A\001B')" "$(printf 'Xã A\177B')" "$(printf 'Xã A\302\205B')" \
    "$(printf 'Xã A\342\200\250B')" "$(printf 'Xã A\357\277\276B')" "$(printf 'Xã A\357\273\277B')" \
    "$(printf '\357\273\277Xã AB')"; do
    rm -f "$work/init/"*
    (cd "$work/init" && "$khgen" init --year 2025 "$n") >/dev/null 2>"$work/err"
    status=$?
    { [ "$status" -eq 2 ] && [ -z "$(ls -A "$work/init")" ]; } || bad="$bad $(printf '%s' "$n" | od -An -c | tr -s ' '):$status"
done
(cd "$work/init" && "$khgen" init --year 2025 "$(printf 'Xã A\302\240B')" >/dev/null 2>&1 &&
    "$khgen" check xa-a-b-2025.yaml >/dev/null 2>&1) || bad="$bad no-break-space"
if [ -z "$bad" ]; then
    ok "F8: init refuses a name holding a character the loader refuses (7 kinds)"
else
    not_ok "F8:$bad"
fi

# ---- F9: an include named in NFD on the disk ---------------------------------------
# The loader reads the plan's text in NFC, so a registry whose name is in
# NFD on the disk (copied from a Mac: "Đăk Nông/đăk-nông.yaml"), written
# in the plan exactly as it is named, was "cannot read included file
# 'Đăk Nông/đăk-nông.yaml': No such file or directory" (KH001), a name
# that looks like the file's. Each missing part of the path is now matched
# with its directory's entry of the same NFC form.
mkdir -p "$work/nfd"
dir=$(printf '\304\220a\314\206k No\314\202ng')      # "Đăk Nông" in NFD
file=$(printf '\304\221a\314\206k-no\314\202ng.yaml') # "đăk-nông.yaml" in NFD
mkdir -p "$work/nfd/$dir"
cp plans/yen-the/registry.yaml "$work/nfd/$dir/$file"
sed "s|^include: .*|include: [\"$dir/$file\"]|" plans/yen-the-2024.yaml >"$work/nfd/plan.yaml"
sed "s|^include: .*|include: [\"$dir/none.yaml\"]|" plans/yen-the-2024.yaml >"$work/nfd/none.yaml"
"$khgen" check "$work/nfd/plan.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" check "$work/nfd/none.yaml" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 0 ] && [ "$status2" -eq 1 ] && grep -q 'KH001' "$work/err2"; then
    ok "F9: an include named in NFD on the disk is found from the plan's NFC text"
else
    not_ok "F9: status $status/$status2, $(head -c 300 "$work/err")"
fi

# ---- F11: a .txt or .md with classic Mac line ends (a lone CR) ----------------------
# The plan loader reads a lone CR as a line end; import did not: the whole
# document was one line, imported as the opening of a plan with a guessed
# header and a placeholder body (every value kept, the structure lost).
mkdir -p "$work/cr"
"$khgen" build -f md -o "$work/cr" "$work/p/plan.yaml" >/dev/null 2>&1
tr '\n' '\r' <"$work/cr/plan.md" >"$work/cr/mac.md"
"$khgen" import -o "$work/cr/lf.yaml" "$work/cr/plan.md" >/dev/null 2>&1
"$khgen" import -o "$work/cr/cr.yaml" "$work/cr/mac.md" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && [ "$(grep -v '^#' "$work/cr/lf.yaml")" = "$(grep -v '^#' "$work/cr/cr.yaml")" ]; then
    ok "F11: import reads a lone CR as a line end (the plan of CR text is the plan of LF text)"
else
    not_ok "F11: status $status, $(diff "$work/cr/lf.yaml" "$work/cr/cr.yaml" | head -c 300)"
fi

# ---- F12: a plan whose name begins with '-' under git's driver --------------------
# git passes the path as it is: "-draft.yaml" was "khgen: diff: unknown
# option '-draft.yaml'", status 2, and git stopped ("external diff died").
# git's call (seven or nine arguments with object ids and modes at their
# places) is now taken as operands only; `diff -- -a.yaml b.yaml` works too.
cp "$work/p/plan.yaml" "$g/-draft.yaml"
git_ add -A && git_ commit -qm 4 || not_ok "setup: commit 4"
sed -i '/^  title: >-$/{n;s/$/ NHAP9/;}' "$g/-draft.yaml"
git_ diff -- ./-draft.yaml >"$work/out" 2>"$work/err"
status=$?
(cd "$g" && "$khgen" diff -- -draft.yaml c.yaml) >"$work/out2" 2>>"$work/err"
status2=$?
if [ "$status" -eq 0 ] && grep -q '^--- -draft.yaml' "$work/out" && grep -q 'NHAP9' "$work/out" &&
    [ "$status2" -eq 1 ] && grep -q '^--- -draft.yaml' "$work/out2"; then
    ok "F12: git diff of a plan named '-draft.yaml'; diff -- -draft.yaml c.yaml"
else
    not_ok "F12: status $status/$status2, $(head -c 300 "$work/err")"
fi

# ---- F13: past the file size limit (ulimit -f) -----------------------------------
# Writing past RLIMIT_FSIZE raises SIGXFSZ, whose default kills: `ulimit -f
# 100; khgen build ...` died with status 153 and no word (import -o, new,
# diff -o and convert -o too). It is ignored now: the write fails with
# EFBIG, reported as KH901 "File too large", status 3, nothing written.
mkdir -p "$work/fsize"
(ulimit -f 16 && "$khgen" build -o "$work/fsize/o" "$work/p/plan.yaml") >/dev/null 2>"$work/err"
status=$?
(ulimit -f 1 && "$khgen" import -o "$work/fsize/i.yaml" "$work/imp/keep.md") >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 3 ] && grep -q 'KH901.*File too large' "$work/err" && [ -z "$(ls -A "$work/fsize/o" 2>/dev/null)" ] &&
    [ "$status2" -eq 3 ] && grep -q 'File too large' "$work/err2" && [ ! -e "$work/fsize/i.yaml" ]; then
    ok "F13: past ulimit -f a build and an import say 'File too large' (status 3), nothing written"
else
    not_ok "F13: status $status/$status2, $(head -c 200 "$work/err") $(head -c 200 "$work/err2")"
fi

# ---- L10: khgen's own .docx of a big plan imported back ---------------------------
# A part of more than 500,000 XML tags was refused as KH755 "the file is
# damaged or not a plan": khgen's own .docx of gen_plan.py 1200 3200 (a
# 1 MB plan, 547,000 tags) could not be imported back. The limit is
# 2,500,000 tags now (khgen writes a tag per 15 bytes: any part under the
# 32 MiB part limit fits) and its message names the limit and what to do.
mkdir -p "$work/l10/o" "$work/l10/bomb/word"
python3 tests/bench/gen_plan.py 1200 3200 >"$work/l10/big.yaml"
"$khgen" build -f docx -o "$work/l10/o" "$work/l10/big.yaml" 2>"$work/err"
"$khgen" import -o "$work/l10/back.yaml" "$work/l10/o/big.docx" >/dev/null 2>"$work/err"
status=$?
printf '<?xml version="1.0"?><Types/>' >"$work/l10/bomb/[Content_Types].xml"
awk 'BEGIN { printf "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>";
             for (i = 0; i < 630000; i++) printf "<w:r><w:t>a</w:t></w:r>";
             printf "</w:p></w:body></w:document>" }' >"$work/l10/bomb/word/document.xml"
(cd "$work/l10/bomb" && zip -q -r ../bomb.docx .)
"$khgen" import "$work/l10/bomb.docx" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 0 ] && [ -s "$work/l10/back.yaml" ] &&
    [ "$status2" -eq 3 ] && grep -q "KH755.*more than 2500000 XML tags, import's limit" "$work/err2" &&
    ! grep -q 'damaged' "$work/err2"; then
    ok "L10: khgen's own .docx of a 1 MB plan (547,000 tags) imports; 2,520,000 tags: the limit is named"
else
    not_ok "L10: status $status/$status2, $(head -c 300 "$work/err") $(head -c 300 "$work/err2")"
fi

# ---- L14: diff --format md prints the plans' file names as plain text -----------
# "# So sánh: *a*.yaml → b.yaml": the names were Markdown (emphasis, a
# link, a heading broken by a newline); they are escaped as build escapes
# the values it prints.
mkdir -p "$work/l14" && cp -r plans/yen-the "$work/l14/"
cp "$work/p/plan.yaml" "$work/l14/*a*_[x].yaml"
cp "$work/p/new.yaml" "$work/l14/b.yaml"
(cd "$work/l14" && "$khgen" diff --format md '*a*_[x].yaml' b.yaml) >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && [ "$(head -n 1 "$work/out")" = '# So sánh: \*a\*\_\[x\].yaml → b.yaml' ]; then
    ok "L14: diff --format md escapes a plan named '*a*_[x].yaml' in its heading"
else
    not_ok "L14: status $status, $(head -n 1 "$work/out") $(head -c 200 "$work/err")"
fi

# ---- L4: {year} with an offset over three digits ----------------------------------
# "{year-1000}" was "unknown reference '{year-1000}' (write '{{' for a
# literal brace)": it is {year}, only its offset is out of range. KH207 says so.
"$khgen" check tests/diag/year-offset-range.yaml >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c "KH207.*the offset of {year} is out of range" "$work/err")" -eq 2 ] &&
    ! grep -q 'unknown reference' "$work/err"; then
    ok "L4: {year-1000} and {year+7975}: the offset of {year} is out of range (KH207)"
else
    not_ok "L4: status $status, $(head -c 300 "$work/err")"
fi

# ---- L2: -o - of import, init and new ------------------------------------------
# `import -o -` and `init -o -` wrote a file named "-" (build and convert
# take -o - as standard output). They write to standard output now; new,
# which checks the plan it wrote from its file, refuses -o - (usage).
mkdir -p "$work/l2"
khgen_abs=$(cd "$(dirname "$khgen")" && pwd)/$(basename "$khgen")
(cd "$work/l2" && "$khgen_abs" import -o - "$work/imp/keep.md") >"$work/l2/i.out" 2>"$work/err"
status=$?
(cd "$work/l2" && "$khgen_abs" init "Xã Yên Lư" -o -) >"$work/l2/s.out" 2>>"$work/err"
status2=$?
(cd "$work/l2" && "$khgen_abs" new --from "$work/p/plan.yaml" --year 2025 -o -) >/dev/null 2>"$work/err2"
status3=$?
"$khgen" import "$work/imp/keep.md" >"$work/l2/i.ref" 2>/dev/null
if [ "$status" -eq 0 ] && [ "$status2" -eq 0 ] && [ "$status3" -eq 2 ] && [ ! -e "$work/l2/-" ] &&
    [ -s "$work/l2/i.out" ] && cmp -s "$work/l2/i.out" "$work/l2/i.ref" &&
    grep -q '^khgen: 1' "$work/l2/s.out" && grep -q 'new: -o - is not taken' "$work/err2"; then
    ok "L2: import -o - and init -o - write to standard output, new -o - is a usage error, no file '-'"
else
    not_ok "L2: status $status/$status2/$status3, $(ls "$work/l2") $(head -c 300 "$work/err") $(head -c 200 "$work/err2")"
fi

# ---- L12: plan names differing only by case, built into one directory ----------
# a.yaml and sub/A.yaml were built into one -o directory as a.* and A.*,
# one file on a file system that ignores case (vfat, NTFS): they got the
# usage error two equal names get only when equal. Now by case too (ả/Ả).
mkdir -p "$work/l12/sub" && cp -r plans/yen-the "$work/l12/" && cp -r plans/yen-the "$work/l12/sub/"
cp "$work/p/plan.yaml" "$work/l12/a.yaml" && cp "$work/p/plan.yaml" "$work/l12/sub/A.yaml"
cp "$work/p/plan.yaml" "$work/l12/ả.yaml" && cp "$work/p/plan.yaml" "$work/l12/sub/Ả.yaml"
"$khgen" build -f md -o "$work/l12/o" "$work/l12/a.yaml" "$work/l12/sub/A.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" build -f md -o "$work/l12/o" "$work/l12/ả.yaml" "$work/l12/sub/Ả.yaml" >/dev/null 2>>"$work/err"
status2=$?
"$khgen" build -f md -o "$work/l12/o2" "$work/l12/a.yaml" "$work/l12/ả.yaml" >/dev/null 2>"$work/err2"
status3=$?
if [ "$status" -eq 2 ] && [ "$status2" -eq 2 ] && [ "$(grep -c 'differ only in case' "$work/err")" -eq 2 ] &&
    [ ! -e "$work/l12/o" ] && [ "$status3" -eq 0 ]; then
    ok "L12: a.yaml and sub/A.yaml (ả, Ả) into one directory: usage error; a.yaml and ả.yaml build"
else
    not_ok "L12: status $status/$status2/$status3, $(head -c 300 "$work/err") $(head -c 200 "$work/err2")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
