#!/bin/sh
# tests/hardening/s44print.sh KHGEN WORKDIR - the print of the PDF, the
# Word document, the HTML and the workbook, round two (session 44's
# s44print; issue 8). Real clients read what khgen wrote: Chromium's and
# LibreOffice's PDFs through tests/hardening/s43print.py (the HTML's words
# matched to the PDF's, with pages and lines) and pdftotext, the .docx
# through python-docx, the workbook through openpyxl. Each case fails at
# main 100519d9 unless named a guard:
#  W1  Chromium's print of s43print's rows plan (40 tasks under kept
#      headings): the 3-line text of task 34 under its heading at page 8's
#      foot printed 2 lines + 1 (a widow on page 9): the heading's
#      break-after alone let Chromium split a paragraph no engine may
#      split. The kept headings and a paragraph of 3 lines or fewer are
#      one block now (div.keep-with, break-inside: avoid), as the .docx's
#      keepNext and widow control move it. The checker's other checks of
#      that print are guards (headings, rows, header rows, page numbers).
#  W2  (guard) a paragraph too long to stay unsplit is not in that block
#      (it may split 2 + 2 lines as in the .docx: moved whole, it left
#      a gap of up to 6 lines at the page's foot).
#  I1  a Sở's issuer "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" (one line, wider than
#      the header's left column) printed "SỞ NÔNG NGHIỆP VÀ MÔI" over a
#      lone "TRƯỜNG" in the .docx, LibreOffice's PDF and Chromium's print
#      (s43user F20). It prints "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG" now in
#      all three (python-docx, pdftotext), one decision (issuer_lines.c);
#      "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" as "ỦY BAN NHÂN DÂN" / "TỈNH BẮC
#      NINH".
#  I2  (guard) issuer lines that fit print as written ("ỦY BAN NHÂN DÂN" /
#      "HUYỆN YÊN THẾ" of plans/yen-the-2024.yaml).
#  I3  (guard) that .docx imported unedited diffs equal to its plan: diff
#      compares the issuer as printed (the import reads two lines).
#  H1  the .html (and diff's redline page) printed by Chromium with the
#      print dialog's defaults carried the file's path and "1/15" at every
#      page's foot and the print date and the page's title atop page 1
#      (s43user F23): plan.css gives every page a box in its top and its
#      bottom margin (an empty one where nothing prints), and Chromium
#      prints its own headers and footers only in a margin without one.
#  X1  the task-assignments Biểu of a province's plan (s43user F25): the
#      tasks' column, a text in every row, was as narrow as the columns
#      of who leads and who supports (6.7/32.7/32.7/28.7/15.7 characters;
#      its long rows 4-5 lines tall in LibreOffice's PDF): the room the
#      page leaves the long texts goes where it saves the most lines
#      (colwidth.c share_room), the tasks' column now the widest by a
#      third (6.9/40.3/28.1/23.0/15.9, openpyxl; rows of 3 lines).
#  X2  a Biểu of figures narrower than its landscape page (s43user F16): its
#      title, merged over the table's columns in the workbook, wrapped
#      "... NĂM" / "2027" in LibreOffice's PDF of the .xlsx, a third of the
#      page blank: the columns fill the page's width in the workbook as in
#      the .docx and the HTML (colwidth.c fill_page).
# Needs chromium, soffice (libreoffice-writer-nogui), poppler-utils,
# python3-docx, python3-openpyxl and fonts-liberation2 (tools/deps.sh
# test): without them the cases fail, saying what to install.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

python=/usr/bin/python3
[ -x "$python" ] || python=python3
checker="$top/tests/hardening/s43print.py"

# pdf ENGINE PLAN [FORMATS]: builds PLAN's .html and .docx and its PDF by
# ENGINE into $work/ENGINE; 0 when the PDF is there
pdf() {
    mkdir -p "$work/$1"
    KHGEN_PDF_TIMEOUT=300 "$khgen" build -f "${3:-html,docx,pdf}" --pdf-engine "$1" -o "$work/$1" "$2" \
        >"$work/$1/$(basename "$2" .yaml).log" 2>&1
    [ -s "$work/$1/$(basename "$2" .yaml).pdf" ]
}

