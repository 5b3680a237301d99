#!/bin/sh
# tests/hardening/s53print.sh KHGEN WORKDIR - the printed documents (session
# 53): the end mark of a signed plan without a closing. Each case fails at
# 8bad564e (session 53's start) unless it is named a guard:
#  P1   a signed plan (its `signature` written) without a `closing` printed
#       no "./." anywhere, exit 0, no word, where Nghị định 30/2020 ends
#       the text with it after the last word; many plans end so, with the
#       last clause of "Tổ chức thực hiện". Now the body's last piece takes
#       it, in the .md, the .html and the .docx (one decision, body_end.c):
#       a clause's text, a point, a bullet in emphasis, a task's last line
#       ("+ Thời gian thực hiện: ..."), a titled task's text, a task's last
#       paragraph; exactly once, check silent.
#  P1p  the same in the PDF, printed by LibreOffice and by Chromium
#       (pdftotext): "./." after the last sentence.
#  P2   a signed plan without a closing whose body ends with a table, or
#       prints nothing, has no sentence to take the mark: KH184 at the
#       table, at the signature (it was silent), and no "./." printed
#       alone; a body's last point ending with ':' is KH163 and prints
#       "./." in its place, as a closing's.
#  P2g  (guard) a draft without a signature nor closing prints no "./.",
#       and a plan with its closing prints it once, after the closing:
#       kills a mutant that marks every body, or the body beside the
#       closing.
#  P3   import of a document whose text ends with a numbered clause
#       ending "./." (a signed plan without a closing, as khgen now prints
#       it, or as offices write it) took that clause for the closing, the
#       clause lost from the body, exit 0; now it stays in the body, no
#       closing, and the plan builds the same words.
#  T1   a Biểu row taller than a page (a cell of 9,500 characters) was told
#       never to split, as every row: Chromium began it on a page of its
#       own, the Biểu's first page left with its first row and ~200 mm
#       empty, a page more than LibreOffice's (s52print's LOW); now such a
#       row, and only it, may split (layout_row_splits: the HTML's class
#       "split", the .docx's row without cantSplit), and Chromium prints
#       it from under the first row, the pages as many as LibreOffice's.
#  T1g  (guard) the rows of a page's height or less keep never splitting:
#       the other rows of the Biểu, and the rows of every plan of plans/
#       (no "split" in their .html, a cantSplit on every .docx row).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# plan NAME BODY [SIGNATURE]: a plan without a closing, $work/NAME.yaml,
# signed unless SIGNATURE is given (empty: none)
signed='signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn An}'
plan() {
    cat >"$work/$1.yaml" <<YAML
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  number: "12"
  code: KH-UBND
  place: An Bình
  date: 2026-01-15
  title: Thực hiện Chương trình xây dựng nông thôn mới năm 2026
opening: UBND xã xây dựng Kế hoạch như sau.
$2
recipients: [UBND tỉnh, "Lưu: VT"]
${3-$signed}
YAML
}

# the text of FILE (.md, .html, .docx) as one line a shape can be grepped in
text_of() {
    case $1 in
    *.docx) unzip -p "$1" word/document.xml | sed 's/<[^>]*>//g' ;;
    *.html) sed 's/<[^>]*>//g' "$1" ;;
    *) sed 's/[\\*]//g' "$1" ;;
    esac | tr '\n' ' '
}

# ---- P1: the end mark after the body's last piece --------------------------------------
bad=
n=0
for c in \
    "clause|body:\n  - section: TỔ CHỨC THỰC HIỆN\n    items:\n      - clause: Văn phòng UBND xã\n        text: Theo dõi, tổng hợp, báo cáo kết quả thực hiện|báo cáo kết quả thực hiện./." \
    "point|body:\n  - section: TỔ CHỨC THỰC HIỆN\n    items:\n      - point: Các đơn vị báo cáo kết quả về UBND xã.|báo cáo kết quả về UBND xã./." \
    "bullet|body:\n  - para: Mở đầu.\n  - bullet: \"*Thường xuyên kiểm tra, đôn đốc*\"|Thường xuyên kiểm tra, đôn đốc./." \
    "taskline|units: [{id: vp, name: Văn phòng UBND xã}]\nbody:\n  - task: Theo dõi, tổng hợp kết quả\n    lead: vp\n    due: 2026-12-15|Thời gian thực hiện: ngày 15/12/2026./." \
    "tasktext|body:\n  - task: Tổng kết\n    text: Tổ chức hội nghị tổng kết năm 2026\n    show: []|hội nghị tổng kết năm 2026./." \
    "taskparas|body:\n  - task: \"\"\n    text: [Đoạn một., Đoạn hai kết thúc]\n    show: []|Đoạn hai kết thúc./."; do
    name=${c%%|*}
    rest=${c#*|}
    body=${rest%%|*}
    want=${rest#*|}
    n=$((n + 1))
    plan "p1-$name" "$(printf '%b' "$body")"
    "$khgen" check "$work/p1-$name.yaml" >"$work/p1-$name.chk" 2>&1 && [ ! -s "$work/p1-$name.chk" ] ||
        bad="$bad [$name: check: $(head -c 300 "$work/p1-$name.chk")]"
    "$khgen" build -f md,html,docx -o "$work/p1" "$work/p1-$name.yaml" >"$work/p1-$name.out" 2>&1 ||
        bad="$bad [$name: build exit $?: $(head -c 300 "$work/p1-$name.out")]"
    for f in md html docx; do
        t=$(text_of "$work/p1/p1-$name.$f")
        case $t in *"$want"*) ;; *) bad="$bad [$name.$f: no '$want']" ;; esac
        k=$(printf '%s' "$t" | grep -o '\./\.' | wc -l)
        [ "$k" -eq 1 ] || bad="$bad [$name.$f: './.' $k times]"
    done
