#!/bin/sh
# tests/hardening/leftovers12.sh KHGEN WORKDIR - what session 12 fixed of
# the eleventh black-box attack's leftovers (issue 8; /tmp/s11attack/findings.md
# in session 11: F5 and the LOW ones) and of session 11's own: a Word list's
# restarted numbering, `khgen new` on a figure's alternatives, environment
# and path messages, a LibreOffice .txt table, a literal '*' in plain text,
# KH023 in a multi-line value. Each case fails with the binary from before
# its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

plan=plans/binh-trung-2024.yaml
cp "$plan" "$work/ex.yaml"

# ---- F5: a Word list's numbers as Word and LibreOffice count them --------------------------
# Counters belong to the abstract list (w:abstractNum), shared by every list
# instance (w:num) naming it; an instance's startOverride restarts its level
# at the instance's first item there. The expected numbers are LibreOffice's
# (soffice --convert-to txt of the same files). Before: counted per instance.
D='(0,1,"decimal","%1."),(1,1,"lowerLetter","%2)")'
# labels SPEC-NAME: the labels of the document built from the import of it,
# one line "3. A 4. B ..."
labels() {
    /usr/bin/python3 tests/hardening/listdocx.py "$work/$1.docx" "$work/$1.spec" &&
        "$khgen" import "$work/$1.docx" -o "$work/$1.yaml" 2>/dev/null &&
        "$khgen" build -f md -o "$work/$1.out" "$work/$1.yaml" 2>/dev/null &&
        grep -E '^[0-9a-z.\\]+[.)] [A-Ea-e][0-9]?$' "$work/$1.out/$1.md" | tr -d '\\' | tr '\n' ' '
}
list_case() { # NAME SPEC-NAME EXPECTED
    _got=$(labels "$2")
    [ "$_got" = "$3" ] && ok "$1" || not_ok "$1: '$_got', LibreOffice shows '$3'"
}
# s11attack's w2.docx: a list restarted at 3 by an instance with a
# startOverride, continued by the plain instance (3 then 1 before)
cat >"$work/f5a.spec" <<EOT
{"abs": {1: [$D]}, "nums": [(1,1,{}),(2,1,{0:3})],
 "paras": [(0,0,"P"),(2,0,"A"),(1,0,"B"),(2,0,"C"),(1,0,"D")]}
EOT
list_case "F5: restarted at 3 by a startOverride, then the plain instance: 3, 4, 5, 6" f5a \
    "3. A 4. B 5. C 6. D "
# two plain instances of one abstract list continue each other
cat >"$work/f5b.spec" <<EOT
{"abs": {1: [$D]}, "nums": [(1,1,{}),(2,1,{})],
 "paras": [(1,0,"A"),(1,0,"B"),(0,0,"P"),(2,0,"C"),(2,0,"D"),(1,0,"E")]}
EOT
list_case "F5: two instances of one abstract list number on: 1 to 5" f5b \
    "1. A 2. B 3. C 4. D 5. E "
# the override at level 1 only (LibreOffice's w2.docx shape), the next
# section restarting level 1 at its w:start
cat >"$work/f5c.spec" <<EOT
{"abs": {1: [$D]}, "nums": [(1,1,{}),(3,1,{0:None,1:3})],
 "paras": [(1,0,"A"),(1,1,"a1"),(1,1,"a2"),(1,0,"B"),(3,1,"b3"),(1,1,"b4"),(1,0,"C"),(1,1,"c1")]}
EOT
list_case "F5: a level-1 override (c), the plain instance goes on (d), restarts under C" f5c \
    "1. A a) a1 b) a2 2. B c) b3 d) b4 3. C a) c1 "
# two overriding instances interleaved: each override once, then one count
cat >"$work/f5d.spec" <<EOT
{"abs": {1: [$D]}, "nums": [(1,1,{0:5}),(2,1,{0:10})],
 "paras": [(1,0,"A"),(1,0,"B"),(2,0,"C"),(1,0,"D"),(2,0,"E")]}
EOT
list_case "F5: two overrides interleaved: 5, 6, 10, 11, 12" f5d "5. A 6. B 10. C 11. D 12. E "
# a guard (passes before too): two abstract lists do not share
cat >"$work/f5e.spec" <<EOT
{"abs": {1: [$D], 2: [$D]}, "nums": [(1,1,{}),(2,2,{})],
 "paras": [(1,0,"A"),(1,0,"B"),(2,0,"C"),(1,0,"D")]}
EOT
list_case "F5: instances of two abstract lists count apart: 1, 2, 1, 3" f5e "1. A 2. B 1. C 3. D "

