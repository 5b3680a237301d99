#!/bin/sh
# tests/hardening/attack17.sh KHGEN WORKDIR - what the seventeenth
# black-box attack found (issue 8; /tmp/s17attack/findings.md in its
# session): end marks decided on the Markdown written, not on the text
# shown ("*Trên đây.*" printed "Trên đây../.", a basis "*thực tế.*"
# printed "thực tế.;"), and what else it found.
#
# The plans are written here from README's complete example (readme_base).
# Each case fails with the binary from before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# docx_text FILE MARK: the paragraphs of a .docx holding MARK, as Word shows
# them (python-docx), one a line
docx_text() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys, docx
for p in docx.Document(sys.argv[1]).paragraphs:
    if sys.argv[2] in p.text:
        print(p.text)
PY
}

# ---- F4: the end mark of a closing, a basis, a recipient ---------------------------
# The closing gets "./." unless it ends with it, "/." after its own '.'; a
# basis ';' (the last '.'), its own mark dropped. Both looked at the
# Markdown's last byte: a closing whose last sentence is in emphasis,
# "*Trên đây.*", printed "Trên đây../." in every format, a basis "Căn cứ
# tình hình *thực tế.*" "thực tế.;", "**Luật A;**" "Luật A;;", and a mark
# typed twice ("Luật B.;") or an end mark cut short ("./") printed "Luật
# B.." and "././.".
if edited f4a 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    'closing: "*Trên đây là Kế hoạch năm {year} của UBND huyện.*"' \
    '  - text: Căn cứ tình hình thực tế của địa phương' \
    '  - text: "Căn cứ tình hình *thực tế.*"
  - text: "Căn cứ **Luật A;**"
  - text: "Căn cứ Luật B.;"' \
    'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients: [UBND tỉnh, "Các xã.;", "Lưu: VT"]' &&
    "$khgen" build -o "$work/o4a" -f md,html,docx "$work/p/f4a.yaml" >"$work/err" 2>&1; then
    d=$(docx_text "$work/o4a/f4a.docx" 'Trên đây'; docx_text "$work/o4a/f4a.docx" 'Căn cứ')
    h=$(grep -o 'Trên đây[^/]*/[^<]*<*[^<]*' "$work/o4a/f4a.html" | head -1)
    if printf '%s\n' "$d" | grep -qxF 'Trên đây là Kế hoạch năm 2024 của UBND huyện./.' &&
        printf '%s\n' "$d" | grep -qxF 'Căn cứ tình hình thực tế;' &&
        printf '%s\n' "$d" | grep -qxF 'Căn cứ Luật A;' &&
        printf '%s\n' "$d" | grep -qxF 'Căn cứ Luật B.' &&
        grep -qxF -- '- Các xã;' "$work/o4a/f4a.md" &&
        grep -qF '*Trên đây là Kế hoạch năm 2024 của UBND huyện.*/.' "$work/o4a/f4a.md" &&
        grep -qF '*Căn cứ tình hình *thực tế*;*' "$work/o4a/f4a.md" &&
        grep -qF '<em>Trên đây là Kế hoạch năm 2024 của UBND huyện.</em>/.' "$work/o4a/f4a.html"; then
        ok "F4: end marks decided on the text shown: 'Trên đây ...huyện./.', 'thực tế;', 'Luật A;', 'Luật B.'"
    else
        not_ok "F4: $(printf '%s | ' "$d" | head -c 600) $h"
    fi
else
    not_ok "F4: build: $(head -c 300 "$work/err")"
fi
for end in './' '.'; do
    guard=
    [ "$end" = . ] && guard=' (guard)'
    if edited f4b 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
        "closing: \"Trên đây là Kế hoạch năm {year} của UBND huyện$end\"" &&
        "$khgen" build -o "$work/o4b" -f md "$work/p/f4b.yaml" >"$work/err" 2>&1 &&
        grep -qxF 'Trên đây là Kế hoạch năm 2024 của UBND huyện./.' "$work/o4b/f4b.md"; then
        ok "F4: a closing ending '$end' prints one end mark './.'$guard"
    else
        not_ok "F4: a closing ending '$end': $(grep 'Trên đây' "$work/o4b/f4b.md" 2>/dev/null) $(head -c 300 "$work/err")"
    fi
