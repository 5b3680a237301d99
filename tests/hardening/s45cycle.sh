#!/bin/sh
# tests/hardening/s45cycle.sh KHGEN WORKDIR - the yearly cycle's and the
# print's leftovers of session 44 (issue 8; reproducers in /tmp/s45cycle/
# of session 45). Each case fails at 51df057c (session 45's start) unless
# it is named a guard:
#  F13 (LOW, s43user) `khgen diff` named a body part by khgen's own code,
#      "III.-1: sửa", "II.2.2.-1", which no official reads (the README
#      explained it, the redline did not). A part is named now by what the
#      document prints (diff_names.c): the chain of its numbered headings'
#      printed numbers, then its first words in quotes, "I.1. “Hoàn thành
#      xây dựng xã Đồng Lạc đạt…”", in the terminal, Markdown and HTML
#      redlines alike (F13a); a task "II.1. “Tham mưu ...”" (F13b); a
#      heading printed without a number stands in the chain by its words,
#      "“TỔ CHỨC THỰC HIỆN” 1. “...”" (F13c); two parts of the same name
#      are told apart, "(lần thứ 1)" (F13d); a part edited under a
#      renumbered clause says where it was by the place, "sửa (trước là
#      I.1.)", and a moved one "chuyển từ I.2." (F13e). The path stays the
#      pairing key: F13g (guard) a renumbering is still no change.
#  N1  (LOW, s44cycle's Left) the import's note "the document's number is
#      typed '010': khgen prints ... '10'" was marked KH761 (a line of the
#      document the plan leaves out) and so compared: the meeting's redline
#      showed an English sentence about text khgen prints. It is KH774 now,
#      a working note by emit_note_is_document_text's one decision: diff
#      says the plan and its import are the same document and names the
#      note on stderr.
#  G1  (LOW, s44cycle's Left) as git's diff driver, diff printed its
#      stderr line on the import's working notes once a file (and in `git
#      log -p` once a file and a commit, past git's pager): none under the
#      driver now. G1g (guard): `khgen diff OLD NEW` still names them.
#  F11 (LOW, s43user) init's skeletons wrote "Phấn đấu {loc xa-1} đạt chuẩn",
#      which prints the name alone: once the official typed the real name
#      ("Quảng Tân", kind xã) the sentence lost "xã"; with places of several
#      kinds nothing printed them. They write {loc-kind ...} now (s44fix's
#      reference: "xã Quảng Tân", "phường Mạo Khê"; a placeholder "Xã 1"
#      prints alone).
#  F16 (LOW, s43user) the workbook printed "50,000" on an English-locale
#      computer where the document prints "50.000": a number's separators
#      are the computer's; doc/output.md says so and how to set them.
#  F25 (LOW, s43user) a table's deadline column mixed "Thường xuyên trong
#      năm 2026" with "ngày 31/3/2026", "quý III/2026": a cell begins a line,
#      so its deadline begins with a capital now (attach_rows.c, the cell
#      only); the task's "+ Thời gian thực hiện: quý ..." line after its
#      colon, `where: {due: ...}` and group_by read the phrase as the plan
#      writes it (guards in the case).
# About 40 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}

# heads NAME OLD NEW [OPTION]: `khgen diff` of $work/p/OLD.yaml and
# $work/p/NEW.yaml, its "@@" lines one string joined by '|' in $got, its
# status in $st
heads() {
    "$khgen" diff --no-color "$work/p/$2.yaml" "$work/p/$3.yaml" >"$work/$1.out" 2>"$work/$1.err"
    st=$?
    got=$(grep '^@@' "$work/$1.out" | tr '\n' '|')
}
want() {
    [ "$st" = 1 ] || bad="$bad [status $st]"
    [ "$got" = "$1" ] || bad="$bad [got: $got]"
}

readme_base
# ---- F13: a part is named by what the document prints -------------------------------------
edited a 'đạt chuẩn nông thôn mới nâng cao.' 'đạt chuẩn nông thôn mới nâng cao trong năm.'
heads f13a ex a
want '@@ I.1. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: sửa @@|'
"$khgen" diff --format md "$work/p/ex.yaml" "$work/p/a.yaml" >"$work/f13a.md" 2>/dev/null
grep -qx '## I.1. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: sửa' "$work/f13a.md" ||
    bad="$bad [md: $(grep '^##' "$work/f13a.md" | tr '\n' '|')]"
