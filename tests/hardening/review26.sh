#!/bin/sh
# tests/hardening/review26.sh KHGEN WORKDIR - what session 26's white-box
# review of session 25's code found (issue 8):
#  1 a title in capitals kept a document's symbol as written ("263/QĐ-TTg")
#    only when the word began with its digit: in brackets or quotes,
#    "(263/QĐ-TTg)", it printed "(263/QĐ-TTG)", and a unit after a number
#    ("10.000đ/người", "100%/năm") was kept in small letters inside the
#    capitals, in every format (vi_upper.c);
#  2 `khgen new` noted no old year in a written row's cells whose column is
#    keyed "target", "unit" or "status" ("Giảm còn 2% trong năm 2024"): the
#    keys were taken for ids wherever they stood (cmd_new.c holds_id);
#  3 `khgen import` of a .docx wrote a footnote's whole text at each of its
#    references: one footnote of 1 KB referenced 2,000 times (a package of
#    a few KB) wrote 2 MB of review comments, 20,000 times 25 MB and 170 MB
#    of memory (import_docx.c run_notes); now the text once, then "the same
#    text as note 1 above".
#
# Each case fails with the binary of main before the fixes (db090bc8), but
# the controls (named so), which pass with both.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
P=$work/p
mkdir -p "$P"

# a small plan: its head, then stdin
plan() {
    {
        cat <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  number: ""
  code: KH-UBND
  place: An Bình
  date: 2024-01-10
  title: Thực hiện nhiệm vụ năm 2024
bases:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
body:
  - section: MỤC TIÊU
    text: Hoàn thành các nhiệm vụ năm {year} ({att b1}).
closing: Trên đây là kế hoạch của UBND xã.
recipients: [UBND huyện, Đảng ủy xã, Lưu VT]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF
        cat
    } >"$P/$1.yaml"
}

# ---- 1: a symbol in brackets, a unit after a number, in a title in capitals ----------------
plan upper <<'EOF'
attachments:
  - id: b1
    label: Biểu 01
    title: Mức hỗ trợ theo Quyết định (263/QĐ-TTg), Nghị quyết 08/2024/NQ-HĐND là 10.000đ/người, "15/QĐ-UBND" và 100%/năm
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: a, header: Nội dung}
    rows:
      - {a: Hỗ trợ}
EOF
want='MỨC HỖ TRỢ THEO QUYẾT ĐỊNH (263/QĐ-TTg), NGHỊ QUYẾT 08/2024/NQ-HĐND LÀ 10.000Đ/NGƯỜI, "15/QĐ-UBND" VÀ 100%/NĂM'
"$khgen" build -f md,html,docx,xlsx -o "$work/o1" "$P/upper.yaml" >"$work/o1.err" 2>&1
got_docx=$(/usr/bin/python3 -c '
import sys, zipfile, re
for name in ("word/document.xml", "xl/sharedStrings.xml"):
    x = zipfile.ZipFile(sys.argv[1 if name.startswith("word") else 2]).read(name).decode()
    print(int(sys.argv[3] in re.sub(r"<[^>]*>", "", x).replace("&quot;", "\"")))
' "$work/o1/upper.docx" "$work/o1/upper.xlsx" "$want" 2>&1 | tr -d '\n')
if grep -qF "**$want**" "$work/o1/upper.md" && grep -qF "$(printf '%s' "$want" | sed 's/"/\&quot;/g')" "$work/o1/upper.html" &&
    [ "$got_docx" = 11 ]; then
    ok "1: a title in capitals keeps '(263/QĐ-TTg),' and '\"15/QĐ-UBND\"' as written, puts '10.000đ/người' in capitals, in md, html, docx and xlsx"
else
    not_ok "1: docx/xlsx $got_docx; md: $(grep -n 'MỨC HỖ TRỢ' "$work/o1/upper.md") $(head -c 300 "$work/o1.err")"
fi
plan upper2 <<'EOF'
attachments:
  - id: b1
    label: Biểu 01
    title: Danh sách theo Quyết định số 263/QĐ-TTg ngày 15/7/2024, chỉ thị 05-CT/TW
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: a, header: Nội dung}
    rows:
      - {a: Hỗ trợ}
EOF
"$khgen" build -f md -o "$work/o1b" "$P/upper2.yaml" >/dev/null 2>&1
if grep -qF '**DANH SÁCH THEO QUYẾT ĐỊNH SỐ 263/QĐ-TTg NGÀY 15/7/2024, CHỈ THỊ 05-CT/TW**' "$work/o1b/upper2.md"; then
    ok "1: control: a symbol after a space is kept, a date and the words around it in capitals"
else
    not_ok "1: control: $(grep -n 'DANH' "$work/o1b/upper2.md")"
fi

