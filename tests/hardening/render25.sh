#!/bin/sh
# tests/hardening/render25.sh KHGEN WORKDIR - what the twenty-sixth
# black-box attack found (issue 8; /tmp/s25render/findings.md in its
# session), weighted toward what khgen writes, each output opened in its
# real client:
#  F1 a word longer than its line (a web address, a code or a name pasted
#     without spaces) in the header's issuer, the subject line, a heading,
#     a unit's name, the signer's name or an attachment's title or cell:
#     the .html printed by Chromium (the print of the HTML, and the PDF of
#     `--pdf-engine chromium`) ran it past the page's edge and lost all
#     that went past it (a fifth of each such word was printed; the issuer
#     ran over the national name, a cell over its neighbours), exit 0 and
#     no word. LibreOffice's print of the .docx broke it at the edge. Now
#     the HTML breaks it there too (plan.css: overflow-wrap: anywhere);
#  F2 the Arabic letter mark U+061C, one of Unicode's bidirectional
#     controls (it reorders the digits and marks around it, as U+200F
#     does), typed or written as an escape in a value: no KH020, where
#     every other bidirectional control has one, the character kept in
#     every format, and echoed raw to the terminal in the source line of a
#     message. Now KH020 (typed and as an escape) and the echo shows it as
#     the others, one list of the controls for all (unispace.c);
#  F3 the tag characters U+E0000-U+E007F (an invisible copy of ASCII: a
#     hidden text after a visible one, "ASCII smuggling") and the other
#     characters that print as nothing past the zero-width ones: no KH020,
#     kept in every format; in an id, "its '' is U+E0041, a letter of
#     another alphabet that prints like a Latin one", the character raw in
#     the message. Now KH020 at each (typed or as an escape), and the
#     message shows it as \U000E0041; `khgen diff` showed "[-chính-]{+chính+}"
#     for a name that gained a hidden text, and names them now.
set -u
. "$(dirname "$0")/timed.sh"

# ---- F1: a word longer than its line, printed from the HTML --------------------
mkdir -p "$work/f1"
/usr/bin/python3 - "$work/f1/long.yaml" <<'PY'
import sys
w = lambda t: t * 80
plan = f"""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, "HUYỆN {w('NINH')}"]
  issuer_short: UBND huyện Yên Thế
  place: Yên Thế
  date: 2024-01-15
  title: Triển khai {w('Bình')} năm 2024
opening: "UBND huyện xây dựng Kế hoạch như sau:"
units:
  - {{id: tckh, name: "Phòng {w('Khánh')}"}}
body:
  - section: MỤC {w('TIÊU')}
    items:
      - para: Hoàn thành các nhiệm vụ ({{att bieu01}}).
      - task: ""
        text: Tham mưu phân bổ nguồn vốn năm {{year}}.
        lead: tckh
        due: 2024-06-30
closing: Trên đây là Kế hoạch năm {{year}} của UBND huyện.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn {w('Lâm')} A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh {w('phú')}
    columns:
      - {{key: stt, type: stt, header: TT}}
      - {{key: ten, header: Tên}}
      - {{key: so, type: int, header: Số}}
    rows:
      - {{ten: "{w('Hưng')}", so: 1}}
      - {{ten: Đồng Hưu, so: 2}}
"""
open(sys.argv[1], "w", encoding="utf-8").write(plan)
PY
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    echo "skip - F1: Chromium or poppler's pdftotext is not installed"
elif ! "$khgen" build -f html -o "$work/f1/o" "$work/f1/long.yaml" >/dev/null 2>"$work/f1/b.err"; then
    not_ok "F1: build: $(head -c 400 "$work/f1/b.err")"