"$khgen" diff --format html "$work/p/ex.yaml" "$work/p/a.yaml" >"$work/f13a.html" 2>/dev/null
grep -q '>I.1. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: sửa<' "$work/f13a.html" ||
    bad="$bad [html: $(grep -o '<h2[^>]*>[^<]*' "$work/f13a.html" | head -3 | tr '\n' '|')]"
grep -q 'I\.1\.-2' "$work/f13a.out" "$work/f13a.md" "$work/f13a.html" && bad="$bad [the path shown]"
verdict "F13a a bullet edited: named by its clause's printed number and its first words, not 'I.1.-2' (term, md, html)"

edited b 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ, lồng ghép nguồn vốn năm {year}.'
heads f13b ex b
want '@@ II.1. “Tham mưu phân bổ, lồng ghép nguồn vốn…”: sửa @@|'
verdict "F13b a task of a clause: 'II.1. “Tham mưu ...”', not 'II.1.-1'"

edited c0 '  - section: TỔ CHỨC THỰC HIỆN
' '  - section: TỔ CHỨC THỰC HIỆN
    label: ""
'
sed 's/Tham mưu phân bổ nguồn vốn/Tham mưu phân bổ, lồng ghép nguồn vốn/' "$work/p/c0.yaml" >"$work/p/c1.yaml"
heads f13c c0 c1
want '@@ “TỔ CHỨC THỰC HIỆN” 1. “Tham mưu phân bổ, lồng ghép nguồn vốn…”: sửa @@|'
verdict "F13c under a section printed without a number: the section by its words, then the clause's number"

edited d0 '          - para: (Chi tiết' '          - bullet: Rà soát hồ sơ.
          - bullet: Báo cáo kết quả.
          - bullet: Rà soát hồ sơ.
          - para: (Chi tiết'
edited d1 '          - para: (Chi tiết' '          - bullet: Báo cáo kết quả.
          - bullet: Rà soát hồ sơ.
          - para: (Chi tiết'
heads f13d d0 d1
want '@@ I.1. “Rà soát hồ sơ.” (lần thứ 1): bỏ @@|'
verdict "F13d two bullets of the same words, the first deleted: '(lần thứ 1)' says which"

# the clause "Cấp huyện" second under section I (e2), then first (e): it
# moved from its place, named by it, not by its words again
edited e 'đạt chuẩn nông thôn mới nâng cao.' 'đạt chuẩn nông thôn mới nâng cao trong năm.' \
    '      - clause: Cấp xã
' '      - clause: Cấp huyện
        items:
          - bullet: Huyện đạt chuẩn nông thôn mới.
      - clause: Cấp xã
'
edited e2 '      - clause: Cấp xã
        items:
          - bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' '      - clause: Cấp xã
        items:
          - bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.
      - clause: Cấp huyện
        items:
          - bullet: Huyện đạt chuẩn nông thôn mới.'
heads f13e e2 e
case $got in
'@@ I.1. “Cấp huyện”: chuyển từ I.2. @@|'*) ;;
*) bad="$bad [moved: $got]" ;;
esac
# "Cấp xã" labelled "5." and a clause added before it: its new label is
# said with its old place
edited e4 'đạt chuẩn nông thôn mới nâng cao.' 'đạt chuẩn nông thôn mới nâng cao trong năm.' \
    '      - clause: Cấp xã
' '      - clause: Cấp huyện
        items:
          - bullet: Huyện đạt chuẩn nông thôn mới.
      - clause: Cấp xã
        label: "5."
'
heads f13e4 ex e4
case $got in
*'|@@ I.5. “Cấp xã”: sửa (trước là I.1.) @@|@@ I.5. “Hoàn thành xây dựng xã Đồng Lạc đạt…”: sửa @@|') ;;
*) bad="$bad [relabelled: $got]" ;;
esac
verdict "F13e a clause moved is 'chuyển từ I.2.' (its place, not its words again); one relabelled 'sửa (trước là I.1.)'"

