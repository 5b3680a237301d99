#!/bin/sh
# tests/hardening/i18n15.sh KHGEN WORKDIR - English left in what khgen
# writes for a Vietnamese official (issue 8; session 14's user,
# /tmp/s14user/findings.md M5 "import's half" and L1-L3): `khgen import`'s
# header and `# review:` notes, `khgen new`'s notes and warnings, English
# words in Vietnamese messages and help.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# README's complete example: the plan the cases build and edit
readme_base

# english FILE: the comment lines of FILE that hold an English word (a
# comment's own words; the document's text quoted in it is Vietnamese)
english() {
    tail -n +2 "$1" | grep '^ *#' | sed "s/'[^']*'//g; s/\"[^\"]*\"//g; s/\`[^\`]*\`//g; s/{[^}]*}//g; s/rows://g" |
        grep -E "\b(the|and|its|was|were|from|found|written|read|lines?|rows?|column|task|unit|table|check|inferred|named|text|document)\b"
}

# comments FILE OUT: FILE without its comment lines (the YAML itself)
plain() {
    grep -v '^ *#' "$1" >"$2"
}

# ---- M5: import's header and review notes in the language of the messages -------
# `khgen import` wrote "# Imported by `khgen import` from ...", "# review:
# the table's rows are tasks ..." and every other note in English in a
# Vietnamese terminal: the notes the official must act on. Now they follow
# the messages' language, as `khgen init`'s comments do; the YAML is the
# same bytes in both languages, English unchanged. The example's Biểu 01 is
# its locality-targets preset: read back from the .docx, its note names the
# preset and what the written rows lost (s44imp F19), from the .md the
# general one; since s46imp both are read back as the preset itself, its
# note saying so.
mkdir -p "$work/imp"
"$khgen" build -f docx,md -o "$work/imp" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: README's example does not build"
for f in ex.docx ex.md; do
    "$khgen" --lang vi import "$work/imp/$f" >"$work/imp/$f.vi.yaml" 2>/dev/null
    s_vi=$?
    "$khgen" --lang en import "$work/imp/$f" >"$work/imp/$f.en.yaml" 2>/dev/null
    s_en=$?
    plain "$work/imp/$f.vi.yaml" "$work/imp/$f.vi.plain"
    plain "$work/imp/$f.en.yaml" "$work/imp/$f.en.plain"
    "$khgen" --lang vi import "$work/imp/$f" >"$work/imp/$f.vi2.yaml" 2>/dev/null
    if [ "$s_vi" -eq 0 ] && [ "$s_en" -eq 0 ] &&
        [ "$(sed -n 1p "$work/imp/$f.vi.yaml")" = "# Kế hoạch này được nhập bằng \`khgen import\` từ $f." ] &&
        grep -q '^# Các dòng có "# review:" là phần khgen suy đoán' "$work/imp/$f.vi.yaml" &&
        grep -q -e '^  # review: đọc từ biểu của văn bản, các dòng được ghi ra như trong văn bản; dùng một biểu mẫu có sẵn (preset) hoặc rows: {from: ...} thì các dòng được tính từ số liệu của kế hoạch$' \
            -e '^  # review: đọc từ biểu của văn bản, các dòng được ghi ra như trong văn bản: các cột của biểu là các cột của preset: locality-targets (' \
            -e '^  # review: Biểu của chính khgen theo preset: locality-targets, các dòng của nó đã đọc vào các địa phương ở trên' "$work/imp/$f.vi.yaml" &&
        grep -q '^# các trang biểu (Phụ lục, Biểu) sau phần chữ ký$' "$work/imp/$f.vi.yaml" &&
        grep -q '^# các đơn vị được giao thực hiện nêu trong văn bản$' "$work/imp/$f.vi.yaml" &&
        [ -z "$(english "$work/imp/$f.vi.yaml")" ] &&
        [ "$(sed -n 1p "$work/imp/$f.en.yaml")" = "# Imported by \`khgen import\` from $f." ] &&
        grep -q '^# Lines marked "# review:" were inferred, not read: check them.$' "$work/imp/$f.en.yaml" &&
        cmp -s "$work/imp/$f.vi.plain" "$work/imp/$f.en.plain" &&
        cmp -s "$work/imp/$f.vi.yaml" "$work/imp/$f.vi2.yaml"; then
        ok "M5: import $f: header and notes in Vietnamese under --lang vi, the YAML the same bytes as in English"
    else
        not_ok "M5: import $f: status $s_vi/$s_en: $(english "$work/imp/$f.vi.yaml" | head -3)"
    fi