# ---- 6a: a literal '*' in plain text (session 11's leftover, s10diff L1) --------------------
# inline_expand_plain deleted every '*' (a group row "TỔ CHỨC  THỰC HIỆN ",
# a cell "Tham mưu 2  3", <title> "5  3") and kept '_x_' that the HTML
# prints as italic x; it now reads the text as the HTML does (md_read.c)
"$khgen" build -f html,xlsx -o "$work/p6" tests/hardening/star-plain.yaml >/dev/null 2>&1
unzip -p "$work/p6/star-plain.xlsx" xl/sharedStrings.xml >"$work/p6/strings.xml" 2>/dev/null
grep -q '<t>TỔ CHỨC \* THỰC HIỆN \*</t>' "$work/p6/strings.xml" &&
    grep -q '<t>Tham mưu 2 \* 3 nguồn vốn năm 2024.</t>' "$work/p6/strings.xml" &&
    ok "6a: the workbook's group row and task cell keep a literal '*', print '_năm_' as năm" ||
    not_ok "6a: workbook strings $(grep -o '<t[^>]*>[^<]*\(THỰC\|Tham\)[^<]*</t>' "$work/p6/strings.xml" | head -c 300)"
grep -q '<title>KẾ HOẠCH Triển khai 5 \* 3 việc của Chương trình mục tiêu quốc gia' "$work/p6/star-plain.html" &&
    grep -q '<td colspan="4" class="l">TỔ CHỨC \* THỰC HIỆN \*</td>' "$work/p6/star-plain.html" &&
    ok "6a: the HTML <title> and group row print the subject's and section's '*'" ||
    not_ok "6a: $(grep -o '<title>[^<]*</title>' "$work/p6/star-plain.html")"

# ---- L1: `khgen new` moves a figure's alternatives as a set ----------------------------------
# target_year=2024|2025 ("this year and next") became 2025|2025 ("this
# year"): each alternative moved only if inside the old period; a where
# list [2024, 2025] and a where "2024|2025" the same (or not at all)
"$khgen" new --from tests/hardening/new-alternatives.yaml --year 2025 -o "$work/na.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && grep -q 'năm nay và năm sau {count localities target_year=2025|2026} xã' "$work/na.yaml" &&
    grep -q 'Năm nay {count localities target_year=2025} xã' "$work/na.yaml" &&
    ok "L1: new: {count localities target_year=2024|2025} becomes 2025|2026" ||
    not_ok "L1: status $s, $(grep -o 'năm nay và năm sau {[^}]*}' "$work/na.yaml")"
grep -q 'where: {target_year: \[2025, 2026\]}' "$work/na.yaml" &&
    ok "L1: new: where: {target_year: [2024, 2025]} becomes [2025, 2026]" ||
    not_ok "L1: $(grep -o 'where: {target_year: \[[^]]*\]}' "$work/na.yaml")"
grep -q 'where: {target_year: "2025|2026"}' "$work/na.yaml" &&
    ok "L1: new: where: {target_year: \"2024|2025\"} becomes \"2025|2026\"" ||
    not_ok "L1: $(grep -o 'where: {target_year: "[^"]*"}' "$work/na.yaml")"
"$khgen" check "$work/na.yaml" >/dev/null 2>&1 && ok "L1: ... and the new plan checks clean" ||
    not_ok "L1: the new plan does not check"

# ---- L3: SOURCE_DATE_EPOCH=0 -----------------------------------------------------------------
# refused with "is not a number of seconds from 1970", though it is one; it
# is refused still (libxlsxwriter writes a creation time of 0 as the time of
# the build), with that reason, and the workbook keeps the plan's date
SOURCE_DATE_EPOCH=0 "$khgen" build -f xlsx -o "$work/l3" "$work/ex.yaml" >/dev/null 2>"$work/err"
s=$?
core=$(unzip -p "$work/l3/ex.xlsx" docProps/core.xml 2>/dev/null | grep -o '<dcterms:created[^<]*<')
[ $s -eq 0 ] && grep -q "SOURCE_DATE_EPOCH='0' (1970-01-01 00:00:00) cannot be recorded: the workbook's library writes a creation time of 0 as the time of the build" "$work/err" &&
    ! grep -q "not a number" "$work/err" && case $core in *2024-01-01T00:00:00Z*) true ;; *) false ;; esac &&
    ok "L3: SOURCE_DATE_EPOCH=0: refused with its true reason, the plan's date recorded" ||
    not_ok "L3: status $s, [$core], $(head -c 300 "$work/err")"

# ---- L5: -o naming a dangling symbolic link --------------------------------------------------
# "cannot write 'sl/dang/ex.md': No such file or directory": the directory
# "is created if missing", but not through the link; the message names both
mkdir -p "$work/sl"
ln -s nowhere "$work/sl/dang"
"$khgen" build -f md -o "$work/sl/dang" "$work/ex.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && grep -q "cannot create directory '.*/sl/dang': '.*/sl/dang' is a symbolic link to 'nowhere', and '.*/sl/nowhere' does not exist" "$work/err" &&
    [ ! -e "$work/sl/nowhere" ] &&
    ok "L5: -o a dangling link: KH901 names the link and its target, exit 3" ||
    not_ok "L5: status $s, $(head -c 300 "$work/err")"
