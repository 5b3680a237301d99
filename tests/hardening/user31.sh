#!/bin/sh
# tests/hardening/user31.sh KHGEN WORKDIR - khgen as session 31's three
# users met it (issue 8), read from README.md alone: a commune's IT officer
# writing the 2027 plan from `khgen init`, an official starting from last
# year's Word file, a district's reviewer of ten communes' plans. Each case
# fails with the tree from before its fix unless labelled a guard:
#  U1  (HIGH) a .docx whose paragraphs are lines, last year's plan pasted
#      into Word out of a PDF ("... của Chính phủ Quy" over "định cơ chế
#      quản lý, ...;"): import ended the first legal basis at "Quy", took
#      the rest of it for the opening, the other bases for paragraphs of
#      the body and a bullet's sentence for a bullet and two paragraphs,
#      exit 0, no note; the same lines as a .txt were read right. Now a
#      .docx's paragraph goes on the one above by the .txt's rule
#      (src/docx_wrapped.c): the bases, opening and body as the .txt's.
#  U2  guards: a bullet of Word's "List Bullet" style beginning in lower
#      case, and a plain paragraph beginning in lower case under a bold
#      heading, stay paragraphs of their own.
#  U3  a document of 2,000 and 8,000 bullets each wrapped over four
#      paragraphs imports in linear time (a second of CPU).
#  U4  (MEDIUM) recipients: [..., Lưu: VT] (the entry unquoted, read by
#      YAML as a mapping, KH102 "quote an entry that holds ': '") also
#      warned KH167 "the recipients have no "Lưu" line ... add "Lưu: VT"",
#      a line the plan has: the official would have added a second. Now
#      KH102 alone; a list without any "Lưu" still gets KH167 (guard).
#  U5  (LOW, README) the district's reviewer found no word on how to
#      review several communes' plans (one diff each against a model;
#      the commune's name a change in each part naming it; a table across
#      communes is the district plan's own Biểu): README now says it.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
D=$work/dx
mkdir -p "$D"
/usr/bin/python3 "$(dirname "$0")/user31_docx.py" "$D" || not_ok "setup: the .docx files"

# ---- U1: a .docx pasted a line a paragraph ---------------------------------------------
"$khgen" import "$D/wrapped.docx" -o "$D/wrapped.yaml" >/dev/null 2>"$D/wrapped.err"
st=$?
"$khgen" import "$D/wrapped.txt" -o "$D/wrapped-txt.yaml" >/dev/null 2>&1 || not_ok "setup: the .txt import"
if [ "$st" -eq 0 ] && grep -q '^    about: Quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia$' "$D/wrapped.yaml" &&
    [ "$(grep -c '^  - kind: ' "$D/wrapped.yaml")" -eq 3 ] &&
    grep -q '^opening: "UBND xã Tân An xây dựng Kế hoạch thực hiện năm {year}, như sau:"$' "$D/wrapped.yaml"; then
    ok "U1 a .docx pasted a line a paragraph: the three bases whole, the opening its own"
else
    not_ok "U1 bases and opening of the line-a-paragraph .docx: status $st; $(sed -n '/^bases:/,/^body:/p' "$D/wrapped.yaml" | head -12 | tr '\n' '|')"
fi
if grep -q '^      - bullet: Các cấp, ngành tổ chức quán triệt, tuyên truyền, nâng cao nhận thức cho cán bộ và cư dân nông thôn về các nội dung mới, yêu cầu mới của Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025\.$' "$D/wrapped.yaml" &&
    ! grep -q '^ *- para: cán bộ\|^ *- para: mới, chú trọng\|^ *- para: trước ngày' "$D/wrapped.yaml"; then
    ok "U1 a bullet's sentence wrapped over three paragraphs is one bullet"
else
    not_ok "U1 the wrapped bullets: $(sed -n '/^body:/,/^closing:/p' "$D/wrapped.yaml" | head -14 | tr '\n' '|')"
fi
# the .docx reads as its .txt: bases, opening and body alike
sed -n '/^bases:/,/^recipients:/p' "$D/wrapped-txt.yaml" >"$work/u1.want"
sed -n '/^bases:/,/^recipients:/p' "$D/wrapped.yaml" >"$work/u1.got"
same u1 "U1 the .docx's bases, opening and body are the .txt's"
check_says "U1 the imported plan checks clean" "$D/wrapped.yaml" 0