done
if [ -z "$bad" ]; then
    ok "P1 a signed plan without a closing ends its text with './.' after the body's last piece ($n shapes: a clause's text, a point, a bullet in emphasis, a task's line, its text, its last paragraph), once, in the .md, .html and .docx; check silent"
else
    not_ok "P1:$bad"
fi

# ---- P1p: the PDF, both engines ------------------------------------------------------
bad=
if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    for e in libreoffice chromium; do
        "$khgen" build -f pdf --pdf-engine "$e" -o "$work/p1p-$e" "$work/p1-clause.yaml" >"$work/p1p.out" 2>&1 ||
            bad="$bad [$e: exit $?: $(head -c 300 "$work/p1p.out")]"
        t=$(pdftotext "$work/p1p-$e/p1-clause.pdf" - 2>/dev/null | tr '\n' ' ')
        case $t in *"báo cáo kết quả thực hiện./."*) ;; *) bad="$bad [$e: no './.' in the PDF]" ;; esac
    done
    if [ -z "$bad" ]; then
        ok "P1p the PDF of a signed plan without a closing (LibreOffice's and Chromium's) ends its text with './.'"
    else
        not_ok "P1p:$bad"
    fi
else
    not_ok "P1p: soffice, chromium or pdftotext not installed (make deps-test)"
fi

# ---- P2: no sentence to take the mark ---------------------------------------------------
bad=
plan p2-table "body:
  - para: Nội dung.
  - table: Dự trù kinh phí
    columns:
      - {key: c1, header: Nội dung}
    rows:
      - {c1: Áo phao}"
plan p2-empty "body: []"
plan p2-colon "body:
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - point: \"Các đơn vị báo cáo về UBND xã:\""
"$khgen" check "$work/p2-table.yaml" >"$work/p2.out" 2>&1
grep -q '^.*p2-table.yaml:13:5: warning\[KH184\]: the plan is signed and has no .closing., and its body ends with this table' "$work/p2.out" ||
    bad="$bad [table: $(head -c 300 "$work/p2.out")]"
"$khgen" check "$work/p2-empty.yaml" >"$work/p2.out" 2>&1
grep -q 'p2-empty.yaml:13:12: warning\[KH184\]: .*body prints nothing' "$work/p2.out" ||
    bad="$bad [empty: $(head -c 300 "$work/p2.out")]"
"$khgen" check "$work/p2-colon.yaml" >"$work/p2.out" 2>&1
grep -q "p2-colon.yaml:14:17: warning\[KH163\]: the plan has no closing, so its text ends here, and this ends with ':'" "$work/p2.out" ||
    bad="$bad [colon: $(head -c 300 "$work/p2.out")]"
for p in p2-table p2-empty p2-colon; do
    "$khgen" build -f md,html,docx -o "$work/p2" "$work/$p.yaml" >/dev/null 2>&1 || bad="$bad [$p: build exit $?]"
done
for f in md html docx; do
    for p in p2-table p2-empty; do
        case $(text_of "$work/p2/$p.$f") in *"./."*) bad="$bad [$p.$f: a './.' printed]" ;; esac
    done
    case $(text_of "$work/p2/p2-colon.$f") in *"báo cáo về UBND xã./."*) ;; *) bad="$bad [p2-colon.$f: not 'xã./.']" ;; esac