# checks WHAT ENGINE NAME CHECK...: the checker's lines for NAME's print by
# ENGINE, each counted as a case (prefixed WHAT)
checks() {
    what=$1 engine=$2 name=$3
    shift 3
    "$python" "$checker" "$engine:$name" "$work/$engine/$name.html" "$work/$engine/$name.pdf" "$@" \
        >"$work/$engine-$name.out" 2>&1
    while IFS= read -r line; do
        case $line in
            "ok - "*) ok "$what ${line#ok - }" ;;
            "not ok - "*) not_ok "$what ${line#not ok - }" ;;
            "#"*) echo "$line" ;;
        esac
    done <"$work/$engine-$name.out"
    grep -q '^ok - \|^not ok - ' "$work/$engine-$name.out" ||
        not_ok "$what $engine:$name: the checker said nothing: $(head -c 300 "$work/$engine-$name.out")"
}

# ---- W1, W2: a kept heading and the paragraph under it ------------------------
"$python" tests/hardening/s43print_plans.py rows "$work/rows.yaml" || exit 2
if pdf chromium "$work/rows.yaml" html,pdf; then
    checks W1 chromium rows lines
    checks "W1 (guard)" chromium rows heading note signing rowsplit thead numbers
    # W2: every block holds kept headings and at most one paragraph of
    # three lines (about 55 words) or fewer
    long=$("$python" - "$work/chromium/rows.html" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
bad = []
for block in re.findall(r'<div class="keep-with">\n(.*?)</div>', s, re.S):
    paras = [p for p in block.strip().split("\n") if p]
    for p in paras[:-1]:
        if "keep-next" not in p.split(">")[0]:
            bad.append("not a heading: " + p[:80])
    last = paras[-1]
    if "keep-next" not in last.split(">")[0] and len(re.sub("<[^>]+>", "", last).split()) > 70:
        bad.append("a long paragraph: " + last[:80])
print("; ".join(bad))
PY
)
    if [ -z "$long" ] && grep -q '<div class="keep-with">' "$work/chromium/rows.html"; then
        ok "W2 (guard) a kept heading's block holds no paragraph of more than 3 lines"
    elif [ -z "$long" ]; then
        ok "W2 (guard) no block (nothing kept together: nothing to split wrongly)"
    else
        not_ok "W2 a kept heading's block: $long"
    fi
else
    not_ok "W1 chromium: no PDF (install it: sh tools/deps.sh test): $(tail -c 300 "$work/chromium/rows.log")"
fi

# ---- I1, I2: the issuer's lines -------------------------------------------------
# so_plan ISSUER OUT: a Sở's plan whose issuer is ISSUER (a YAML list)
so_plan() {
    cat >"$2" <<PLAN
khgen: 1
header:
  governing_body: UBND TỈNH BẮC NINH
  issuer: $1
  issuer_short: Sở Nông nghiệp và Môi trường
  number: ""
  code: KH-SNNMT
  place: Bắc Ninh
  date: 2026-01
  title: Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026
opening: "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:"
body:
  - section: MỤC ĐÍCH
    items:
      - para: Triển khai thực hiện có hiệu quả Chương trình trên địa bàn tỉnh.
closing: Trên đây là Kế hoạch của Sở Nông nghiệp và Môi trường.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]
  name: Nguyễn Văn A