# ---- U2: guards -----------------------------------------------------------------------
"$khgen" import "$D/listed.docx" -o "$D/listed.yaml" >/dev/null 2>&1
if grep -q '^      - para: Các nhiệm vụ trọng tâm gồm$' "$D/listed.yaml" &&
    grep -q '^      - bullet: tuyên truyền, vận động Nhân dân;$' "$D/listed.yaml" &&
    grep -q '^      - bullet: tập huấn cho cán bộ thôn\.$' "$D/listed.yaml"; then
    ok "U2 guard: Word list items beginning in lower case stay items"
else
    not_ok "U2 list items: $(sed -n '/^body:/,/^closing:/p' "$D/listed.yaml" | tr '\n' '|')"
fi
"$khgen" import "$D/heading.docx" -o "$D/heading.yaml" >/dev/null 2>&1
if grep -q '^      - clause: Công tác tuyên truyền$' "$D/heading.yaml" &&
    grep -q '^          - para: đẩy mạnh tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới\.$' "$D/heading.yaml"; then
    ok "U2 guard: a bold heading over a plain paragraph in lower case stays a heading"
else
    not_ok "U2 heading: $(sed -n '/^body:/,/^closing:/p' "$D/heading.yaml" | tr '\n' '|')"
fi

# ---- U3: linear time ------------------------------------------------------------------
# Timed against a second, 8,000 took 0.73-0.80 s of CPU on a loaded CI
# machine: the time of 8,000 is asked against that of 2,000 (ratio_case:
# linear about 4; a pass over the paragraphs before each, a mutant of
# docx_wrapped.c's wrapped_width, 10.5; session 45)
for n in 2000 8000; do
    mkdir -p "$D/b$n"
    /usr/bin/python3 "$(dirname "$0")/user31_docx.py" "$D/b$n" $n || not_ok "setup: big.docx $n"
    "$timed" import "$D/b$n/big.docx" -o - >"$work/out" 2>/dev/null
    if [ "$(grep -c '^      - bullet: Tổ chức các lớp tập huấn số [0-9]* cho cán bộ .* xây dựng nông thôn mới\.$' "$work/out")" -ne "$n" ]; then
        not_ok "U3 the $n bullets are not $n bullets whole: $(grep -c 'bullet:' "$work/out")"
    fi
done
ratio_case "U3 import of 2,000 then 8,000 bullets wrapped over 4 paragraphs each" \
    "$D/b2000/big.docx" "$D/b8000/big.docx" "$timed" import FILE -o -

# ---- U4: "Lưu: VT" unquoted -----------------------------------------------------------
small luu <<'EOF2'
body:
  - para: Nội dung.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, Các thôn, Lưu: VT]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF2
"$khgen" check "$work/p/luu.yaml" >/dev/null 2>"$work/err"
st=$?
if [ "$st" -eq 1 ] && grep -q 'error\[KH102\]: each entry of .recipients. is text, not a mapping: quote an entry' "$work/err" &&
    ! grep -q 'KH167' "$work/err"; then
    ok "U4 'Lưu: VT' unquoted: KH102 alone, no KH167 asking for a second Lưu line"
else
    not_ok "U4 unquoted Lưu: status $st; $(grep -o 'error\[KH[0-9]*\]\|warning\[KH[0-9]*\]' "$work/err" | tr '\n' ' ')"
fi
sed 's/recipients: \[UBND huyện, Các thôn, Lưu: VT\]/recipients: [UBND huyện, Các thôn, Ghi chú: VT]/' "$work/p/luu.yaml" >"$work/p/noluu.yaml"
check_says "U4 guard: a list with no Lưu line, a mapping entry of another name: KH167 still" "$work/p/noluu.yaml" 1 'KH102' 'warning[KH167]: the recipients have no "Lưu" line'

# ---- U5: README on reviewing the communes' plans ---------------------------------------
if grep -q '^\*\*Reviewing the communes. plans at the district\.\*\* khgen compares two$' "$top/README.md" "$top"/doc/*.md &&
    grep -q 'khgen diff --lang vi --no-color --allow-read chung mau/mau-2027.yaml "\$f"' "$top/README.md" "$top"/doc/*.md; then
    ok "U5 README says how a district reviews its communes' plans"
else
    not_ok "U5 README has no word on reviewing several communes' plans"
fi

echo "$pass passed, $fail failed"