else
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$work/f1/profile" --print-to-pdf="$work/f1/long.pdf" \
        "file://$work/f1/o/long.html" >/dev/null 2>&1
    if [ ! -s "$work/f1/long.pdf" ]; then
        not_ok "F1: Chromium printed no PDF of the .html"
    else
        # every letter of each long word is printed: the text in reading
        # order, its line breaks and spaces removed (a word broken at the
        # page's edge is whole again), counts each one's 80 syllables
        pdftotext "$work/f1/long.pdf" - | tr -d ' \n' >"$work/f1/long.txt"
        lost=""
        for token in NINH Bình TIÊU Khánh Lâm PHÚ Hưng; do
            n=$(grep -o "$token" "$work/f1/long.txt" | wc -l)
            [ "$n" -eq 80 ] || lost="$lost $token:$n"
        done
        if [ -z "$lost" ]; then
            ok "F1: a word longer than its line is printed whole by Chromium (issuer, subject, heading, unit, signer, Biểu's title and cell)"
        else
            not_ok "F1: Chromium's print of the .html lost letters of a long word (printed of 80:$lost)"
        fi
    fi
fi

# ---- F2: the Arabic letter mark U+061C -----------------------------------------
mkdir -p "$work/f2"
/usr/bin/python3 - "$work/f2" <<'PY'
import sys
d = sys.argv[1]
plan = """khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]
  issuer_short: UBND huyện Yên Thế
  place: Yên Thế
  date: 2024-01-15
  title: Triển khai năm 2024
opening: "UBND huyện xây dựng Kế hoạch như sau:"
units:
  - {id: tckh, name: UNIT}
body:
  - section: MỤC TIÊU
    items:
      - task: ""
        text: Tham mưu phân bổ nguồn vốn năm {year}.
        lead: tckh
        due: 2024-06-30
closing: Trên đây là Kế hoạch năm {year} của UBND huyện.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
"""
open(d + "/typed.yaml", "w", encoding="utf-8").write(
    plan.replace("UNIT", "Phòng Tài chính 12 - \u061c34 Kế hoạch"))
open(d + "/escaped.yaml", "w", encoding="utf-8").write(
    plan.replace("UNIT", '"Phòng Tài chính 12 - \\u061C34 Kế hoạch"'))
open(d + "/plain.yaml", "w", encoding="utf-8").write(
    plan.replace("UNIT", "Phòng Tài chính - Kế hoạch"))
PY
alm=$(printf '\330\234')
"$khgen" check "$work/f2/typed.yaml" >/dev/null 2>"$work/f2/typed.err"
st=$?
if [ $st -eq 0 ] && [ "$(grep -c 'warning\[KH020\]' "$work/f2/typed.err")" = 1 ] &&
    grep -q "^$work/f2/typed.yaml:10:43: warning\[KH020\]: invisible bidirectional control U+061C" "$work/f2/typed.err" &&
    ! grep -q "$alm" "$work/f2/typed.err"; then
    ok "F2: a typed U+061C is KH020 at its column, and its source line is echoed without it"
else
    not_ok "F2: typed: status $st: $(head -c 500 "$work/f2/typed.err" | od -c | grep -c '330 234') raw; $(head -c 400 "$work/f2/typed.err")"
fi
"$khgen" check "$work/f2/escaped.yaml" >/dev/null 2>"$work/f2/escaped.err"
st=$?
if [ $st -eq 0 ] &&
    grep -q "^$work/f2/escaped.yaml:10:44: warning\[KH020\]: invisible bidirectional control U+061C written as an escape" "$work/f2/escaped.err"; then
    ok "F2: U+061C written as an escape is KH020 at the escape"
else
    not_ok "F2: escaped: status $st: $(head -c 400 "$work/f2/escaped.err")"
fi
# -Werror refuses it, as any bidirectional control, and the plan without it is clean
"$khgen" check -Werror "$work/f2/typed.yaml" >/dev/null 2>&1
st=$?
"$khgen" check -Werror "$work/f2/plain.yaml" >/dev/null 2>"$work/f2/plain.err"
st2=$?
if [ $st -ne 0 ] && [ $st2 -eq 0 ]; then
    ok "F2: -Werror refuses the plan with U+061C, not the one without"
else
    not_ok "F2: -Werror: with U+061C $st, without $st2: $(head -c 300 "$work/f2/plain.err")"
fi