PLAN
}
# docx_issuer DOCX: the issuer's paragraphs (style KH Issuer), joined by " / "
docx_issuer() {
    "$python" - "$1" <<'PY'
import sys, docx
d = docx.Document(sys.argv[1])
cell = d.tables[0].rows[0].cells[0]
print(" / ".join(p.text for p in cell.paragraphs if p.style.name == "KH Issuer"))
PY
}
so_plan "[SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG]" "$work/so.yaml"
so_plan "[ỦY BAN NHÂN DÂN TỈNH BẮC NINH]" "$work/tinh.yaml"
mkdir -p "$work/issuer"
"$khgen" build -f docx -o "$work/issuer" "$work/so.yaml" "$work/tinh.yaml" >"$work/issuer.log" 2>&1
for case in "so:SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG" "tinh:ỦY BAN NHÂN DÂN / TỈNH BẮC NINH"; do
    name=${case%%:*} want=${case#*:}
    got=$(docx_issuer "$work/issuer/$name.docx" 2>&1)
    if [ "$got" = "$want" ]; then
        ok "I1 .docx ($name): the issuer's lines are \"$want\" (python-docx)"
    else
        not_ok "I1 .docx ($name): the issuer's lines are \"$got\", not \"$want\""
    fi
done
for engine in libreoffice chromium; do
    if pdf $engine "$work/so.yaml"; then
        head=$(pdftotext -l 1 -layout "$work/$engine/so.pdf" - | head -4)
        if printf '%s\n' "$head" | grep -q '^ *SỞ NÔNG NGHIỆP  ' &&
            printf '%s\n' "$head" | grep -q '^ *VÀ MÔI TRƯỜNG *$'; then
            ok "I1 $engine: the PDF's header prints \"SỞ NÔNG NGHIỆP\" over \"VÀ MÔI TRƯỜNG\""
        else
            not_ok "I1 $engine: the PDF's header: $head"
        fi
    else
        not_ok "I1 $engine: no PDF (install it: sh tools/deps.sh test): $(tail -c 300 "$work/$engine/so.log")"
    fi
done
"$khgen" build -f docx -o "$work/issuer" plans/yen-the-2024.yaml >"$work/yt.log" 2>&1
got=$(docx_issuer "$work/issuer/yen-the-2024.docx" 2>&1)
if [ "$got" = "ỦY BAN NHÂN DÂN / HUYỆN YÊN THẾ" ]; then
    ok "I2 (guard) issuer lines that fit print as written"
else
    not_ok "I2 (guard) yen-the-2024's issuer lines: \"$got\""
fi
"$khgen" import "$work/issuer/so.docx" -o "$work/so-back.yaml" >"$work/so-back.log" 2>&1
"$khgen" diff "$work/so.yaml" "$work/so-back.yaml" >"$work/so-diff.out" 2>&1
status=$?
if [ $status -eq 0 ]; then
    ok "I3 (guard) the .docx imported unedited diffs equal to its plan (the issuer as printed)"
else
    not_ok "I3 (guard) the .docx imported unedited: diff exit $status: $(head -c 300 "$work/so-diff.out")"
fi

# ---- H1: Chromium's own headers and footers ------------------------------------
# crdefault HTML PDF: Chromium's print with the print dialog's defaults
# (headers and footers on: no --no-pdf-header-footer), a private profile
crdefault() {
    profile=$(mktemp -d "$work/profile.XXXXXX")
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --no-default-browser-check --disable-background-networking --disable-component-update \
        --disable-sync --disable-extensions --user-data-dir="$profile" --print-to-pdf="$2" \
        "file://$1" >/dev/null 2>&1
    rm -rf "$profile"
    [ -s "$2" ]
}
"$khgen" diff -f html -o "$work/diff.html" "$work/so.yaml" "$work/tinh.yaml" >/dev/null 2>&1
for html in "$work/chromium/rows.html" "$work/diff.html"; do
    name=$(basename "$html" .html)
    if ! command -v chromium >/dev/null 2>&1; then
        not_ok "H1 $name: chromium is not installed (sh tools/deps.sh test)"
    elif crdefault "$html" "$work/h1-$name.pdf"; then
        pages=$(pdfinfo "$work/h1-$name.pdf" | sed -n 's/^Pages: *//p')
        extra=$(pdftotext "$work/h1-$name.pdf" - | grep -E 'file://|[0-9]+/[0-9]+/[0-9]+, [0-9]+:[0-9]+|^[0-9]+/[0-9]+$' | head -3)
        if [ -z "$extra" ]; then
            ok "H1 $name: Chromium's print with the dialog's defaults carries no path, date or \"n/N\" ($pages pages)"
        else
            not_ok "H1 $name: Chromium's print with the dialog's defaults carries: $extra"
        fi
    else
        not_ok "H1 $name: Chromium printed nothing"
    fi
done

# ---- X1, X2: the columns' widths -----------------------------------------------
# widths XLSX SHEET: the workbook's column widths, in characters
xlsx_widths() {
    "$python" - "$1" "$2" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(" ".join("%.1f" % ws.column_dimensions[c].width for c in "ABCDEFGHIJ"[:ws.max_column]))
PY
}
# the task-assignments Biểu of a province plan (s43user F25): a task's
# text in every row, who supports and by when in a few
cat >"$work/ta.yaml" <<'PLAN'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, TỈNH BẮC NINH]
  issuer_short: UBND tỉnh Bắc Ninh
  number: ""
  code: KH-UBND
  place: Bắc Ninh
  date: 2026-01
  title: Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026
units:
  - {id: mttq, name: Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội}
  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới tỉnh}
  - {id: stc, name: Sở Tài chính}
  - {id: snn, name: Sở Nông nghiệp và Môi trường}
  - {id: sxd, name: Sở Xây dựng}
  - {id: snv, name: Sở Nội vụ}
  - {id: xa, name: "UBND các xã, phường"}
