#!/bin/sh
# tests/hardening/leftovers20.sh KHGEN WORKDIR - what session 20 fixed of
# session 19's LOW leftovers (issue 8): `khgen new` moving 29 February to
# 28 without a word (s19attack L3); `khgen diff` counting an amount ("2024
# triệu đồng") or a cited document's date among the parts "only the year"
# moved (L5); an added plan's empty "Trình bày trang" hunk (L7); a header
# date left at last year's reported at each deadline and the title, not at
# the date (s19draft); a .docx's hyperlink imported as its text, its
# address lost (L6); a .md's "# heading" imported as a paragraph and its
# "<b>đậm</b>" as the tags (L4); a body table's emptied last cell shown
# in a diff as a space and a line break (s18docx L3). Each case fails with the binary of main
# before its fix (45cdcdf), but the controls (named so), which pass with
# both.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

# a minimal finished plan: NAME, the header's date, its title, then the
# body's items (stdin)
plan() {
    {
        cat <<EOF
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: $2
  title: $3
units:
  - {id: u1, name: Phòng Một}
body:
  - section: MỤC TIÊU
    items:
EOF
        cat
        cat <<'EOF'
closing: Trên đây là Kế hoạch.
recipients: [Lưu VT]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF
    } >"$work/$1.yaml"
}

# ---- 1: new moves 29 February to 28 (s19attack L3) -----------------------------------------
plan leap 2024-01-05 "Kế hoạch thử năm 2024" <<'EOF'
      - task: Báo cáo tháng 2
        lead: u1
        due: 2024-02-29
      - task: Báo cáo tháng 3
        lead: u1
        due: 2024-03-31
EOF
"$khgen" new --from "$work/leap.yaml" --year 2025 -o "$work/leap25.yaml" >"$work/new.out" 2>&1
s=$?
if [ $s -eq 0 ] && grep -q '        due: 2025-02-28$' "$work/leap25.yaml" &&
    grep -qF "leap25.yaml:15:14: note: 2024-02-29 became 2025-02-28: 2025 has no 29 February; check the day" "$work/new.out" &&
    grep -qF 'notes for the drafter (2)' "$work/new.out" && ! grep -q '2024-03-31' "$work/new.out"; then
    ok "L3: new's 29 February moved to 28 is a note at the new plan's deadline, counted"
else
    not_ok "L3: status $s: $(cat "$work/new.out")"
fi
"$khgen" new --from "$work/leap.yaml" --year 2028 -o "$work/leap28.yaml" >"$work/new28.out" 2>&1
if grep -q '        due: 2028-02-29$' "$work/leap28.yaml" && ! grep -q '29 February' "$work/new28.out"; then
    ok "L3 control: to a leap year 29 February stays, no note"
else
    not_ok "L3 control: $(grep due "$work/leap28.yaml") $(cat "$work/new28.out")"
fi

# ---- 2, 3: diff's "only the year" and amounts, citations (s19attack L5) -------------------
plan y24 2024-03-05 "Kế hoạch thử năm 2024" <<'EOF'
      - para: Tổng kinh phí 2024 triệu đồng.
      - para: Theo Nghị quyết số 08/2023/NQ-HĐND ngày 10/01/2024 của HĐND tỉnh.
      - para: Căn cứ Quyết định số 263/QĐ-TTg, ngày 22 tháng 02 năm 2024.
      - para: Hoàn thành trong năm 2024, báo cáo trước ngày 15/12/2024.
EOF
sed 's/2024/2025/g' "$work/y24.yaml" >"$work/y25.yaml"
"$khgen" diff --no-color "$work/y24.yaml" "$work/y25.yaml" >"$work/dy" 2>&1
s=$?
if [ $s -eq 1 ] && grep -qF 'Tổng kinh phí [-2024-]{+2025+} triệu đồng.' "$work/dy" &&
    grep -qF 'ngày [-10/01/2024-]{+10/01/2025+} của HĐND tỉnh.' "$work/dy" &&
    grep -qF 'năm [-2024.-]{+2025.+}' "$work/dy"; then
    ok "L5: an amount '2024 triệu đồng' and a cited document's dates moved are shown, not counted as the year"
else
    not_ok "L5: status $s: $(cat "$work/dy")"
fi
if grep -qF 'phần chỉ đổi năm' "$work/dy" && ! grep -qF 'Hoàn thành trong' "$work/dy"; then
    ok "L5 control: the title, the date and 'năm 2024, trước ngày 15/12/2024' still only the year"
else
    not_ok "L5 control: $(cat "$work/dy")"
