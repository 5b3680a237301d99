#!/bin/sh
# tests/hardening/mut14.sh KHGEN WORKDIR - what session 14's mutation sweep
# (issue 8; tools/mutants.py run --max 30 --seed 14 over src/docx_num.c,
# never swept, and src/docx_run.c, swept in part by session 13) found the
# tests blind to: one-line changes of khgen that every suite running their
# line passed. Each case below fails with at least one such mutant (named
# in its comment) and passes with khgen; each checks the plan import
# writes of a Word document, as a user reads it.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# labels NAME: the labels of the list of $work/NAME.spec made a .docx
# (listdocx.py), imported and built as Markdown, one line "I. A 4. B ..."
# (KHGEN_ENV: an environment for the import, e.g. MALLOC_PERTURB_)
labels() {
    /usr/bin/python3 tests/hardening/listdocx.py "$work/$1.docx" "$work/$1.spec" &&
        env ${KHGEN_ENV:-} "$khgen" import "$work/$1.docx" -o "$work/$1.yaml" --force \
            2>"$work/$1.err" &&
        "$khgen" build -f md -o "$work/$1.out" "$work/$1.yaml" 2>/dev/null &&
        tr -d '\\*' <"$work/$1.out/$1.md" | grep -E '^[0-9A-Za-z.()]+[.)] [A-Z]$' | tr '\n' ' '
}
list_case() { # NAME SPEC-NAME EXPECTED
    _got=$(labels "$2")
    [ "$_got" = "$3" ] && ok "$1" || not_ok "$1: '$_got', Word shows '$3'"
}

# ---- M1: lists written out of their ids' order ----------------------------------------
# numbering.xml's w:abstractNum and w:num in no order of their ids (Word
# writes them in order; another program need not), a w:num defined twice
# (the later one counts) and a list whose abstract list is defined after
# it. docx_num.c sorts them for its binary searches; no suite had them
# out of order, and docx_num-007 (cmp_num's 'x->id != y->id' made '==':
# the instances left unsorted, list 9's 'D' lost its "5.") passed every
# suite.
cat >"$work/m1.spec" <<'SPEC'
{"abs": {7: [(0,1,"upperRoman","%1.")], 2: [(0,1,"decimal","%1.")], 5: [(0,4,"decimal","%1.")]},
 "nums": [(9,5,{}), (3,2,{}), (1,7,{}), (3,5,{})],
 "paras": [(1,0,"A"),(3,0,"B"),(9,0,"D"),(1,0,"E")]}
SPEC
list_case "M1: lists whose ids are out of order, one defined twice: I. A 4. B 5. D II. E" m1 \
    "I. A 4. B 5. D II. E "

# ---- M2: no label read from memory import did not set ----------------------------------
# An abstract list's counters are set once, when it is read; a mutant
# that dropped that (docx_num-002, read_abstract's memset) numbered from
# whatever the heap held: zero in a fresh process, so every suite passed.
# glibc's MALLOC_PERTURB_ fills new memory with a byte: the same labels.
KHGEN_ENV=MALLOC_PERTURB_=165 list_case \
    "M2: the same labels when new memory is not zero (MALLOC_PERTURB_)" m1 "I. A 4. B 5. D II. E "

# ---- M3: lists naming an abstract list that is not there ------------------------------
# w:num whose w:abstractNumId names no w:abstractNum: one between the ids
# there, one above every one, with exactly 16 abstract lists (the array's
# first size): their paragraphs are numbered as LibreOffice numbers them,
# each list on its own from "1." (with a `# review:` note: session 16,
# docx16.sh; they had no label before), the others count on.
# docx_num-013 (find_abstract's '&&' made '||') gave the first the next
# abstract list's label; docx_num-011 ('lo < n_abs' made '<=') read the
# entry past the array's end for the second: the same labels in the
# release build, a heap-buffer-overflow in the sanitizers' (make check
# runs this suite with it; valgrind shows it too), as docx_num-008
# (sort_numbering's scan from m = 0, reading nums[-1]) does in every case.
/usr/bin/python3 -c "
a = {i: [(0, 1, 'decimal', '%1.')] for i in range(15)}
a[3] = [(0, 1, 'upperLetter', '%1.')]
a[100] = [(0, 1, 'lowerRoman', '%1.')]
print(repr({'abs': a, 'nums': [(1, 3, {}), (2, 99, {}), (4, 200, {})],
            'paras': [(0, 0, 'Kế hoạch thực hiện năm 2025'), (1, 0, 'A'), (2, 0, 'B'),
                      (4, 0, 'D'), (1, 0, 'C')]}))
" >"$work/m3.spec"
list_case "M3: lists naming missing abstract lists: each on its own from 1., A. A 1. B 1. D B. C" \
    m3 "A. A 1. B 1. D B. C "
if [ "$(grep -c '# review:.*w:numId' "$work/m3.yaml" 2>/dev/null)" -ne 2 ]; then
    not_ok "M3: the items of the missing lists carry no '# review:' note: $(grep -n 'review' "$work/m3.yaml" 2>/dev/null | head -3)"
fi

# ---- M4: a lowerRoman list, and a list item whose list is not defined -------------------
# Word's lowerRoman prints "i.", "ii."; docx_num-017 ('lowerRoman' compared
# '== 1') printed "1.", "2." and passed every suite (none has one). A
# paragraph naming a list numbering.xml does not define, in a document
# whose numbering.xml defines no list instance at all, is a plain
# paragraph; docx_num-014 (find_num's search from 1) read the first entry
# of an empty array and crashed.
cat >"$work/m4.spec" <<'SPEC'
{"abs": {1: [(0,1,"lowerRoman","%1.")]}, "nums": [(1,1,{})],
 "paras": [(0,0,"Kế hoạch thực hiện năm 2025"),(1,0,"F"),(1,0,"G"),(1,0,"H")]}
SPEC
# (the first item is read as the plan's opening paragraph, "i. F" as text)
list_case "M4: a lowerRoman list prints i., ii., iii." m4 "ii. G iii. H "
cat >"$work/m5.spec" <<'SPEC'
{"abs": {1: [(0,1,"decimal","%1.")]}, "nums": [],
 "paras": [(0,0,"Kế hoạch thực hiện năm 2025"),(7,0,"Rà soát hồ sơ các xã.")]}
SPEC
labels m5 >/dev/null
if grep -qx -- '- para: Rà soát hồ sơ các xã.' "$work/m5.yaml" 2>/dev/null ||
    grep -q 'Rà soát hồ sơ các xã\.$' "$work/m5.out/m5.md" 2>/dev/null; then
    ok "M4: an item of a list numbering.xml does not define, with no list defined, is a plain paragraph"
else
    not_ok "M4: $(head -c 300 "$work/m5.err") $(grep -n 'Rà soát' "$work/m5.yaml" 2>/dev/null | head -2)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