body:
  - section: NHIỆM VỤ, GIẢI PHÁP
    items:
      - {task: "Công tác tuyên truyền, vận động", lead: mttq, support: [vpdp], due: 2026}
      - {task: Huy động và sử dụng nguồn lực, lead: stc, due: 2026-03-31}
      - {task: "Phát triển sản xuất, nâng cao thu nhập", lead: snn, due: 2026}
      - {task: Hạ tầng giao thông nông thôn, lead: sxd, support: [xa], due: 2026-Q3}
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - {task: "", text: "Văn phòng Điều phối nông thôn mới tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2026.", lead: vpdp}
      - {task: "", text: "Sở Nội vụ tham mưu công tác thi đua, khen thưởng trong xây dựng nông thôn mới, tổng hợp các đề xuất khen thưởng của các sở, ngành và địa phương.", lead: snv}
      - {task: "", text: "UBND các xã, phường xây dựng kế hoạch năm 2026 của địa phương, gửi Văn phòng Điều phối nông thôn mới tỉnh trước ngày 28/02/2026.", lead: xa}
closing: Trên đây là Kế hoạch của UBND tỉnh.
recipients: [Bộ Nông nghiệp và Môi trường, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b01
    label: Biểu 01
    title: Phân công nhiệm vụ năm 2026
    preset: task-assignments
    suppress: [KH253]
PLAN
mkdir -p "$work/ta"
"$khgen" build -f xlsx,docx -o "$work/ta" "$work/ta.yaml" >"$work/ta.log" 2>&1
got=$(xlsx_widths "$work/ta/ta.xlsx" "Biểu 01" 2>&1)
# STT, task, lead, support, due: the task column the widest by a third
if printf '%s\n' "$got" | awk '{ exit !(NF == 5 && $2 >= 1.3 * $3 && $2 >= 1.3 * $4 && $2 >= 1.3 * $5) }'; then
    ok "X1 task-assignments: the tasks' column is the widest by a third ($got)"
else
    not_ok "X1 task-assignments: the widths are $got (the tasks' column as narrow as the others)"
fi
# a Biểu of figures narrower than its landscape page (s43user F16): its
# title merged over the table's columns wrapped "... NĂM" / "2027" in
# LibreOffice's print of the workbook, the page's right third blank
cat >"$work/von.yaml" <<'PLAN'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, TỈNH BẮC NINH]
  issuer_short: UBND tỉnh Bắc Ninh
  number: ""
  code: KH-UBND
  place: Bắc Ninh
  date: 2027-01
  title: Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027
body:
  - para: Chi tiết theo {att b02} đính kèm.
closing: Trên đây là Kế hoạch của UBND tỉnh.
recipients: ["Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: b02
    label: Biểu 02
    title: Kế hoạch vốn thực hiện Chương trình năm 2027
    unit: triệu đồng
    totals: Tổng cộng
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: tw, header: Ngân sách trung ương, group: Nguồn vốn, type: int, total: true}
      - {key: dp, header: Ngân sách địa phương, group: Nguồn vốn, type: int, total: true}
      - {key: k, header: Huy động khác, group: Nguồn vốn, type: int, total: true}
    rows:
      - heading: Vốn đầu tư phát triển
      - {name: Giao thông nông thôn, tw: 50000, dp: 30000, k: 12500}
      - {name: Thủy lợi, tw: 20000, dp: 15000, k: 3000}
      - heading: Vốn sự nghiệp
      - {name: Phát triển sản xuất, tw: 8000, dp: 6000, k: 1500}
      - {name: Văn hóa, tw: 2500, dp: 2000, k: 500}
PLAN
mkdir -p "$work/von"
"$khgen" build -f xlsx -o "$work/von" "$work/von.yaml" >"$work/von.log" 2>&1
if command -v soffice >/dev/null 2>&1; then
    (cd "$work/von" && timeout 300 soffice -env:UserInstallation="file://$work/von/profile" --headless \
        --convert-to pdf von.xlsx >/dev/null 2>&1)
    title=$(pdftotext -layout "$work/von/von.pdf" - 2>/dev/null | grep 'KẾ HOẠCH VỐN' | sed 's/^ *//')
    if [ "$title" = "KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM 2027" ]; then
        ok "X2 the workbook's Biểu title prints on one line (LibreOffice's PDF of the .xlsx)"
    else
        not_ok "X2 the workbook's Biểu title in LibreOffice's PDF: \"$title\" (wrapped)"
    fi
else
    not_ok "X2 soffice is not installed (sh tools/deps.sh test)"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