: >"$work/sl/afile"
"$khgen" build -f md -o "$work/sl/afile/sub" "$work/ex.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && grep -q "'.*/sl/afile' exists and is not a directory" "$work/err" &&
    ok "L5: -o FILE/sub: the file in the way is named" || not_ok "L5: status $s, $(head -c 300 "$work/err")"

# ---- L6: TMPDIR=/proc with -f pdf -------------------------------------------------------------
# "create that directory" of one that exists (mkdtemp's ENOENT in /proc);
# a stand-in soffice on PATH: the temporary directory is made before the
# engine runs, so none is run
mkdir -p "$work/bin"
printf '#!/bin/sh\nexit 1\n' >"$work/bin/soffice"
chmod +x "$work/bin/soffice"
PATH=$work/bin:$PATH TMPDIR=/proc "$khgen" build -f pdf -o "$work/l6" "$work/ex.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && grep -q "in TMPDIR '/proc', a directory that takes no new one (mkdtemp: " "$work/err" &&
    ! grep -q "create that directory" "$work/err" &&
    ok "L6: TMPDIR=/proc: the directory exists and takes no new one (mkdtemp's errno)" ||
    not_ok "L6: status $s, $(head -c 300 "$work/err")"
PATH=$work/bin:$PATH TMPDIR=$work/sl/afile "$khgen" build -f pdf -o "$work/l6" "$work/ex.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && grep -q "TMPDIR '.*/sl/afile' is not a directory" "$work/err" &&
    ok "L6: TMPDIR naming a file: 'is not a directory'" || not_ok "L6: status $s, $(head -c 300 "$work/err")"

# ---- 6b: KH023 below a value written over several lines ----------------------------------------
# "opening: Dòng một" over "  #5 dòng hai" printed "Dòng một" with no word
# (s10attack L7): only a '#' on the value's own last line was seen
"$khgen" check tests/diag/lost-comment-below.yaml >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && [ "$(grep -c 'warning\[KH023\]' "$work/err")" -eq 4 ] &&
    grep -q "lost-comment-below.yaml:15:3: warning\[KH023\]: '#5 năm {year}, như sau' under this value" "$work/err" &&
    grep -q "lost-comment-below.yaml:22:11: warning\[KH023\]" "$work/err" &&
    grep -q "lost-comment-below.yaml:28:10: warning\[KH023\]: '#8 đợt 2'" "$work/err" &&
    ok "6b: KH023 at a '#' line under a plain value over lines and under a block value" ||
    not_ok "6b: status $s, $(grep KH023 "$work/err" | head -c 400)"

# ---- L4: a LibreOffice .txt table in the body, its cells one a line --------------------------
# (soffice --convert-to txt of README's complete example) was read as
# paragraphs: a section "TT", a cell joined to the next ("... huyện tháng
# 6/2024"), exit 0 and no word; now a table (its rows tasks), and the lines
# after it keep their numbers (the attachment page's KH762 at line 44)
"$khgen" import tests/hardening/cells-one-a-line.txt -o "$work/l4.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && grep -q -- "- table: Phân công rà soát" "$work/l4.yaml" &&
    grep -q -- "- task: Rà soát hồ sơ các xã" "$work/l4.yaml" && grep -q "due: 2024-06" "$work/l4.yaml" &&
    ! grep -q "section: TT" "$work/l4.yaml" &&
    grep -q "cells-one-a-line.txt:44:1: warning\[KH762\]" "$work/err" &&
    ok "L4: a .txt table with cells one a line is read as a table (its task row)" ||
    not_ok "L4: status $s, $(grep -n -A3 'Phân công rà soát' "$work/l4.yaml" | head -c 300) $(head -c 200 "$work/err")"

# a group row "I" under the headings: no certain shape, paragraphs still,
# but a warning at the "TT" now (KH763), none for the attachment page's
# table after the signature (KH762 has it)
awk '{print} $0 == "Thời hạn" && !done {print "I"; print "Nhóm một"; done = 1}' \
    tests/hardening/cells-one-a-line.txt >"$work/l4b.txt"
"$khgen" import "$work/l4b.txt" -o "$work/l4b.yaml" >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && [ "$(grep -c 'warning\[KH763\]' "$work/err")" -eq 1 ] &&
    grep -q "l4b.txt:25:1: warning\[KH763\]: tables in the body whose cells are one a line (1, the first from this 'TT')" "$work/err" &&
    ok "L4: a .txt table a cell a line with a group row: KH763 at its 'TT'" ||
    not_ok "L4: status $s, $(head -c 300 "$work/err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
