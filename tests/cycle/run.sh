#!/bin/sh
# tests/cycle/run.sh KHGEN WORKDIR - the yearly cycle and the git workflow
# (issue 13), against the real binary:
#
#  - include: each plan of plans/ split into a plan and a shared registry
#    file (the lines between "# ---- registries" and "# ---- the body") builds
#    byte-identical .md, .html and .xlsx to the plan in one file;
#  - new --from: each plan of plans/ (and tests/cycle/leap-2024.yaml: 29
#    February, a basis in the old period, a passed target) moved one year
#    and then a second: the result checks without errors, has every comment
#    line of the old file, every changed value is a year or date moved by
#    exactly the difference (tests/cycle/check_new.py), the notes point at
#    the old year left in the text; an existing file is not overwritten
#    without --force;
#  - init: the skeleton of each level checks without a diagnostic and builds;
#  - diff: a plan against itself (status 0, no output); tests/cycle/diff/
#    old.yaml against new.yaml (one word changed, one node moved, one task's
#    lead changed, one attachment row added) gives expected.txt and
#    expected.md exactly, each change once; --format html passes tidy -errors
#    and prints in Chromium; colour only when asked or on a terminal, never
#    under NO_COLOR; git's seven arguments; `git diff` in a scratch
#    repository with the README's setup shows the document diff, and the
#    textconv recipe (khgen build -f md -o -) works;
#  - include: a file named twice through a link is read once, one KH416;
#  - hostile paths: a FIFO, a directory or a device given to diff or new,
#    or included, is refused at once (never a hang).
#
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, M failed".
set -u
khgen=$1
work=$2
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
# the hang guard of every suite (tests/cpu_guard.sh: CPU time, not wall)
guard=$(cd "$(dirname "$0")/.." && pwd)/cpu_guard.sh
rm -rf "$work"
mkdir -p "$work"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }
check() { # check NAME COMMAND...: passes when the command succeeds
    cname=$1
    shift
    if "$@"; then ok "$cname"; else not_ok "$cname"; fi
}
LC_ALL=C.UTF-8
export LC_ALL

