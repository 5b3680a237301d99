#!/bin/sh
# tests/hardening/s51print.sh KHGEN WORKDIR - the documents checked as the
# văn thư checks them against Nghị định 30/2020 before signing (session
# 51's s51print; issue 8). Real clients read what khgen wrote:
# LibreOffice's PDF of the .docx and Chromium's print of the .html,
# measured with poppler (tests/hardening/s51print.py), the .docx with
# python-docx, the import of the .docx. Each case fails at 08f292d0
# (session 51's start) unless named a guard:
#  R1  a plan sent to 60 offices and "Lưu: VT" (a long "Nơi nhận"): the
#      block of the recipients and the signature, never split, was taller
#      than a page. LibreOffice's PDF left the body's last page 163 mm
#      short, the closing sentence alone on the next page and the
#      signature on a page of no text; Chromium's left the closing's first
#      line alone at the top of a page. Now the recipients beside the
#      signature are as many as stand as tall as it (10 here), the block
#      whole on the closing's page; the others follow under them, a row
#      (a paragraph) each, on to the next page (render.c,
#      render_recipients_beside, for the .docx and the HTML): in both PDFs
#      the signer's name prints on the page of the closing's "./.", the
#      page before it is full, and the 60 print in order.
#  R2  the .docx of R1: the signing table's first row (never split) holds
#      "Nơi nhận:", recipients 1-10 and the signature; a row each for the
#      others, the one before "Lưu: VT." kept with it.
#  R3  (guard) that .docx imported: the 61 recipients in order, the
#      signature's lines and name, and no warning (the rows under the
#      signer's name continue the list, not "a row pasted below the
#      signature block", KH768).
#  R4  (guard) a list of 20 or fewer prints whole beside the signature:
#      plans/krong-no-2022.yaml's 13 and plans/binh-trung-2024.yaml's 7,
#      "Nơi nhận:" on the line of the signature's first line and the last
#      recipient on that page, in both PDFs.
#  T1  a landscape Biểu of eleven columns, eight of them empty (filled in
#      by hand) under "Cột số liệu 0" ... "7": each empty column kept its
#      header on one line, the table was wider than the page, and every
#      column shrank alike: "Số lượng" printed "lượn" over "g" in both
#      PDFs and "STT" "ST" over "T" in Chromium's, exit 0 and no word. The
#      empty columns now give up width down to their header over three
#      lines (colwidth.c), so both print whole.
#  T3  tests/e2e/plans/le-thuy-2025.yaml's body table "Bảng 2" (six
#      columns on the portrait page): its long texts kept 20 characters and
#      every column shrank alike, "TT" printed "T" over "T" in both PDFs;
#      the long texts now wrap more, down to their longest word and their
#      header's (12 characters at least), before any column shrinks
#      (colwidth.c, wrap_more): "TT" prints whole.
#  T2  a Biểu of 22 number columns headed "Sản lượng": no layout keeps the
#      headers' words whole on a landscape page, and they printed broken
#      with no word, as KH635 says of a text column's word; a header's
#      word of any column is measured now (KH635 at "STT").
#  G1  five Biểu, portrait, landscape, portrait of two pages, landscape
#      of three, portrait: each page in its orientation; each Biểu's first
#      page holds its label, title and first row and no page number; its
#      next pages are numbered 2, 3 in the top margin's middle and repeat
#      the header row; a guard in LibreOffice's PDF; in Chromium's it
#      failed at the start, the repeated header's "STT" printed "ST" over
#      "T" (T1).
# Needs chromium, soffice (libreoffice-writer-nogui), poppler-utils and
# python3-docx (tools/deps.sh test): without them the cases fail, saying
# what to install.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

python=/usr/bin/python3
[ -x "$python" ] || python=python3
measure="$top/tests/hardening/s51print.py"