done
# the Vietnamese import checks as the English one does
"$khgen" --lang vi check "$work/imp/ex.docx.vi.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 0 ] && ! grep -q 'error\[' "$work/err"; then
    ok "M5: the Vietnamese import of README's example checks without errors"
else
    not_ok "M5: vi import check: status $status: $(head -c 300 "$work/err")"
fi

# a document without header lines, with footnotes and a table whose
# totals row that does not add up: the header's, the notes' and the
# table's review notes
cat >"$work/imp/notes.md" <<'EOF'
Triển khai xây dựng nông thôn mới năm 2025 trên địa bàn xã Đồng Hưu

I. MỤC ĐÍCH, YÊU CẦU

Thực hiện đạt các chỉ tiêu của năm[^1].

[^1]: Theo Nghị quyết của Đảng ủy xã.

[^2]: Một chú thích không đoạn nào dẫn đến.

II. NHIỆM VỤ, GIẢI PHÁP

| STT | Nội dung | Số lượng |
| --- | --- | --- |
| 1 | Đường giao thông | 12 |
| 2 | Nhà văn hóa | 3 |
| | Tổng cộng | 16 |
EOF
"$khgen" --lang vi import "$work/imp/notes.md" >"$work/imp/notes.vi.yaml" 2>/dev/null
s_vi=$?
"$khgen" --lang en import "$work/imp/notes.md" >"$work/imp/notes.en.yaml" 2>/dev/null
s_en=$?
plain "$work/imp/notes.vi.yaml" "$work/imp/notes.vi.plain"
plain "$work/imp/notes.en.yaml" "$work/imp/notes.en.plain"
r='^ *# review: '
if [ "$s_vi" -eq 0 ] && [ "$s_en" -eq 0 ] &&
    grep -q "${r}không thấy tên cơ quan ban hành phía trên dòng \"KẾ HOẠCH\": cơ quan ban hành này được đoán theo địa danh$" "$work/imp/notes.vi.yaml" &&
    grep -q "${r}không thấy dòng địa danh: địa danh lấy theo địa danh ghi trong trích yếu$" "$work/imp/notes.vi.yaml" &&
    grep -q "${r}không thấy dòng địa danh, ngày tháng ('..., ngày ... tháng ... năm ...'): năm ban hành lấy theo năm ghi trong trích yếu$" "$work/imp/notes.vi.yaml" &&
    grep -q "${r}không thấy dòng 'KẾ HOẠCH': đoạn đầu tiên được lấy làm trích yếu$" "$work/imp/notes.vi.yaml" &&
    grep -q "${r}chú thích cuối trang \[^1\] sau \"Thực hiện đạt các chỉ tiêu của năm\": Theo Nghị quyết của Đảng ủy xã. \\[KH760\\]$" "$work/imp/notes.vi.yaml" &&
    grep -q "${r}chú thích cuối trang \[^2\], không có đoạn nào tham chiếu đến: Một chú thích" "$work/imp/notes.vi.yaml" &&
    grep -q "${r}dòng cuối, \"Tổng cộng\", được giữ là một dòng, không phải dòng tổng cộng của biểu: cột 3 ghi 16, trong khi tổng các dòng phía trên là 15$" "$work/imp/notes.vi.yaml" &&
    [ -z "$(english "$work/imp/notes.vi.yaml")" ] &&
    grep -q "${r}no issuing body was found above the title: this one is guessed from the place$" "$work/imp/notes.en.yaml" &&
    grep -q "${r}the last row, \"Tổng cộng\", is kept as a row, not the table's totals: column 3 says 16, the rows above sum to 15$" "$work/imp/notes.en.yaml" &&
    cmp -s "$work/imp/notes.vi.plain" "$work/imp/notes.en.plain"; then
    ok "M5: import's notes on a missing header, footnotes, totals that do not add up: in Vietnamese, English as before"