# F13g (guard): the path is still the pairing key: a clause added before
# "Cấp xã" renumbers it, which is no change
edited g '      - clause: Cấp xã
' '      - clause: Cấp huyện
      - clause: Cấp xã
'
heads f13g ex g
case $got in
'@@ '*': thêm @@|') [ "$st" = 1 ] || bad="$bad [status $st]" ;; # one hunk: its name is F13's
*) bad="$bad [got: $got]" ;;
esac
verdict "F13g guard: a clause added before another is one addition, the renumbering no change"

# ---- N1: the number typed '010' is a working note (KH774) ----------------------------------
numtxt() {
    printf 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: %s/KH-UBND\nĐồng Hưu, ngày 15 tháng 01 năm 2024\n\nKẾ HOẠCH\nPhòng chống thiên tai năm 2024\n\nI. MỤC TIÊU\n1. Bảo đảm an toàn cho người dân.\n\nTrên đây là Kế hoạch./.\n' "$2" >"$work/$1.txt"
    "$khgen" import "$work/$1.txt" -o "$work/p/$1.yaml" >/dev/null 2>"$work/$1.imperr"
}
numtxt n10 010
numtxt n10g 10
grep -q "n10.txt:3:1: warning\[KH774\]: the number is typed '010', which khgen prints '10'" "$work/n10.imperr" ||
    bad="$bad [warning: $(head -c 300 "$work/n10.imperr")]"
grep -q "^  # review: the document's number is typed '010': khgen prints .*'10' \[KH774\]$" "$work/p/n10.yaml" ||
    bad="$bad [note: $(grep -n 'review' "$work/p/n10.yaml" | tail -1)]"
"$khgen" diff --no-color "$work/p/n10g.yaml" "$work/p/n10.yaml" >"$work/n10.out" 2>"$work/n10.err"
st=$?
[ "$st" = 0 ] || bad="$bad [status $st: $(head -c 300 "$work/n10.out")]"
[ -s "$work/n10.out" ] && bad="$bad [a redline: $(head -c 300 "$work/n10.out")]"
grep -q "holds 1 note of \`khgen import\` to its drafter ('# review: ...', KH774)" "$work/n10.err" ||
    bad="$bad [stderr: $(head -c 300 "$work/n10.err")]"
"$khgen" explain KH774 >"$work/n10.explain" 2>&1 || bad="$bad [no explain text]"
verdict "N1 'Số: 010' imported: KH774, its note a working note, not the redline's (status 0, named on stderr)"

# ---- G1: no stderr line as git's driver ---------------------------------------------------
git_driver() { # git's seven arguments: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
    "$khgen" diff "$1" "$2" 1111111111111111111111111111111111111111 100644 "$3" \
        2222222222222222222222222222222222222222 100644
}
edited w 'Tham mưu phân bổ nguồn vốn năm {year}.' 'Tham mưu phân bổ nguồn vốn năm {year}.
            # review: the rows under group I are numbered 2: khgen numbers each group'"'"'s rows 1, 2, 3 [KH768]'
grep -q 'KH768' "$work/p/w.yaml" || bad="$bad [setup]"
git_driver w.yaml "$work/p/ex.yaml" "$work/p/w.yaml" >"$work/g1.out" 2>"$work/g1.err"
st=$?
[ "$st" = 0 ] || bad="$bad [status $st]"
[ -s "$work/g1.err" ] && bad="$bad [stderr: $(head -c 300 "$work/g1.err")]"
verdict "G1 as git's diff driver: no stderr line on the import's working notes"
"$khgen" diff --no-color "$work/p/ex.yaml" "$work/p/w.yaml" >/dev/null 2>"$work/g1g.err"
grep -q "holds 1 note of \`khgen import\` to its drafter ('# review: ...', KH768)" "$work/g1g.err" ||
    bad="$bad [stderr: $(head -c 300 "$work/g1g.err")]"
verdict "G1g guard: khgen diff OLD NEW still names them on stderr"