fi

# ---- 4: an added or deleted plan's page layout (s19attack L7) ------------------------------
"$khgen" diff --no-color /dev/null "$work/y24.yaml" >"$work/dadd" 2>&1
s1=$?
"$khgen" diff --no-color --format md "$work/y24.yaml" /dev/null >"$work/ddel" 2>&1
s2=$?
got=$("$py" - "$work/dadd" "$work/ddel" <<'PY'
import sys
for f, head, mark in ((sys.argv[1], '@@ Trình bày trang: thêm @@', '{+định dạng: lề trên 20 mm'),
                      (sys.argv[2], '## Trình bày trang: bỏ', '~~định dạng: lề trên 20 mm')):
    lines = open(f, encoding='utf-8').read().split('\n')
    at = [i for i, l in enumerate(lines) if l == head]
    body = [l for l in lines[at[0] + 1:at[0] + 3] if l] if at else []
    if not at or not body or not body[0].startswith(mark):
        print('%s: %r' % (f, lines[at[0]:at[0] + 3] if at else 'no hunk'))
        break
else:
    print('shown')
PY
)
if [ $s1 -eq 1 ] && [ $s2 -eq 1 ] && [ "$got" = shown ]; then
    ok "L7: an added or deleted plan's 'Trình bày trang' hunk shows its layout, not an empty line"
else
    not_ok "L7: status $s1, $s2: $got"
fi

# ---- 5: the header's date left at last year's (s19draft) -----------------------------------
plan dly 2023-01 "Kế hoạch thử năm 2024" <<'EOF'
      - task: Báo cáo quý
        lead: u1
        due: 2024-Q2
      - task: Báo cáo năm
        lead: u1
        due: 2024-11
EOF
check_says "s19draft: a date left at last year's is KH318 at the date, not KH310 at each deadline nor KH315 at the title" \
    "$work/dly.yaml" 0 "dly.yaml:6:9: warning[KH318]: the plan is dated 2023, but its title says 'năm 2024' and 2 of its deadlines fall in 2024"
if grep -q 'KH310\|KH315' "$work/err"; then
    not_ok "s19draft: the deadlines or the title still reported: $(cat "$work/err")"
else
    ok "s19draft: the title and the deadlines, which are right, are not reported"
fi
plan dok 2024-01 "Kế hoạch thử năm 2024" <<'EOF'
      - task: Báo cáo năm
        lead: u1
        due: 2025-01
EOF
plan dtitle 2024-01 "Kế hoạch thử năm 2023" <<'EOF'
      - task: Báo cáo năm
        lead: u1
        due: 2024-11
EOF
"$khgen" check "$work/dok.yaml" >/dev/null 2>"$work/e1"
"$khgen" check "$work/dtitle.yaml" >/dev/null 2>"$work/e2"
if grep -q 'KH310' "$work/e1" && ! grep -q 'KH318' "$work/e1" && grep -q 'KH315' "$work/e2" &&
    ! grep -q 'KH318' "$work/e2"; then
    ok "s19draft control: a report due next January is still KH310, a title left at last year's KH315"
else
    not_ok "s19draft control: $(cat "$work/e1" "$work/e2")"
fi

# ---- 6: a hyperlink of a .docx imported with its address (s19attack L6) --------------------
plan link 2024-03-05 "Kế hoạch thử năm 2024" <<'EOF'
      - para: "Xem [Luật A](https://x.y/z?a=1&b=(2)) và **[cổng](mailto:a@b.vn)** nhé."
      - para: "Theo [Quyết định số 12](https://vanban.gov.vn/quyết-định_12.pdf)."
EOF
"$khgen" build -f docx -o "$work/lk" "$work/link.yaml" >/dev/null 2>&1 || not_ok "setup: link.docx"
"$khgen" import --force -o "$work/link.back.yaml" "$work/lk/link.docx" >/dev/null 2>"$work/lk.err"
s1=$?
"$khgen" diff --no-color "$work/link.yaml" "$work/link.back.yaml" >"$work/dlk" 2>&1
s2=$?
if [ $s1 -eq 0 ] && [ $s2 -eq 0 ] && [ ! -s "$work/dlk" ] &&
    grep -qF -- '- para: Xem [Luật A](https://x.y/z?a=1&b=(2)) và **[cổng](mailto:a@b.vn)** nhé.' "$work/link.back.yaml" &&
    grep -qF 'Theo [Quyết định số 12](https://vanban.gov.vn/quyết-định_12.pdf).' "$work/link.back.yaml"; then
    ok "L6: a .docx's hyperlinks import as links with their addresses; diff calls the plans the same"