done
if [ -z "$bad" ]; then
    ok "P2 a signed plan without a closing whose body ends with a table, or prints nothing: KH184 (at the table, the signature), no './.' printed; its last point ending ':' is KH163, printed 'xã./.'"
else
    not_ok "P2:$bad"
fi

# ---- P2g: (guard) a draft, and a plan with its closing ----------------------------------
bad=
plan p2g-draft "body:
  - para: Nội dung chưa xong" ""
plan p2g-closed "body:
  - para: Nội dung xong
closing: Trên đây là Kế hoạch của UBND xã"
for p in p2g-draft p2g-closed; do
    "$khgen" check "$work/$p.yaml" >"$work/$p.chk" 2>&1
    "$khgen" build -f md,html,docx -o "$work/p2g" "$work/$p.yaml" >/dev/null 2>&1 || bad="$bad [$p: build exit $?]"
done
[ ! -s "$work/p2g-closed.chk" ] || bad="$bad [closed: $(head -c 300 "$work/p2g-closed.chk")]"
for f in md html docx; do
    case $(text_of "$work/p2g/p2g-draft.$f") in *"./."*) bad="$bad [draft.$f: a './.']" ;; esac
    t=$(text_of "$work/p2g/p2g-closed.$f")
    k=$(printf '%s' "$t" | grep -o '\./\.' | wc -l)
    case $t in *"của UBND xã./."*) [ "$k" -eq 1 ] || bad="$bad [closed.$f: $k marks]" ;;
    *) bad="$bad [closed.$f: no mark after the closing]" ;; esac
    case $t in *"Nội dung xong./."*) bad="$bad [closed.$f: the body marked]" ;; esac
done
if [ -z "$bad" ]; then
    ok "P2g (guard) a draft without signature nor closing prints no './.'; a plan with its closing prints it once, after the closing, not after the body"
else
    not_ok "P2g:$bad"
fi

# ---- P3: import keeps a numbered last clause ending "./." in the body ---------------------
bad=
cat >"$work/p3.txt" <<'TXT'
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện Chương trình xây dựng nông thôn mới năm 2026

I. MỤC TIÊU
Hoàn thành các tiêu chí nông thôn mới.
II. TỔ CHỨC THỰC HIỆN
1. Các đơn vị triển khai thực hiện kế hoạch này.
2. Văn phòng UBND xã theo dõi, tổng hợp, báo cáo kết quả thực hiện./.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
TXT
"$khgen" import -o "$work/p3.yaml" "$work/p3.txt" >"$work/p3.out" 2>&1 || bad="$bad [import exit $?: $(head -c 300 "$work/p3.out")]"
grep -q '^closing:' "$work/p3.yaml" && bad="$bad [a closing: $(grep '^closing:' "$work/p3.yaml" | head -c 200)]"
grep -q 'Văn phòng UBND xã theo dõi, tổng hợp, báo cáo kết quả thực hiện' "$work/p3.yaml" ||
    bad="$bad [the clause lost]"
"$khgen" build -f md -o "$work/p3o" "$work/p3.yaml" >/dev/null 2>&1 || bad="$bad [build exit $?]"
t=$(text_of "$work/p3o/p3.md")
case $t in *"2. Văn phòng UBND xã theo dõi, tổng hợp, báo cáo kết quả thực hiện./."*) ;;
*) bad="$bad [built: $(printf '%s' "$t" | grep -o '.\{80\}\./\..\{0,20\}' | head -1)]" ;; esac
k=$(printf '%s' "$t" | grep -o '\./\.' | wc -l)
[ "$k" -eq 1 ] || bad="$bad [built: './.' $k times]"
if [ -z "$bad" ]; then
    ok "P3 import of a text ending with a numbered clause '... ./.' keeps the clause in the body (no closing); built, it prints the same words, './.' once"
else
    not_ok "P3:$bad"
fi

# ---- T1: a row taller than a page --------------------------------------------------------
bad=
/usr/bin/python3 - "$work/t1.yaml" <<'PY'
import sys
sent = ("Rà soát, cập nhật hồ sơ minh chứng các tiêu chí của xã theo hướng dẫn "
        "của tỉnh, bảo đảm đầy đủ, chính xác và kịp thời. ")
