#!/bin/sh
# tests/hardening/s43lead.sh KHGEN WORKDIR - what a province department's IT
# officer found from the README alone (session 43's s43user; issue 8),
# fixed by the lead. Each case fails at main d5be71a7 unless named a guard:
#  F1  a Word table's stale "Tổng cộng" row, which `khgen import` writes
#      with its label in the STT column (Word merges STT and the name in
#      that row), printed a total the rows above it do not add up to, with
#      exit 0 and no word: KH629 read the label in text cells only. It
#      reads the STT cell too now; a total that adds up stays silent
#      (guard).
#  F18 `khgen build -o out xa` (a directory of plans, the first thing she
#      typed) said only "name the file itself"; `xa/` said its name was
#      hidden. Both say it is a directory now, with the pattern that names
#      its plans (a note after KH031), in Vietnamese too; nothing written.
#  F15 a task's title line ("- Huy động và sử dụng nguồn lực") ended page 1
#      of every init skeleton's PDF, its text and "+" lines on page 2, in
#      both engines: a task's title is kept with what it heads now (the
#      shared rule render_keeps_with_next: keepNext in the .docx, the
#      "keep-next" class in the HTML); a task with no title, its text
#      carrying the marker, is a paragraph of content (guard). The PDF of
#      LibreOffice (the default engine) is looked at when soffice is here.
# A few runs of khgen: under a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES

# ---- F1: a typed total with its label in the STT column ---------------------
# stt_total NAME TOTAL: a plan whose Biểu, as import writes it, ends with a
# typed "Tổng cộng" row in the STT column giving TOTAL
stt_total() {
    small "$1" <<EOF
units:
  - {id: vp, name: Văn phòng}
body:
  - section: MỤC TIÊU
    items:
      - para: Chi tiết theo {att b1} đính kèm; {unit vp} tổng hợp.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
attachments:
  - id: b1
    label: Biểu 01
    title: Kế hoạch vốn
    columns:
      - {key: c1, header: STT, type: stt}
      - {key: c2, header: Nội dung}
      - {key: c3, header: Vốn, type: int}
    rows:
      - {c1: "1", c2: Giao thông, c3: 50000}
      - {c1: "2", c2: Thủy lợi, c3: 20000}
      - {c1: "Tổng cộng", c2: "", c3: $2}
EOF
}
stt_total stale 65000
"$khgen" check "$work/p/stale.yaml" >/dev/null 2>"$work/f1.err"
if grep -q "stale.yaml:[0-9]*:[0-9]*: warning\[KH629\]: the row 'Tổng cộng' gives 65.000 for 'Vốn', but the rows above it add up to 70.000" "$work/f1.err"; then
    ok "F1 a stale 'Tổng cộng' typed in the STT column: KH629 at its figure"
else
    not_ok "F1 stale total in the STT column: $(head -c 400 "$work/f1.err")"
fi
stt_total right 70000
"$khgen" check "$work/p/right.yaml" >/dev/null 2>"$work/f1b.err"
st=$?
if [ "$st" -eq 0 ] && ! grep -q KH629 "$work/f1b.err"; then
    ok "F1 guard: a 'Tổng cộng' in the STT column that adds up: no KH629"
else
    not_ok "F1 guard: exit $st: $(head -c 400 "$work/f1b.err")"
fi

# ---- F18: a directory named as the plan ------------------------------------
mkdir -p "$work/f18/xa/an-binh" && cp "$work/p/right.yaml" "$work/f18/xa/an-binh/"
(cd "$work/f18" && "$khgen" build -o out xa/ >/dev/null 2>"$work/f18.err")
st=$?
if [ "$st" -eq 3 ] && [ ! -e "$work/f18/out" ] &&
    grep -q "^xa/: error\[KH031\]: the plan 'xa/' is not a regular file (a directory)" "$work/f18.err" &&
    grep -q "^xa/: note: .*pattern the shell expands: xa/\*\.yaml (xa/\*/\*\.yaml: a directory per commune)" "$work/f18.err" &&
    ! grep -q hidden "$work/f18.err"; then
    ok "F18 build of a directory: KH031 and the pattern that names its plans, nothing written"
else
    not_ok "F18 directory: exit $st: $(head -c 500 "$work/f18.err")"
fi
(cd "$work/f18" && LC_ALL=vi_VN.UTF-8 "$khgen" check xa >/dev/null 2>"$work/f18b.err")
if grep -q "^xa: note: .*mẫu để shell mở rộng: xa/\*\.yaml" "$work/f18b.err"; then
    ok "F18 the note in Vietnamese"
else
    not_ok "F18 Vietnamese: $(head -c 500 "$work/f18b.err")"
fi

# ---- F15: a task's title kept with its text ----------------------------------
mkdir -p "$work/f15"
"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o "$work/f15/tp.yaml" >/dev/null 2>&1
"$khgen" build -f html,docx -o "$work/f15/out" "$work/f15/tp.yaml" >/dev/null 2>"$work/f15.err"
/usr/bin/python3 - "$work/f15/out/tp.docx" "$work/f15/out/tp.html" >"$work/f15.txt" 2>&1 <<'PY'
import re, sys, zipfile
doc = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()
paras = re.findall(r'<w:p>.*?</w:p>|<w:p .*?</w:p>', doc)
titled = [p for p in paras if 'w:val="KHTask"' in p and 'Huy động và sử dụng' in p]
html = open(sys.argv[2], encoding='utf-8').read()
kept = re.search(r'<p class="task keep-next">[^<]*Huy động và sử dụng', html)
print('docx', len(titled), sum('<w:keepNext/>' in p for p in titled), 'html', bool(kept))
PY
if grep -q '^docx 1 1 html True$' "$work/f15.txt"; then
    ok "F15 a task's title keeps with its text: keepNext in the .docx, keep-next in the HTML"
else
    not_ok "F15 task title: $(head -c 400 "$work/f15.txt") $(head -c 200 "$work/f15.err")"
fi
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    "$khgen" build -f pdf -o "$work/f15/pdf" "$work/f15/tp.yaml" >/dev/null 2>&1
    last=$(pdftotext -f 1 -l 1 "$work/f15/pdf/tp.pdf" - 2>/dev/null | grep -v '^[[:space:]]*$' | tail -n 1)
    if [ -n "$last" ] && ! printf '%s' "$last" | grep -q '^- '; then
        ok "F15 page 1 of the skeleton's PDF does not end with a task's title ('$last')"
    else
        not_ok "F15 page 1 ends with '$last'"
    fi
else
    not_ok "F15 PDF: soffice or pdftotext missing (sh tools/deps.sh test installs them)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