else
    not_ok "L6: import $s1, diff $s2: $(grep -F 'para:' "$work/link.back.yaml") $(cat "$work/dlk" "$work/lk.err")"
fi
# the same document with its first link's address made a script: its text alone
"$py" - "$work/lk/link.docx" "$work/js.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as o:
    for i in z.infolist():
        data = z.read(i.filename)
        if i.filename == 'word/_rels/document.xml.rels':
            data = data.replace(b'https://x.y/z?a=1&amp;b=(2)', b'javascript:alert(1)')
        o.writestr(i, data)
PY
"$khgen" import --force -o "$work/js.yaml" "$work/js.docx" >/dev/null 2>&1
if grep -qF -- '- para: Xem Luật A và **[cổng](mailto:a@b.vn)** nhé.' "$work/js.yaml"; then
    ok "L6: a hyperlink to a script imports as its text, as the back ends print it; a mail link as a link"
else
    not_ok "L6: $(grep -F 'para:' "$work/js.yaml")"
fi

# ---- 7, 8: a .md's '#' heading and inline HTML (s19attack L4) -------------------------------
"$khgen" build -f md -o "$work/md" "$work/link.yaml" >/dev/null 2>&1 || not_ok "setup: link.md"
"$py" - "$work/md/link.md" "$work/h.md" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.replace('**I. MỤC TIÊU**', '''**I. MỤC TIÊU**

# Nhiệm vụ chung

Nội dung <b>đậm</b>, <strong class="x">mạnh</strong>, <i> nghiêng </i> và <em>nhấn</em>.

Mã `<b>giữ</b>`, thoát \\<b>giữ\\</b>, chưa đóng <b>giữ.''')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" import --force -o "$work/h.yaml" "$work/h.md" >/dev/null 2>"$work/h.err"
got=$("$py" - "$work/h.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
at = [i for i, l in enumerate(lines) if l.strip() == '- section: Nhiệm vụ chung']
if not at or lines[at[0] + 1].strip() != 'label: ""':
    print('no unnumbered section: %r' % [l for l in lines if 'Nhiệm vụ' in l])
else:
    print('section')
PY
)
if [ "$got" = section ]; then
    ok "L4: a .md's '# Nhiệm vụ chung' imports as an unnumbered section, not a paragraph"
else
    not_ok "L4: $got"
fi
if grep -qF -- '- para: Nội dung **đậm**, **mạnh**, *nghiêng* và *nhấn*.' "$work/h.yaml"; then
    ok "L4: <b>, <strong> with attributes, <i>, <em> of a .md line import as Markdown's emphasis"
else
    not_ok "L4: $(grep -F 'Nội dung' "$work/h.yaml")"
fi
if grep -qF -- '- para: Mã `<b>giữ</b>`, thoát \<b>giữ\</b>, chưa đóng <b>giữ.' "$work/h.yaml"; then
    ok "L4 control: tags in code, escaped, or on a line where they do not pair stay as written"
else
    not_ok "L4 control: $(grep -F 'Mã' "$work/h.yaml")"
fi

# ---- 9: a body table's last cell emptied (s18docx L3) ---------------------------------------
{
    cat <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-03-05
  title: Kế hoạch thử năm 2024
body:
  - section: MỤC TIÊU
    items:
      - table: Bảng chỉ tiêu
        columns:
          - {key: stt, type: stt, header: TT}
          - {key: nd, header: Nội dung}
          - {key: kq, header: Kết quả}
        rows:
          - {nd: Hộ nghèo, kq: "3,5"}
          - {nd: Bảo hiểm y tế, kq: "92"}
closing: Trên đây là Kế hoạch.
recipients: [Lưu VT]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF
} >"$work/t1.yaml"
sed 's/kq: "92"/kq: ""/' "$work/t1.yaml" >"$work/t2.yaml"
"$khgen" diff --no-color "$work/t2.yaml" "$work/t1.yaml" >"$work/dt" 2>&1
s=$?
if [ $s -eq 1 ] && grep -qxF 'Bảng 1. Bảng chỉ tiêu / 1 Hộ nghèo | 3,5 / 2 Bảo hiểm y tế |{+ 92+}' "$work/dt" &&
    grep -qxF 'Cột: TT | Nội dung | Kết quả' "$work/dt" && ! grep -q '‹' "$work/dt"; then
    ok "s18docx L3: a body table's last cell filled in: the cell alone, no space and line break named"
else
    not_ok "s18docx L3: status $s: $(cat "$work/dt")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