else
    not_ok "M5: notes.md: status $s_vi/$s_en: $(english "$work/imp/notes.vi.yaml" | head -3)"
fi

# the units inferred from headings ("đơn vị 'x' và N nhiệm vụ ...")
"$khgen" build -f md -o "$work/imp" plans/yen-the-2024.yaml >/dev/null 2>&1 ||
    not_ok "setup: plans/yen-the-2024.yaml does not build"
"$khgen" --lang vi import "$work/imp/yen-the-2024.md" >"$work/imp/yt.vi.yaml" 2>/dev/null
s_vi=$?
"$khgen" --lang en import "$work/imp/yen-the-2024.md" >"$work/imp/yt.en.yaml" 2>/dev/null
plain "$work/imp/yt.vi.yaml" "$work/imp/yt.vi.plain"
plain "$work/imp/yt.en.yaml" "$work/imp/yt.en.plain"
if [ "$s_vi" -eq 0 ] &&
    grep -q "${r}đơn vị 'ubnd-cac-xa' và 4 nhiệm vụ của đơn vị này được suy ra từ đề mục này$" "$work/imp/yt.vi.yaml" &&
    grep -q "${r}unit 'ubnd-cac-xa' and its 4 tasks were inferred from this heading$" "$work/imp/yt.en.yaml" &&
    grep -q "${r}unit 'phong-tai-chinh-ke-hoach' and its 1 task were inferred from this heading$" "$work/imp/yt.en.yaml" &&
    grep -q "${r}nhiệm vụ suy ra từ câu này: đơn vị chủ trì 'co-quan-thuong-truc-hdtdkt-huyen'; các đơn vị sau 'phối hợp với' là đơn vị phối hợp$" "$work/imp/yt.vi.yaml" &&
    grep -q "${r}a task inferred from this sentence: lead 'co-quan-thuong-truc-hdtdkt-huyen' and the units after 'phối hợp với' as support$" "$work/imp/yt.en.yaml" &&
    [ -z "$(english "$work/imp/yt.vi.yaml")" ] &&
    cmp -s "$work/imp/yt.vi.plain" "$work/imp/yt.en.plain"; then
    ok "M5: import's units inferred from headings, a task read from a sentence: noted in Vietnamese"
else
    not_ok "M5: yen-the import: status $s_vi: $(english "$work/imp/yt.vi.yaml" | head -3)"
fi

# ---- L1, L2: khgen new's notes and warnings -----------------------------------
# L1: "note: title vẫn ghi năm 2024", "rows vẫn ghi năm 2024" (which
# table?): the note names the part of the document; English keeps the key.
# L2: the old plan's warnings were printed, then the new plan's, the same
# again (20 for 10), with no summary line: now each once, the new plan's,
# and check's summary line. check's own run also warns the title's and
# Biểu 01's old year (KH315, session 19), which new's notes list instead.
mkdir -p "$work/new"
sed 's/^  - {id: tckh, name: Phòng Tài chính - Kế hoạch}$/&\n  - {id: tuphap, name: Phòng Tư pháp}/' \
    "$work/p/ex.yaml" >"$work/new/w24.yaml"
cat >>"$work/new/w24.yaml" <<'EOF'
  - id: bieu02
    label: Biểu 02
    title: Kết quả rà soát
    columns: [{key: xa, header: Xã}, {key: nam, header: Năm đạt chuẩn}]
    rows:
      - [Đồng Hưu, "2024"]
EOF
sed -i 's/^          - para: (Chi tiết theo {att bieu01} đính kèm).$/          - para: (Chi tiết theo {att bieu01} và {att bieu02} đính kèm)./' "$work/new/w24.yaml"
"$khgen" check "$work/new/w24.yaml" >/dev/null 2>"$work/err"
[ "$(grep -c 'warning\[' "$work/err")" -eq 1 ] || not_ok "setup: w24.yaml has not one warning: $(head -c 300 "$work/err")"
(cd "$work/new" && "$khgen" --lang vi new --from w24.yaml --year 2025 -o w25.yaml --force) \
    >"$work/new/out" 2>"$work/new/err"
