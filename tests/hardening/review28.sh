#!/bin/sh
# tests/hardening/review28.sh KHGEN WORKDIR - what session 28's white-box
# review of session 27's new code found (issue 8; /tmp/s28review/findings.md
# in its session), each with the variant of a fix's reproducer it did not
# cover:
#  H1 a node's `label` is printed as written (KH210 says so, and session
#     27 escaped a body table's label and the other fields printed as
#     written: s27attack H1), yet a section's, clause's or task's label
#     went into its heading line as Markdown: `label: "*I*."` printed "I."
#     in italics, its stars gone, in every format; a point's, bullet's or
#     paragraph's "*a*)" did so in the .md alone (the .html and .docx print
#     it as written), and a part's "Phần *một*" in all three. Now escaped
#     where a Markdown line holds it (render.c render_put_label), printed
#     as written everywhere; `khgen diff` shows a changed label so too.
# Each H, M and L case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p

# ---- H1: a node's label printed as written -----------------------------------------------
small h1 <<'EOF2'
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    label: "*I*."
    items:
      - clause: Việc chung
        label: "_1_."
        items:
          - point: Điểm một
            label: "*a*)"
          - para: "Đoạn văn."
            label: "[1]"
          - task: Việc có nhãn
            label: "*3*."
            text: Nội dung việc.
            lead: u
      - part: Tên phần
        label: "Phần *một*"
        items:
          - para: Trong phần.
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
rm -rf "$work/h1"
"$khgen" build -f md,html,docx -o "$work/h1" "$P/h1.yaml" >"$work/out" 2>"$work/err"
st=$?
for f in md html docx; do
    from=$f
    [ $f = md ] && from=gfm
    pandoc -f $from -t plain --wrap=none "$work/h1/h1.$f" 2>/dev/null | sed 's/^ *//' >"$work/h1.$f.txt"
    for want in "*I*. NHIỆM VỤ" "_1_. Việc chung" "*a*) Điểm một" "[1] Đoạn văn." "*3*. Việc có nhãn" \
        "Phần *một*"; do
        what="H1 $f prints the label as written"
        case $f:$want in html:\*a* | html:\[* | html:\*3* | docx:\*a* | docx:\[* | docx:\*3* | md:\[*)
            what="H1 guard (so before): $f prints the label as written" ;;
        esac
        if [ $st -eq 0 ] && grep -qxF -- "$want" "$work/h1.$f.txt"; then
            ok "$what: $want"
        else
            not_ok "$what: want '$want' (exit $st); got: $(grep -E 'NHIỆM|Việc|Điểm|Đoạn|Phần' "$work/h1.$f.txt" | tr '\n' '/' | head -c 400)"
        fi
    done
done
sed 's/label: "\*I\*\."/label: "*II*."/' "$P/h1.yaml" >"$P/h1b.yaml"
"$khgen" diff --no-color "$P/h1.yaml" "$P/h1b.yaml" >"$work/out" 2>&1
st=$?
if [ $st -eq 1 ] && grep -qF -- '[-*I*.-]{+*II*.+} NHIỆM VỤ' "$work/out"; then
    ok "H1 khgen diff shows a label changed as written"
else
    not_ok "H1 khgen diff shows a label changed as written (exit $st): $(head -c 400 "$work/out")"
fi
# guard: the numbers khgen prints itself, unchanged
small h1g <<'EOF2'
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    items:
      - clause: Việc chung
        items:
          - point: Điểm một
          - task: Việc hai
            lead: u
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
rm -rf "$work/h1g"
"$khgen" build -f md -o "$work/h1g" "$P/h1g.yaml" >"$work/out" 2>"$work/err"
if grep -qxF '**I. NHIỆM VỤ**' "$work/h1g/h1g.md" && grep -qxF '**1. Việc chung**' "$work/h1g/h1g.md" &&
    grep -qxF 'a) Điểm một' "$work/h1g/h1g.md" && grep -qxF -- '- Việc hai' "$work/h1g/h1g.md"; then
    ok "H1 guard: automatic labels print as before"
else
    not_ok "H1 guard: automatic labels print as before: $(grep -E 'NHIỆM|Việc|Điểm' "$work/h1g/h1g.md" | tr '\n' '/')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