# ---- 2: khgen new notes the old year in a row's "target", "unit", "status" cells -----------
plan cells <<'EOF'
attachments:
  - id: b1
    label: Biểu 01
    title: Các chỉ tiêu
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: name, header: Chỉ tiêu}
      - {key: target, header: Mục tiêu}
      - {key: unit, header: Đơn vị thực hiện}
      - {key: status, header: Tình hình}
    rows:
      - {name: Tỷ lệ hộ nghèo, target: Giảm còn 2% trong năm 2024, unit: Các hội (từ 2024), status: Đạt năm 2024}
EOF
"$khgen" new --from "$P/cells.yaml" --year 2025 -o "$P/cells-2025.yaml" >"$work/o2.out" 2>&1
if grep -qF 'still says 2024: "Giảm còn 2% trong năm 2024"' "$work/o2.out" &&
    grep -qF 'still says 2024: "Các hội (từ 2024)"' "$work/o2.out" &&
    grep -qF 'still says 2024: "Đạt năm 2024"' "$work/o2.out"; then
    ok "2: new notes the old year in a written row's target, unit and status cells"
else
    not_ok "2: $(cat "$work/o2.out")"
fi
plan ids <<'EOF'
units:
  - {id: tckh2024, name: Phòng Tài chính - Kế hoạch}
localities:
  - {id: an-binh, name: An Bình, kind: xã, status: ntm2024, target: nc2024, target_year: 2025}
levels:
  - {id: ntm2024, name: nông thôn mới}
  - {id: nc2024, name: nông thôn mới nâng cao}
attachments:
  - id: b1
    label: Biểu 01
    title: Các xã
    columns:
      - {key: stt, header: STT, type: stt}
      - {key: a, header: Xã}
    rows:
      - {a: "{loc an-binh}"}
EOF
"$khgen" new --from "$P/ids.yaml" --year 2025 -o "$P/ids-2025.yaml" >"$work/o2b.out" 2>&1
if grep -q '^khgen: wrote' "$work/o2b.out" && ! grep 'note:' "$work/o2b.out" | grep -q 'ntm2024\|nc2024\|tckh2024'; then
    ok "2: control: the ids of a unit, a locality's status and target are not noted"
else
    not_ok "2: control: $(cat "$work/o2b.out" | head -20)"
fi

# ---- 3: one footnote referred to many times -----------------------------------------------
/usr/bin/python3 - "$work" <<'PY'
import sys, zipfile
work = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def para(text, extra=''):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>%s</w:p>' % (text, extra)
def ref(i):
    return '<w:r><w:footnoteReference w:id="%d"/></w:r>' % i
def docx(path, body, notes):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    head = para('ỦY BAN NHÂN DÂN') + para('XÃ AN BÌNH') + para('KẾ HOẠCH') + para('Thực hiện nhiệm vụ năm 2025') + para('I. MỤC TIÊU')
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, head, body))
    z.writestr('word/footnotes.xml', '<?xml version="1.0" encoding="UTF-8"?><w:footnotes %s>%s</w:footnotes>' % (W, ''.join(
        '<w:footnote w:id="%d"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:footnote>' % (i, t) for i, t in notes)))
    z.close()
long = 'Chú thích dài ' * 70
docx(work + '/many.docx', para('Hoàn thành nhiệm vụ', ref(1) * 2000), [(1, long)])
docx(work + '/two.docx', para('Đoạn một', ref(1)) + para('Đoạn hai', ref(2)) + para('Đoạn ba', ref(1)),
     [(1, 'Chú thích thứ nhất'), (2, 'Chú thích thứ hai')])
PY
timed_case "3: import of one footnote referred to 2,000 times" "$khgen" import "$work/many.docx" -o "$work/many.yaml"
size=$(wc -c <"$work/many.yaml" 2>/dev/null || echo 0)
full=$(grep -c 'Chú thích dài Chú thích dài' "$work/many.yaml" 2>/dev/null)
if [ "$size" -gt 0 ] && [ "$size" -lt 400000 ] && [ "$full" -eq 1 ] &&
    grep -q 'footnote 2000 .*: the same text as note 1 above' "$work/many.yaml"; then
    ok "3: a footnote referred to 2,000 times: its text written once ($size bytes)"
else
    not_ok "3: $size bytes, the text $full times"
fi
"$khgen" import "$work/two.docx" -o "$work/two.yaml" >/dev/null 2>&1
if grep -q 'footnote 1 after "Đoạn một": Chú thích thứ nhất' "$work/two.yaml" &&
    grep -q 'footnote 2 after "Đoạn hai": Chú thích thứ hai' "$work/two.yaml"; then
    ok "3: control: two footnotes, each written at its first reference"
else
    not_ok "3: control: $(grep review "$work/two.yaml")"
fi
if grep -q 'footnote 3 after "Đoạn ba": the same text as note 1 above' "$work/two.yaml"; then
    ok "3: the second reference to footnote 1 names it"
else
    not_ok "3: $(grep review "$work/two.yaml")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