status=$?
"$khgen" --lang vi check "$work/new/w25.yaml" >/dev/null 2>"$work/new/check.err"
if [ "$status" -eq 0 ] && [ "$(grep -c 'warning\[' "$work/new/err")" -eq 1 ] &&
    grep -q '^w25.yaml:[0-9]*:10: warning\[KH250\]' "$work/new/err" &&
    ! grep -q '^w24.yaml' "$work/new/err" &&
    [ "$(grep -c 'warning\[' "$work/new/err")" -eq "$(grep 'warning\[' "$work/new/check.err" | grep -vc 'warning\[KH31[56]\]')" ] &&
    [ "$(tail -n 1 "$work/new/err")" = "Phát hiện 1 cảnh báo." ]; then
    ok "L2: new --from a plan with a warning prints it once, the new plan's, and check's summary line"
else
    not_ok "L2: status $status: $(grep -c 'warning\[' "$work/new/err") warnings: $(grep -v '^ ' "$work/new/err" | head -c 400)"
fi
if grep -q '^w25.yaml:11:[0-9]*: note: trích yếu của kế hoạch vẫn ghi năm 2024: ' "$work/new/out" &&
    grep -q '^w25.yaml:[0-9]*:[0-9]*: note: tiêu đề của Biểu 01 vẫn ghi năm 2024: ' "$work/new/out" &&
    grep -q '^w25.yaml:[0-9]*:[0-9]*: note: các dòng của Biểu 02 vẫn ghi năm 2024: "2024"$' "$work/new/out" &&
    ! grep -q 'note: \(title\|rows\) ' "$work/new/out"; then
    ok "L1: new's notes name the title of the plan, Biểu 01's title and Biểu 02's rows in Vietnamese"
else
    not_ok "L1: $(grep 'note:' "$work/new/out" | head -c 400)"
fi
(cd "$work/new" && "$khgen" --lang en new --from w24.yaml --year 2025 -o w25en.yaml --force) \
    >"$work/new/out.en" 2>"$work/new/err.en"
# (session 16: the English names the part of the document too, as the
# Vietnamese, where it named the YAML key, "title still says 2024")
if grep -q '^w25en.yaml:11:[0-9]*: note: the title of the plan still says 2024: ' "$work/new/out.en" &&
    grep -q '^w25en.yaml:[0-9]*:[0-9]*: note: the rows of Biểu 02 still say 2024: "2024"$' "$work/new/out.en" &&
    [ "$(tail -n 1 "$work/new/err.en")" = "1 warning generated." ] &&
    cmp -s "$work/new/w25.yaml" "$work/new/w25en.yaml"; then
    ok "L1: in English the notes name the part of the document too; the new plan is the same in both languages"
else
    not_ok "L1 en: $(grep 'note:' "$work/new/out.en" | head -c 300) / $(tail -n 1 "$work/new/err.en")"
fi
# written into a device (-o /dev/null), the new plan is not read back: the
# old plan's warning is the one there is, with its summary line
(cd "$work/new" && "$khgen" --lang vi new --from w24.yaml --year 2025 -o /dev/null) \
    >/dev/null 2>"$work/new/err"
status=$?
if [ "$status" -eq 0 ] && [ "$(grep -c 'warning\[' "$work/new/err")" -eq 1 ] &&
    grep -q '^w24.yaml:[0-9]*:10: warning\[KH250\]' "$work/new/err" &&
    [ "$(tail -n 1 "$work/new/err")" = "Phát hiện 1 cảnh báo." ]; then
    ok "L2: new -o /dev/null prints the old plan's warning once, with the summary line"
else
    not_ok "L2 /dev/null: status $status: $(grep -v '^ ' "$work/new/err" | head -c 300)"
fi
# a plan with errors: new prints them (once) and its summary, and refuses
sed 's/^            due: 2024-Q1$/            due: 2024-Q5/' "$work/p/ex.yaml" >"$work/new/bad.yaml"
(cd "$work/new" && "$khgen" --lang vi new --from bad.yaml --year 2025 -o bad25.yaml --force) \
    >/dev/null 2>"$work/new/err"
