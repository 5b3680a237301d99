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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