# ---- F3: tag characters and the other invisible characters ---------------------
mkdir -p "$work/f3"
/usr/bin/python3 - "$work/f2/plain.yaml" "$work/f3" <<'PY'
import sys
plan = open(sys.argv[1], encoding="utf-8").read()
d = sys.argv[2]
hidden = "".join(chr(0xE0000 + ord(c)) for c in "IGNORE")
open(d + "/typed.yaml", "w", encoding="utf-8").write(
    plan.replace("Phòng Tài chính - Kế hoạch", "Phòng Tài chính" + hidden + " - Kế\u2062 hoạch"))
open(d + "/escaped.yaml", "w", encoding="utf-8").write(
    plan.replace("Phòng Tài chính - Kế hoạch", '"Phòng Tài chính\\U000E0049 - Kế hoạch"'))
open(d + "/id.yaml", "w", encoding="utf-8").write(
    plan.replace("lead: tckh", 'lead: "tc\\U000E0041kh"'))
PY
"$khgen" check "$work/f3/typed.yaml" >/dev/null 2>"$work/f3/typed.err"
st=$?
if [ $st -eq 0 ] && [ "$(grep -c 'warning\[KH020\]' "$work/f3/typed.err")" = 7 ] &&
    grep -q "^$work/f3/typed.yaml:10:37: warning\[KH020\]: invisible zero-width character U+E0049:" "$work/f3/typed.err" &&
    grep -q "^$work/f3/typed.yaml:10:42: warning\[KH020\]: invisible zero-width character U+E0045:" "$work/f3/typed.err" &&
    grep -q "^$work/f3/typed.yaml:10:48: warning\[KH020\]: invisible zero-width character U+2062:" "$work/f3/typed.err"; then
    ok "F3: six typed tag characters and an invisible times are KH020 each, at its column"
else
    not_ok "F3: typed: status $st: $(head -c 600 "$work/f3/typed.err")"
fi
"$khgen" check "$work/f3/escaped.yaml" >/dev/null 2>"$work/f3/escaped.err"
st=$?
if [ $st -eq 0 ] &&
    grep -q "^$work/f3/escaped.yaml:10:38: warning\[KH020\]: invisible zero-width character U+E0049 written as an escape" "$work/f3/escaped.err"; then
    ok "F3: a tag character written as an escape is KH020 at the escape"
else
    not_ok "F3: escaped: status $st: $(head -c 400 "$work/f3/escaped.err")"
fi
"$khgen" check "$work/f3/id.yaml" >/dev/null 2>"$work/f3/id.err"
st=$?
tag=$(printf '\363\240\201\201')
if [ $st -ne 0 ] && grep -q "error\[KH202\]: unknown unit 'tc\\\\U000E0041kh' (did you mean 'tckh'?)\$" "$work/f3/id.err" &&
    ! grep -q "another alphabet" "$work/f3/id.err" && ! grep -q "$tag" "$work/f3/id.err"; then
    ok "F3: an id with a tag character: KH202 shows it as \\U000E0041, not as a letter of another alphabet"
else
    not_ok "F3: id: status $st: $(head -c 400 "$work/f3/id.err" | od -c | grep -c '363 240') raw; $(head -c 400 "$work/f3/id.err")"
fi
# khgen diff names them as the other invisible characters, not "chính" for "chính"
"$khgen" diff --no-color "$work/f2/plain.yaml" "$work/f3/typed.yaml" >"$work/f3/diff.out" 2>"$work/f3/diff.err"
st=$?
if [ $st -eq 1 ] && grep -q '{+chính‹ký tự vô hình U+E0049›‹ký tự vô hình U+E0047›‹ký tự vô hình U+E004E›‹ký tự vô hình U+E004F›‹ký tự vô hình U+E0052›‹ký tự vô hình U+E0045›+}' "$work/f3/diff.out" &&
    ! grep -q "$tag" "$work/f3/diff.out"; then
    ok "F3: khgen diff names each tag character it shows"
else
    not_ok "F3: diff: status $st: $(head -c 600 "$work/f3/diff.out") $(head -c 200 "$work/f3/diff.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