# ---- include: a plan split over two files ---------------------------------
for plan in plans/*.yaml; do
    pname=$(basename "$plan" .yaml)
    grep -q '^# ---- registries' "$plan" || continue
    grep -q '^include:' "$plan" && continue
    d="$work/split/$pname"
    mkdir -p "$d/shared"
    awk -v reg="$d/shared/$pname.yaml" '
        /^# ---- registries/ { inreg = 1 }
        /^# ---- the body/ { inreg = 0 }
        { if (inreg) print > reg; else print }' "$plan" |
        sed "s|^khgen: 1\$|khgen: 1\ninclude: [shared/$pname.yaml]|" >"$d/$pname.yaml"
    if ! grep -q '^units:' "$d/shared/$pname.yaml" || grep -q '^units:' "$d/$pname.yaml"; then
        not_ok "include: splitting $pname did not move its units into the registry"
        continue
    fi
    "$khgen" build -o "$d/out-split" "$d/$pname.yaml" 2>"$d/err-split.txt"
    s1=$?
    "$khgen" build -o "$d/out-one" "$plan" 2>"$d/err-one.txt"
    s2=$?
    if [ $s1 -ne 0 ] || [ $s2 -ne 0 ]; then
        not_ok "include: $pname split over two files builds (status $s1, one file $s2)"
        sed 's/^/    | /' "$d/err-split.txt" | head -20
        continue
    fi
    for f in md html xlsx; do
        [ -f "$d/out-one/$pname.$f" ] || continue
        check "include: $pname split over two files gives the same $pname.$f" \
            cmp -s "$d/out-split/$pname.$f" "$d/out-one/$pname.$f"
    done
done

# ---- new --from -------------------------------------------------------------
mkdir -p "$work/new"
# next year's plan is written beside this year's (includes are relative)
cp -R plans "$work/new/plans"
for plan in "$work"/new/plans/*.yaml tests/cycle/leap-2024.yaml; do
    pname=$(basename "$plan" .yaml)
    y=$(sed -n 's/^  date: \([0-9][0-9][0-9][0-9]\).*/\1/p' "$plan" | head -n 1)
    y1=$((y + 1))
    y2=$((y + 2))
    n1="$(dirname "$plan")/$pname-next.yaml"
    n2="$(dirname "$plan")/$pname-next2.yaml"
    case $plan in tests/*) n1="$work/new/$pname-next.yaml" n2="$work/new/$pname-next2.yaml" ;; esac
    "$khgen" new --from "$plan" --year $y1 -o "$n1" >"$work/new/$pname.notes" 2>"$work/new/$pname.err"
    check "new --from $pname --year $y1: status 0" test $? -eq 0
    check "new --from $pname: the summary says what moved" \
        grep -q "deadlines moved: " "$work/new/$pname.notes"
    "$khgen" check "$n1" >/dev/null 2>"$work/new/$pname.check"
    check "new --from $pname: the new plan checks without errors" test $? -eq 0
    if /usr/bin/python3 tests/cycle/check_new.py "$plan" "$n1" 1 "$work/new/$pname.notes" \
        >"$work/new/$pname.py" 2>&1; then
        sed 's/^/    /' "$work/new/$pname.py"
        ok "new --from $pname: comments kept, dates one year later, notes at the old year"
    else
        sed 's/^/    /' "$work/new/$pname.py"
        not_ok "new --from $pname: comments kept, dates one year later, notes at the old year"
    fi
    "$khgen" new --from "$n1" --year $y2 -o "$n2" >"$work/new/$pname.notes2" 2>/dev/null &&
        "$khgen" check "$n2" >/dev/null 2>&1
    check "new --from $pname, a second step to $y2: status 0, checks clean" test $? -eq 0
    if /usr/bin/python3 tests/cycle/check_new.py "$plan" "$n2" 2 "$work/new/$pname.notes2" \
        >"$work/new/$pname.py2" 2>&1; then
        ok "new --from $pname: after two steps every moved date is two years later"
    else
        sed 's/^/    /' "$work/new/$pname.py2"
        not_ok "new --from $pname: after two steps every moved date is two years later"
    fi
done
check "new --from: notes list the old year left in the text (yen-the-2024)" \
    grep -q 'yen-the-2024-next.yaml:[0-9]*:[0-9]*: note: the title of the plan still says 2024' \
    "$work/new/yen-the-2024.notes"
check "new --from: a locality whose target year passed is a note (leap-2024)" \
    grep -q "note: locality 'b' aimed at 'ntm' by 2022, which has passed" \
    "$work/new/leap-2024.notes"
check "new --from: 29 February 2024 becomes 28 February 2025" \
    grep -q 'due: 2025-02-28' "$work/new/leap-2024-next.yaml"
check "new --from: a legal basis keeps its date" \
    grep -q 'date: 2024-01-11' "$work/new/leap-2024-next.yaml"
check "new --from: no note for a legal basis's text (history, left alone)" \
    sh -c "grep -q 'phê duyệt kế hoạch năm 2024' '$work/new/leap-2024-next.yaml' && ! grep -q \"'about' still says\" '$work/new/leap-2024.notes'"
check "new --from: the header number is cleared, the day left blank" \
    sh -c "grep -q '^  number: \"\"' '$work/new/leap-2024-next.yaml' && grep -q '^  date: 2025-02\$' '$work/new/leap-2024-next.yaml'"
cp "$work/new/leap-2024-next.yaml" "$work/new/before.yaml"
"$khgen" new --from tests/cycle/leap-2024.yaml --year 2025 -o "$work/new/leap-2024-next.yaml" \
    >/dev/null 2>"$work/new/refuse.err"
check "new --from: an existing file is refused (status 2) and left alone" \
    sh -c "test $? -eq 2 && cmp -s '$work/new/before.yaml' '$work/new/leap-2024-next.yaml' && grep -q -- --force '$work/new/refuse.err'"
"$khgen" new --from tests/cycle/leap-2024.yaml --year 2025 -o "$work/new/leap-2024-next.yaml" \
    --force >/dev/null 2>&1
check "new --from --force overwrites" test $? -eq 0
cp tests/cycle/leap-2024.yaml "$work/new/self.yaml"
"$khgen" new --from "$work/new/self.yaml" --year 2025 -o "$work/new/./self.yaml" --force \
    >/dev/null 2>&1
check "new --from X -o X --force: refused (status 2), last year's plan kept" \
    sh -c "test $? -eq 2 && cmp -s tests/cycle/leap-2024.yaml '$work/new/self.yaml'"
# (a plan whose include is missing is now an input failure, status 3; this
# one has plain errors)
"$khgen" new --from tests/diag/quoted-number.yaml --year 2025 -o "$work/new/x.yaml" >/dev/null 2>&1
check "new --from a plan with errors: status 1, nothing written" \
    sh -c "test $? -eq 1 && test ! -e '$work/new/x.yaml'"

# ---- init ---------------------------------------------------------------------
mkdir -p "$work/init"
for level in xa huyen tinh; do
    f="$work/init/$level.yaml"
    "$khgen" init --level $level --year 2025 -o "$f" "Đồng Hưu" >/dev/null 2>&1
    check "init --level $level: status 0" test $? -eq 0
    "$khgen" check "$f" >/dev/null 2>"$work/init/$level.err"
    check "init --level $level: checks clean (status 0, no diagnostic)" \
        sh -c "test $? -eq 0 && test ! -s '$work/init/$level.err'"
    "$khgen" build -o "$work/init/out" "$f" >/dev/null 2>&1
    check "init --level $level: builds md and html" \
        sh -c "test $? -eq 0 && test -s '$work/init/out/$level.md' && test -s '$work/init/out/$level.html'"
    check "init --level $level: placeholders are marked TODO" grep -q 'TODO' "$f"
done
check "init --level xa: a commune's header" grep -q '^\*\*XÃ ĐỒNG HƯU\*\*' "$work/init/out/xa.md"
check "init --level tinh: a province's header" grep -q '^\*\*TỈNH ĐỒNG HƯU\*\*' "$work/init/out/tinh.md"
(cd "$work/init" && "$khgen" init --year 2025 "Yên Thế" >/dev/null 2>&1)
check "init: the default file is named after the place and year" test -f "$work/init/yen-the-2025.yaml"
(cd "$work/init" && "$khgen" init --year 2025 "Yên Thế" >/dev/null 2>&1)
check "init: an existing file is refused (status 2)" test $? -eq 2
"$khgen" init --level thon "A" >/dev/null 2>&1
check "init: an unknown level is a usage error" test $? -eq 2
# a name that says its kind is not prefixed with the level's ("XÃ PHƯỜNG 1"),
# "TP." is a city, and the place line drops the kind of a named commune
(cd "$work/init" && "$khgen" init --level xa --year 2025 "Phường 1" >/dev/null 2>&1 &&
    "$khgen" init --level xa --year 2025 "Thị trấn Bố Hạ" >/dev/null 2>&1 &&
    "$khgen" init --level tinh --year 2025 "TP. Hồ Chí Minh" >/dev/null 2>&1)
check "init: 'Phường 1' is a phường, not 'XÃ PHƯỜNG 1'" \
    sh -c "grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, PHƯỜNG 1\]' '$work/init/phuong-1-2025.yaml' && grep -q '^  issuer_short: UBND phường 1\$' '$work/init/phuong-1-2025.yaml'"
check "init: 'Thị trấn Bố Hạ': issuer THỊ TRẤN BỐ HẠ, place Bố Hạ" \
    sh -c "grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, THỊ TRẤN BỐ HẠ\]' '$work/init/thi-tran-bo-ha-2025.yaml' && grep -q '^  place: Bố Hạ\$' '$work/init/thi-tran-bo-ha-2025.yaml'"
check "init: 'TP. Hồ Chí Minh' is accepted, a thành phố" \
    grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, THÀNH PHỐ HỒ CHÍ MINH\]' "$work/init/tp-ho-chi-minh-2025.yaml"
for f in phuong-1 thi-tran-bo-ha tp-ho-chi-minh; do
    "$khgen" check "$work/init/$f-2025.yaml" >/dev/null 2>"$work/init/$f.err"
    check "init '$f': checks clean" sh -c "test $? -eq 0 && test ! -s '$work/init/$f.err'"
done
(cd "$work/init" && "$khgen" init --year 2025 "   " >/dev/null 2>&1)
check "init: a blank name is a usage error (it wrote a plan with an empty place)" test $? -eq 2
check "init: the tasks of TỔ CHỨC THỰC HIỆN do not repeat their unit in a 'Đơn vị thực hiện' line" \
    sh -c "! sed -n '/TỔ CHỨC THỰC HIỆN/,\$p' '$work/init/out/xa.md' | grep -q 'Đơn vị thực hiện'"

# ---- diff ---------------------------------------------------------------------
d="$work/diff"
mkdir -p "$d"
for plan in plans/*.yaml; do
    pname=$(basename "$plan" .yaml)
    "$khgen" diff "$plan" "$plan" >"$d/self.out" 2>"$d/self.err"
    check "diff $pname against itself: status 0, no output" \
        sh -c "test $? -eq 0 && test ! -s '$d/self.out' && test ! -s '$d/self.err'"
done
old=tests/cycle/diff/old.yaml
new=tests/cycle/diff/new.yaml
"$khgen" diff "$old" "$new" >"$d/term.out" 2>"$d/term.err"
check "diff old new: status 1 (the documents differ)" test $? -eq 1
if cmp -s "$d/term.out" tests/cycle/diff/expected.txt; then
    ok "diff old new: the terminal output is tests/cycle/diff/expected.txt"
else
    not_ok "diff old new: the terminal output is tests/cycle/diff/expected.txt"
    diff tests/cycle/diff/expected.txt "$d/term.out" | sed 's/^/    | /'
fi
check "diff: the changed word, once, word by word" \
    sh -c "test \$(grep -c 'vật \[-chất và-\]{+chất,+} tinh thần' '$d/term.out') -eq 1"
check "diff: the moved clause is shown once as moved, not deleted and added" \
    sh -c "test \$(grep -c '^@@ ' '$d/term.out') -eq 4 && grep -q '^@@ II.1. “Cấp thôn”: chuyển từ II.2. @@' '$d/term.out' && ! grep -q 'Cấp thôn.*bỏ\|bỏ.*Cấp thôn' '$d/term.out'"
check "diff: the task's new lead is shown in its task (by id)" \
    grep -q '^+ Đơn vị thực hiện: {+Văn phòng Điều phối nông thôn mới huyện phối hợp với +}Phòng Nông nghiệp' "$d/term.out"
check "diff: the added row, by its key, in its table" \
    grep -q '^@@ Biểu 01, dòng "Xã Xuân Lương": thêm @@' "$d/term.out"
"$khgen" diff --format md "$old" "$new" >"$d/md.out" 2>/dev/null
if cmp -s "$d/md.out" tests/cycle/diff/expected.md; then
    ok "diff --format md: the output is tests/cycle/diff/expected.md"
else
    not_ok "diff --format md: the output is tests/cycle/diff/expected.md"
    diff tests/cycle/diff/expected.md "$d/md.out" | sed 's/^/    | /'
fi
check "diff: no colour into a file or pipe" sh -c "! grep -q '\033\[' '$d/term.out'"
# a table in the body is one part: a task of its rows that changes lead
# shows word by word in the table's part, and in the Biểu its tasks feed
sed 's/            lead: tnmt/            lead: nnptnt/' tests/e2e/plans/le-thuy-2025.yaml >"$d/lt-new.yaml"
"$khgen" diff tests/e2e/plans/le-thuy-2025.yaml "$d/lt-new.yaml" >"$d/lt.out" 2>/dev/null
check "diff: a changed row of a table in the body, in the table's part and in Biểu 01" \
    sh -c "grep -q '^@@ III. Bảng 2: sửa @@' '$d/lt.out' && test \$(grep -c 'Phòng \[-Tài nguyên-\]{+Nông nghiệp+}' '$d/lt.out') -eq 2"
"$khgen" diff --color "$old" "$new" >"$d/color.out" 2>/dev/null
check "diff --color: coloured like git (red deletions, green insertions)" \
    sh -c "grep -q '\[31m\[-' '$d/color.out' && grep -q '\[32m{+' '$d/color.out'"
"$khgen" diff --color=never tests/cycle/diff/move-edit-old.yaml tests/cycle/diff/move-edit-new.yaml \
    >"$d/move-edit.out" 2>&1
check "diff: two clauses swapped, one edited: matched by likeness, a move and the word diff, nothing deleted or added" \
    sh -c "test $? -eq 1 && grep -q 'chuyển từ I.2' '$d/move-edit.out' && grep -q 'Huy động \[-các-\]{+mọi+} nguồn lực' '$d/move-edit.out' && ! grep -q ': bỏ @@' '$d/move-edit.out' && ! grep -q ': thêm @@' '$d/move-edit.out'"
"$khgen" diff --color=always "$old" "$new" >"$d/color-always.out" 2>/dev/null
check "diff --color=always: taken as by build/check, coloured" \
    sh -c "test $? -eq 1 && grep -q '\[31m\[-' '$d/color-always.out'"
"$khgen" diff --color=never "$old" "$new" >"$d/color-never.out" 2>/dev/null
check "diff --color=never: taken, no colour" \
    sh -c "test $? -eq 1 && test -s '$d/color-never.out' && ! grep -q '\033\[' '$d/color-never.out'"
"$khgen" diff --color=auto "$old" "$new" >/dev/null 2>&1
check "diff --color=auto: taken (status 1, not a usage error)" test $? -eq 1
"$khgen" diff --color=sometimes "$old" "$new" >/dev/null 2>&1
check "diff --color=sometimes: a usage error (status 2)" test $? -eq 2
if command -v script >/dev/null 2>&1; then
    NO_COLOR=1 script -qec "'$khgen' diff '$old' '$new'" /dev/null >"$d/tty.out" 2>&1
    check "diff on a terminal with NO_COLOR: no colour" sh -c "! grep -q '\[31m' '$d/tty.out' && grep -q 'chuyển từ' '$d/tty.out'"
    script -qec "'$khgen' diff '$old' '$new'" /dev/null >"$d/tty2.out" 2>&1
    check "diff on a terminal: colour" grep -q '\[32m{+' "$d/tty2.out"
fi
"$khgen" diff "$old" tests/cycle/diff/x-missing.yaml >/dev/null 2>"$d/missing.err"
check "diff with a missing plan: status 3" test $? -eq 3
"$khgen" diff "$old" >/dev/null 2>&1
check "diff with one plan: status 2" test $? -eq 2
"$khgen" diff tests/diag/include-missing.yaml "$new" >/dev/null 2>"$d/bad.err"
check "diff with a plan that has errors: status 3, the errors shown" \
    sh -c "test $? -eq 3 && grep -q 'cannot read included file' '$d/bad.err'"
"$khgen" diff plan.yaml "$old" 0000000 100644 "$new" 1111111 100644 >"$d/git7.out" 2>&1
check "diff with git's seven arguments: status 0, the path names both sides" \
    sh -c "test $? -eq 0 && grep -q '^--- plan.yaml' '$d/git7.out' && grep -q 'chuyển từ II.2' '$d/git7.out'"
"$khgen" diff new.yaml /dev/null 0000000 100644 "$new" 1111111 100644 >"$d/git-added.out" 2>&1
check "diff of an added file (/dev/null): every part added" \
    sh -c "test $? -eq 0 && grep -q '^@@ Trích yếu: thêm @@' '$d/git-added.out'"

"$khgen" diff --format html -o "$d/redline.html" "$old" "$new" 2>/dev/null
check "diff --format html: status 1, a page written" sh -c "test $? -eq 1 && test -s '$d/redline.html'"
check "diff --format html: insertions and deletions marked" \
    sh -c "grep -q '<del>chất và</del><ins>chất,</ins>' '$d/redline.html' && grep -q '@page' '$d/redline.html'"
if command -v tidy >/dev/null 2>&1; then
    tidy -errors -quiet "$d/redline.html" >"$d/tidy.log" 2>&1
    check "diff --format html: tidy -errors finds no error" test $? -eq 0
else
    not_ok "diff --format html: tidy is not installed (sh tools/deps.sh test)"
fi
chromium=""
for candidate in chromium chromium-browser google-chrome; do
    command -v "$candidate" >/dev/null 2>&1 && { chromium=$candidate; break; }
done
if [ -n "$chromium" ]; then
    profile=$(mktemp -d /tmp/khgen-chromium.XXXXXX)
    timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
        --no-default-browser-check --disable-background-networking --disable-component-update \
        --disable-sync --disable-extensions --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$d/redline.pdf" "file://$(cd "$d" && pwd)/redline.html" >"$d/chromium.log" 2>&1
    rm -rf "$profile"
    if [ -s "$d/redline.pdf" ] && command -v pdftotext >/dev/null 2>&1; then
        pdftotext "$d/redline.pdf" "$d/redline.txt"
        check "diff --format html prints in Chromium: the PDF holds the changes, on A4" \
            sh -c "grep -q 'Xuân Lương' '$d/redline.txt' && grep -q 'chuyển từ II.2' '$d/redline.txt' && pdfinfo '$d/redline.pdf' | grep -q 'Page size:.*A4'"
    else
        not_ok "diff --format html prints in Chromium (no PDF; see $d/chromium.log)"
    fi
else
    not_ok "diff --format html prints in Chromium: chromium is not installed"
fi

# ---- git: the README's setup in a scratch repository ----------------------------
g="$work/git"
mkdir -p "$g/bin"
ln -s "$khgen" "$g/bin/khgen"
if command -v git >/dev/null 2>&1; then
    top=$(pwd)
    (
        export PATH="$g/bin:$PATH" GIT_CONFIG_NOSYSTEM=1 HOME="$g"
        set -e
        cd "$g"
        git init -q repo
        cd repo
        git config user.email test@example.org
        git config user.name test
        # the README's setup
        echo '*.yaml diff=khgen' >.gitattributes
        git config diff.khgen.command 'khgen diff'
        cp "$top/$old" plan.yaml
        git add .gitattributes plan.yaml
        git commit -qm "the plan as circulated"
        cp "$top/$new" plan.yaml
        set +e
        git --no-pager diff >"$g/git-diff.out" 2>"$g/git-diff.err"
        echo $? >"$g/git-diff.status"
        # the textconv recipe
        git config diff.khgen-md.textconv 'khgen build -f md -o -'
        echo '*.yaml diff=khgen-md' >.gitattributes
        git --no-pager diff --word-diff -- plan.yaml >"$g/git-textconv.out" 2>"$g/git-textconv.err"
    ) >"$g/setup.log" 2>&1
    check "git diff with diff.khgen.command: status 0, the document diff" \
        sh -c "test \$(cat '$g/git-diff.status') -eq 0 && grep -q '^--- plan.yaml' '$g/git-diff.out' && grep -q 'chuyển từ II.2' '$g/git-diff.out' && grep -q 'Xuân Lương' '$g/git-diff.out'"
    check "git diff with textconv 'khgen build -f md -o -': the Markdown's word diff" \
        grep -q 'vật \[-chất và-\]{+chất,+} tinh thần' "$g/git-textconv.out"
else
    not_ok "git is not installed"
fi

# ---- include: one real file named twice, through a link --------------------
l="$work/inc-link"
mkdir -p "$l/r"
cp tests/diag/inc/registry.yaml tests/diag/inc/localities.yaml "$l/r/"
ln -s r "$l/also"
sed -e 's|^include: \[inc/registry.yaml\]|include: [r/registry.yaml, also/registry.yaml]|' \
    tests/diag/include-ok.yaml >"$l/plan.yaml"
"$khgen" check "$l/plan.yaml" >/dev/null 2>"$l/err"
check "include of one file twice through a link: status 0, read once, one KH416 at the second" \
    sh -c "test $? -eq 0 && test \$(grep -c 'warning\[KH416\]' '$l/err') -eq 1 && grep -q 'plan.yaml:3:28: warning\[KH416\]' '$l/err' && ! grep -q KH200 '$l/err'"

# ---- hostile paths ------------------------------------------------------------
h="$work/hostile"
mkdir -p "$h"
if mkfifo "$h/fifo" 2>/dev/null; then
    printf 'khgen: 1\ninclude: [fifo]\nheader: {issuer: [A], place: A, date: 2024, title: T}\nbody: []\n' \
        >"$h/plan.yaml"
    "$guard" 20 "$khgen" check "$h/plan.yaml" >/dev/null 2>&1
    check "include of a FIFO: refused (status 1), no hang" test $? -eq 1
    "$guard" 20 "$khgen" diff "$h/fifo" "$new" >/dev/null 2>&1
    check "diff of a FIFO: refused (status 3), no hang" test $? -eq 3
    "$guard" 20 "$khgen" new --from "$h/fifo" --year 2025 -o "$h/x.yaml" >/dev/null 2>&1
    check "new --from a FIFO: refused (status 3), no hang" test $? -eq 3
fi
"$guard" 20 "$khgen" diff /dev/zero "$new" >/dev/null 2>&1
check "diff of /dev/zero: refused (status 3)" test $? -eq 3
"$guard" 20 "$khgen" diff plans "$new" >/dev/null 2>&1
check "diff of a directory: refused (status 3)" test $? -eq 3

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