# pdf ENGINE PLAN: builds PLAN's .html, .docx and its PDF by ENGINE into
# $work/ENGINE; 0 when the PDF is there
pdf() {
    mkdir -p "$work/$1"
    KHGEN_PDF_TIMEOUT=300 "$khgen" build -f html,docx,pdf --pdf-engine "$1" -o "$work/$1" "$2" \
        >"$work/$1/$(basename "$2" .yaml).log" 2>&1
    [ -s "$work/$1/$(basename "$2" .yaml).pdf" ]
}

# measured WHAT ARGS...: the measure's verdict, counted as a case
measured() {
    what=$1
    shift
    if out=$("$python" "$measure" "$@" 2>&1); then
        ok "$what"
    else
        not_ok "$what: $(printf '%s' "$out" | head -c 600)"
    fi
}

# the plans: `khgen init`'s huyện skeleton, with a long list of recipients
# (R1) or with attachments (T1, T2, G1)
"$khgen" init --year 2025 "Tân Phú" -o "$work/base.yaml" >/dev/null 2>&1 || not_ok "init: exit $?"
"$python" - "$work" <<'PY'
import re, sys
work = sys.argv[1]
src = open(work + "/base.yaml", encoding="utf-8").read()
recs = ["Phòng ban số %d của UBND huyện Tân Phú" % i for i in range(1, 61)] + ["Lưu: VT"]
long = re.sub(r"^recipients: .*$", "recipients:\n" + "".join('  - "%s"\n' % r for r in recs),
              src, flags=re.M)
open(work + "/longrec.yaml", "w", encoding="utf-8").write(long)

def att(i, orient, rows, wide=False, title=""):
    s = ("  - id: b%d\n    label: Biểu %02d\n    title: Bảng số liệu số %d%s\n"
         "    orientation: %s\n    suppress: [KH253]\n    columns:\n      - stt\n"
         "      - {key: name, header: Nội dung}\n"
         "      - {key: n, header: Số lượng, type: int, total: true}\n") % (i, i, i, title, orient)
    if wide:
        s += "".join("      - {key: c%d, header: Cột số liệu %d, type: int}\n" % (k, k)
                     for k in range(8))
    s += "    rows:\n" + "".join("      - {name: Nội dung dòng %d của biểu, n: %d}\n" % (r, r)
                               for r in range(1, rows + 1))
    return s + "    totals: Tổng cộng\n"

five = ("attachments:\n" + att(1, "portrait", 5) + att(2, "landscape", 8, wide=True)
        + att(3, "portrait", 60, title=" về việc tổng hợp kết quả thực hiện các tiêu chí nông "
              "thôn mới của các xã trên địa bàn huyện trong năm kế hoạch")
        + att(4, "landscape", 30, wide=True) + att(5, "portrait", 3))
open(work + "/five.yaml", "w", encoding="utf-8").write(src + "\n" + five)

nums = ("attachments:\n  - id: w\n    label: Biểu 01\n    title: Sản lượng các xã\n"
        "    suppress: [KH253]\n    columns:\n      - stt\n      - {key: name, header: Xã}\n"
        + "".join("      - {key: c%d, header: Sản lượng, type: int}\n" % k for k in range(22))
        + "    rows:\n" + "".join("      - {name: Xã %d, %s}\n" % (r, ", ".join(
            "c%d: %d" % (k, r) for k in range(22))) for r in range(1, 4)))
open(work + "/nums.yaml", "w", encoding="utf-8").write(src + "\n" + nums)
PY

# ---- R1, R2, R3: a long list of recipients ---------------------------------------------
for engine in libreoffice chromium; do
    if pdf $engine "$work/longrec.yaml"; then
        measured "R1 $engine: 60 recipients and 'Lưu: VT': the signature on the page of the closing's './.', the page before it full, the 60 printed in order" \
            signing "$work/$engine/longrec.pdf" 60
    else
        not_ok "R1 $engine: no PDF (install it: sh tools/deps.sh test): $(tail -c 300 "$work/$engine/longrec.log")"
    fi