# ---- F11: the skeletons name a place with its kind ----------------------------------------
mkdir -p "$work/init"
"$khgen" init --year 2026 -o "$work/init/tinh.yaml" "Tỉnh Bắc Ninh" >/dev/null 2>&1 || bad="$bad [init]"
"$khgen" check "$work/init/tinh.yaml" >"$work/init/tinh.check" 2>&1 || bad="$bad [the skeleton: $(head -c 200 "$work/init/tinh.check")]"
sed -e 's/name: "Xã 1", kind: xã/name: "Quảng Tân", kind: xã/' \
    -e 's/name: "Xã 2", kind: xã/name: "Mạo Khê", kind: phường/' "$work/init/tinh.yaml" >"$work/init/named.yaml"
"$khgen" build -f md -o "$work/init/o" "$work/init/named.yaml" >/dev/null 2>&1 || bad="$bad [build]"
grep -qx -- '- Phấn đấu xã Quảng Tân đạt chuẩn nông thôn mới.' "$work/init/o/named.md" &&
    grep -qx -- '- Phấn đấu phường Mạo Khê đạt chuẩn nông thôn mới nâng cao.' "$work/init/o/named.md" ||
    bad="$bad [$(grep 'Phấn đấu' "$work/init/o/named.md" | tr '\n' '|')]"
"$khgen" init --year 2027 -o "$work/init/phuong.yaml" "Phường Kinh Bắc" >/dev/null 2>&1 || bad="$bad [init phường]"
grep -q 'Phấn đấu {loc-kind tdp-1} và {loc-kind tdp-2} hoàn thành' "$work/init/phuong.yaml" ||
    bad="$bad [phường: $(grep -n 'Phấn đấu' "$work/init/phuong.yaml")]"
verdict "F11 init's skeleton writes {loc-kind ...}: the official's real names print with their kinds ('xã Quảng Tân', 'phường Mạo Khê'); the skeleton checks clean"

# ---- F25: a deadline in a table's cell begins with a capital ------------------------------
sed 's|(Chi tiết theo {att bieu01} đính kèm).|(Chi tiết theo {att bieu01 pc} đính kèm).|' "$work/p/ex.yaml" >"$work/p/f25.yaml"
cat >>"$work/p/f25.yaml" <<'YAML'
  - id: pc
    label: Biểu 02
    title: Phân công nhiệm vụ năm {year}
    preset: task-assignments
YAML
"$khgen" build -f md -o "$work/f25" "$work/p/f25.yaml" >"$work/f25.err" 2>&1 || bad="$bad [build: $(head -c 300 "$work/f25.err")]"
# the body's table (the README's "Thời hạn" column) and the Biểu's deadline column
grep -q '^| 1 | Rà soát hồ sơ các xã | Văn phòng Điều phối nông thôn mới huyện | Tháng 6/2024 |$' "$work/f25/f25.md" ||
    bad="$bad [body table: $(grep '^| 1 | Rà soát' "$work/f25/f25.md")]"
grep -q '| Quý I/2024 |$' "$work/f25/f25.md" || bad="$bad [Biểu 02: $(grep -n 'I/2024' "$work/f25/f25.md" | tr '\n' '|')]"
# guards: the task's line keeps its small letter after its colon, and the
# field a filter names is the plan's phrase
grep -q '^ *+ Thời gian thực hiện: quý I/2024$' "$work/f25/f25.md" || bad="$bad [the task's line]"
sed 's|    preset: task-assignments|&\n    rows: {from: tasks, where: {due: "quý I/2024"}}|' "$work/p/f25.yaml" >"$work/p/f25w.yaml"
"$khgen" build -f md -o "$work/f25w" "$work/p/f25w.yaml" >"$work/f25w.err" 2>&1 || bad="$bad [where: $(head -c 300 "$work/f25w.err")]"
grep -q '| Quý I/2024 |$' "$work/f25w/f25w.md" || bad="$bad [where: none selected]"
verdict "F25 a deadline cell begins with a capital ('Tháng 6/2024', 'Quý I/2024'); the task's line and a where: on the phrase as written (guards)"

# ---- F16: the workbook's separators follow the reader's computer (doc) --------------------
grep -q "^## The workbook's figures on another computer" "$top/doc/output.md" &&
    grep -q 'Use system separators' "$top/doc/output.md" &&
    grep -q '"50,000"' "$top/doc/output.md" ||
    bad="$bad [doc/output.md says nothing of it]"
verdict "F16 doc/output.md says the workbook's figures show the computer's separators ('50,000' in English) and how to set them"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