tall = (sent * 80).strip()
with open(sys.argv[1], "w") as f:
    f.write("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  number: "12"
  code: KH-UBND
  place: An Bình
  date: 2026-01-15
  title: Thực hiện Chương trình xây dựng nông thôn mới năm 2026
opening: UBND xã xây dựng Kế hoạch như sau.
body:
  - para: "Chi tiết theo {att b1} đính kèm."
closing: Trên đây là Kế hoạch của UBND xã An Bình.
recipients: [UBND tỉnh, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn An}
attachments:
  - id: b1
    label: Biểu 01
    title: Nhiệm vụ năm {year}
    columns:
      - stt
      - {key: ten, header: Nội dung}
      - {key: dv, header: Đơn vị}
    rows:
      - {ten: Việc ngắn, dv: Văn phòng}
      - {ten: "%s", dv: Văn phòng}
      - {ten: Việc sau, dv: Văn phòng}
""" % tall)
PY
"$khgen" build -f html,docx -o "$work/t1" "$work/t1.yaml" >"$work/t1.out" 2>&1 || bad="$bad [build exit $?: $(head -c 300 "$work/t1.out")]"
# the tall row alone is "split" in the .html, without cantSplit in the .docx
n=$(grep -c '<tr class="split">' "$work/t1/t1.html")
[ "$n" -eq 1 ] || bad="$bad [html: $n rows split]"
grep '<tr class="split">' "$work/t1/t1.html" | grep -q 'Rà soát' || bad="$bad [html: not the tall row]"
/usr/bin/python3 - "$work/t1/t1.docx" >"$work/t1.rows" <<'PY' || bad="$bad [docx: $(cat "$work/t1.rows")]"
import re, sys, zipfile
x = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
rows = re.findall(r"<w:tr>.*?</w:tr>", x, re.S)
free = [r for r in rows if "<w:cantSplit/>" not in r and "Rà soát" in r]
kept = [r for r in rows if "<w:cantSplit/>" in r]
# the header table, the signing rows: rows without "Rà soát" keep theirs
if len(free) != 1 or any("Rà soát" in r for r in kept):
    print("free %d, kept tall %d" % (len(free), sum("Rà soát" in r for r in kept)))
    sys.exit(1)
PY
if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
    KHGEN_PDF_TIMEOUT=600 "$khgen" build -f pdf --pdf-engine chromium -o "$work/t1c" "$work/t1.yaml" >/dev/null 2>&1 ||
        bad="$bad [chromium: exit $?]"
    KHGEN_PDF_TIMEOUT=600 "$khgen" build -f pdf -o "$work/t1l" "$work/t1.yaml" >/dev/null 2>&1 ||
        bad="$bad [libreoffice: exit $?]"
    pc=$(pdfinfo "$work/t1c/t1.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    pl=$(pdfinfo "$work/t1l/t1.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    [ -n "$pc" ] && [ "$pc" = "$pl" ] || bad="$bad [pages: Chromium ${pc:-?}, LibreOffice ${pl:-?}]"
    # the Biểu's first page holds the tall row's start under the first row
    for e in t1c t1l; do
        first=$(pdftotext -layout "$work/$e/t1.pdf" - 2>/dev/null | awk 'BEGIN{RS="\f"} /Kèm theo Kế hoạch/ {print; exit}')
        printf '%s' "$first" | grep -q 'Rà soát, cập nhật hồ sơ' || bad="$bad [$e: the tall row not begun on the Biểu's first page]"
    done
else
    bad="$bad [soffice, chromium or pdfinfo not installed (make deps-test)]"
fi
if [ -z "$bad" ]; then
    ok "T1 a Biểu row taller than a page (9,500 characters) may split, it alone ('split' in the .html, no cantSplit in the .docx): Chromium begins it under the first row, its pages as many as LibreOffice's"
else
    not_ok "T1:$bad"
fi

# ---- T1g: (guard) every other row never splits ------------------------------------------
bad=
for p in "$top"/plans/*.yaml "$top"/tests/e2e/plans/*.yaml; do
    b=$(basename "$p" .yaml)
    "$khgen" build -f html,docx -o "$work/t1g" "$p" >/dev/null 2>&1 || bad="$bad [$b: build exit $?]"
    grep -q 'class="[^"]*split' "$work/t1g/$b.html" && bad="$bad [$b.html: a row split]"
    /usr/bin/python3 - "$work/t1g/$b.docx" <<'PY' || bad="$bad [$b.docx: a Biểu row without cantSplit]"
import re, sys, zipfile
x = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
rows = [r for r in re.findall(r"<w:tr>.*?</w:tr>", x, re.S) if 'w:val="KHTable"' in r]
sys.exit(0 if rows and all("<w:cantSplit/>" in r for r in rows) else 1)
PY
done
if [ -z "$bad" ]; then
    ok "T1g (guard) the rows of a page's height or less never split: no 'split' row in the .html, a cantSplit on every .docx row, of every plan of plans/ and tests/e2e/plans/"
else
    not_ok "T1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