done
measured "R2 the .docx's signing table: the first row (cantSplit) 'Nơi nhận:', recipients 1-10 and the signature; a row each for the other 51, the one before 'Lưu: VT.' kept with it" \
    docxsign "$work/libreoffice/longrec.docx" 61 10
"$khgen" import -o "$work/longrec-back.yaml" --force "$work/libreoffice/longrec.docx" >"$work/r3.out" 2>&1
status=$?
got=$("$python" - "$work/longrec-back.yaml" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
block = s[s.index("recipients:"):s.index("signature:")]
items = [i.strip('"') for i in re.findall(r"^  - (.*)$", block, re.M)]
want = ["Phòng ban số %d của UBND huyện Tân Phú" % i for i in range(1, 61)] + ["Lưu: VT"]
sig = s[s.index("signature:"):]
print("ok" if items == want and "TM. ỦY BAN NHÂN DÂN" in sig and "CHỦ TỊCH" in sig
      and "name: Nguyễn Văn A" in sig else "recipients %d, signature %r" % (len(items), sig[:120]))
PY
)
if [ "$status" -eq 0 ] && [ ! -s "$work/r3.out" ] && [ "$got" = ok ]; then
    ok "R3 (guard) the .docx imported: its 61 recipients in order, the signature, no warning"
else
    not_ok "R3 import: exit $status, $got, $(head -c 300 "$work/r3.out")"
fi

# ---- R4: a list of 20 or fewer, whole beside the signature -----------------------------
for plan in krong-no-2022 binh-trung-2024; do
    for engine in libreoffice chromium; do
        if pdf $engine "$top/plans/$plan.yaml"; then
            measured "R4 (guard) $engine: $plan's recipients whole beside the signature, 'Nơi nhận:' on its first line's line" \
                beside "$work/$engine/$plan.pdf"
        else
            not_ok "R4 $engine $plan: no PDF: $(tail -c 300 "$work/$engine/$plan.log")"
        fi
    done
done

# ---- T1, G1: five Biểu; a wide one's header words --------------------------------------
for engine in libreoffice chromium; do
    if pdf $engine "$work/five.yaml"; then
        measured "T1 $engine: Biểu 02's headers 'STT' and 'Số lượng' whole beside eight empty columns" \
            words "$work/$engine/five.pdf" 4 STT Số lượng
        case $engine in
        libreoffice) what="G1 (guard) $engine" ;;
        *) what="G1 $engine (not a guard: its repeated header printed 'ST' over 'T' at the start, T1)" ;;
        esac
        measured "$what: five Biểu, P, L, P of 2 pages, L of 3, P: orientation, label, title and first row on the first page, its pages numbered 2, 3 with the header row repeated" \
            attachments "$work/$engine/five.pdf" P:1,L:1,P:2,L:3,P:1
    else
        not_ok "T1 $engine: no PDF: $(tail -c 300 "$work/$engine/five.log")"
    fi
done

# ---- T3: a body table's "TT" on a portrait page ------------------------------------------
for engine in libreoffice chromium; do
    if pdf $engine "$top/tests/e2e/plans/le-thuy-2025.yaml"; then
        measured "T3 $engine: le-thuy-2025's body table 'Bảng 2' prints its header 'TT' whole" \
            words "$work/$engine/le-thuy-2025.pdf" "@Bảng 2." TT
    else
        not_ok "T3 $engine: no PDF: $(tail -c 300 "$work/$engine/le-thuy-2025.log")"
    fi
done

# ---- T2: a header's word no layout keeps whole, said ------------------------------------
"$khgen" build -f html -o "$work/t2" "$work/nums.yaml" >"$work/t2.out" 2>&1
status=$?
if [ "$status" -eq 0 ] && grep -q "warning\[KH635\]: Biểu 01 is too wide for its page: the word '[^']*' of column '\(STT\|Sản lượng\)'" "$work/t2.out"; then
    ok "T2 22 number columns headed 'Sản lượng': KH635 names a header's word the page has no room for"
else
    not_ok "T2: exit $status: $(head -c 400 "$work/t2.out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