done

# ---- F1, F2: numbers that do not show their level ---------------------------------
# A subclause inside no clause (in a section) printed "1." between the
# clauses "1." and "2." ("1. Khoản một", "1. Tiểu khoản", "2. Khoản hai");
# a bullet inside a "+" bullet printed "+" at the same indent as that one
# in every format: siblings to a reader. Both without a word, exit 0; now
# KH121 (a warning), as a point inside a point.
if edited f1 '      - clause: Phòng Tài chính - Kế hoạch' '      - subclause: Phân công chung
        items:
          - bullet: Các phòng phối hợp
            items:
              - bullet: Rà soát
                items:
                  - bullet: Báo cáo
                  - bullet: Tổng hợp
                    marker: "•"
      - clause: Phòng Tài chính - Kế hoạch'; then
    out=$("$khgen" check --lang en "$work/p/f1.yaml" 2>&1); st=$?
    n=$(printf '%s\n' "$out" | grep -c 'warning\[KH121\]')
    if [ "$st" -eq 0 ] && [ "$n" -eq 2 ] &&
        printf '%s\n' "$out" | grep -qE "f1.yaml:[0-9]+:9: warning\[KH121\]: this 'subclause' is inside no 'clause', and its number '1.' has no clause's number before it" &&
        printf '%s\n' "$out" | grep -qE "f1.yaml:[0-9]+:21: warning\[KH121\]: this 'bullet' is inside the '\+' bullet of line [0-9]+, and prints '\+' as it does"; then
        ok "F1, F2: a subclause inside no clause and a bullet inside a '+' bullet are KH121 (a 'marker:' is not)"
    else
        not_ok "F1, F2: status $st, $n KH121: $(printf '%s' "$out" | head -c 600)"
    fi
fi
out=$("$khgen" check --lang en "$work/p/ex.yaml" 2>&1)
if printf '%s' "$out" | grep -q KH121; then
    not_ok "F1, F2 guard: the README's example (a bullet in a clause, a subclause nowhere) warned: $(printf '%s' "$out" | head -c 300)"
else
    ok "F1, F2: the README's example has no KH121 (guard)"
fi

# ---- F3: a list or a group of names in a template's value tag ------------------------
# A province's plan.md (--templates DIR) printing the issuer's lines with
# {{issuer}} (a list) and the signature with {{signature}} (a group of
# names) built a document without issuer and signature, exit 0, no word;
# a name the values lack was KH801. Now KH809, once per name, naming the
# section that prints it; the document is written as before.
mkdir -p "$work/t3"
printf '%s\n' '{{issuer}}' '{{number_line}}' '' '**{{doc_kind}}**' '' '{{{body}}}' '' \
    '{{signature}}' '{{#signature}}{{#lines}}**{{.}}**  ' '{{/lines}}{{/signature}}' \
    '{{issuer}}' '{{has_recipients}}' >"$work/t3/plan.md"
out=$("$khgen" build --lang en -f md -o "$work/o3" --templates "$work/t3" "$work/p/ex.yaml" 2>&1); st=$?
n=$(printf '%s\n' "$out" | grep -c 'warning\[KH809\]')
if [ "$st" -eq 0 ] && [ "$n" -eq 3 ] && [ -s "$work/o3/ex.md" ] &&
    printf '%s\n' "$out" | grep -qF "plan.md:1:1: warning[KH809]: 'issuer' is a list, which a value tag prints as nothing: print it with a section, {{#issuer}}{{.}}{{/issuer}}" &&
    printf '%s\n' "$out" | grep -qF "plan.md:8:1: warning[KH809]: 'signature' is a group of names, which a value tag prints as nothing: print it with a section, {{#signature}}...{{/signature}}" &&
    printf '%s\n' "$out" | grep -qF "plan.md:12:1: warning[KH809]: 'has_recipients' is true or false" &&
    grep -q '^\*\*CHỦ TỊCH\*\*' "$work/o3/ex.md"; then
    ok "F3: a list, a group of names and a flag in a value tag are KH809, once per name"
else
    not_ok "F3: status $st, $n KH809: $(printf '%s' "$out" | head -c 600)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