status=$?
if [ "$status" -eq 1 ] && [ "$(grep -c 'error\[' "$work/new/err")" -eq 1 ] &&
    grep -q '^Phát hiện 1 lỗi.$' "$work/new/err" && [ ! -e "$work/new/bad25.yaml" ]; then
    ok "L2: new --from a plan with an error prints it with the summary line and writes nothing"
else
    not_ok "L2 errors: status $status: $(grep -v '^ ' "$work/new/err" | head -c 300)"
fi

# ---- L3: English words in Vietnamese messages and help --------------------------
"$khgen" --lang vi --help >"$work/help" 2>&1
if grep -q 'ra đầu ra chuẩn' "$work/help" && grep -q 'ra đầu lỗi chuẩn' "$work/help" &&
    ! grep -q 'stdout\|stderr' "$work/help"; then
    ok "L3: khgen --help in Vietnamese says đầu ra chuẩn, đầu lỗi chuẩn, not stdout, stderr"
else
    not_ok "L3: help: $(grep 'std' "$work/help")"
fi
sed 's/^      - clause: Cấp xã$/      - cluase: Cấp xã/' "$work/p/ex.yaml" >"$work/p/kind.yaml"
"$khgen" --lang vi check "$work/p/kind.yaml" >/dev/null 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] &&
    grep -q "error\[KH105\]: mục của nội dung ('body') cần một loại: 'cluase' không phải là loại nào (có phải là 'clause'?)$" "$work/err"; then
    ok "L3: KH105 names the body as nội dung, the key in quotes"
else
    not_ok "L3: KH105: status $status: $(head -c 300 "$work/err")"
fi

# an English fragment inside a Vietnamese message: "(nor does any
# locality's 'data')" (KH614), ": the filter selects nothing" (KH618)
sed 's/^    rows: {from: localities, where: {target_year: 2024}}$/    rows: {from: localities, where: {dan_so: 5}}/' \
    "$work/p/ex.yaml" >"$work/p/field.yaml"
sed 's/^    rows: {from: localities, where: {target_year: 2024}}$/    rows: {from: localities, where: {target_year: 2030}}/' \
    "$work/p/ex.yaml" >"$work/p/none.yaml"
"$khgen" --lang vi check "$work/p/field.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" --lang vi check "$work/p/none.yaml" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 1 ] && [ "$status2" -eq 0 ] &&
    grep -q "error\[KH614\]: dòng sinh từ localities không có trường 'dan_so' (cũng không có trong 'data' của địa phương nào): hãy kiểm tra tên trường$" "$work/err" &&
    grep -q "warning\[KH618\]: biểu 'bieu01' không có dòng nào: bộ lọc không chọn được dòng nào: hãy thêm dòng, hoặc kiểm tra 'where'$" "$work/err2"; then
    ok "L3: KH614's and KH618's added words in Vietnamese"
else
    not_ok "L3: KH614/KH618: status $status/$status2: $(grep 'KH61' "$work/err" "$work/err2" | head -c 400)"
fi

# the system's reason for a failed read, English in a Vietnamese message
# ("không đọc được 'x.yaml': No such file or directory"): khgen's own
# translation, the same on every machine; English as before
"$khgen" --lang vi check "$work/p/missing.yaml" >/dev/null 2>"$work/err"
status=$?
"$khgen" --lang en check "$work/p/missing.yaml" >/dev/null 2>"$work/err2"
status2=$?
if [ "$status" -eq 3 ] && [ "$status2" -eq 3 ] &&
    grep -q "error\[KH001\]: không đọc được '.*missing.yaml': không có tệp hoặc thư mục này: hãy kiểm tra đường dẫn và quyền đọc tệp$" "$work/err" &&
    grep -q "error\[KH001\]: cannot read '.*missing.yaml': No such file or directory: check the path and that the file is readable$" "$work/err2"; then
    ok "L3: the system's reason for a failed read in Vietnamese, English as before"
else
    not_ok "L3: strerror: status $status/$status2: $(head -c 300 "$work/err")"
fi

echo "$pass passed, $fail failed"
