#!/bin/sh
# tests/hardening/s50merge.sh KHGEN WORKDIR - session 50's new user, the văn
# phòng of a xã formed on 1 July 2025 from three old xã, writing its 2027
# plan from the three old plans (report /tmp/lead50/r_s50merge.md of that
# machine). Each case fails at 6825de1f (session 49's stop) unless it is
# named a guard:
#  F1   {loc-kind ...} lowered the first letter of its phrase inside a
#       sentence, as {due}'s phrase is: a name printed alone lost its
#       capital, "hỗ trợ tân Hiệp" (a locality without a kind), "Phấn đấu
#       thôn 1, Thôn 2" (a name that begins with its kind: the first
#       lowered, the second not), in md, html and docx with exit 0; now
#       each name as written, "Thôn 1, Thôn 2", "Tân Hiệp" (Nghị định 30
#       writes "Quận 1"), the kind khgen adds in small letters, "thôn Đồng
#       Tâm", and a capital at a sentence's start.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s50merge

# ---- F1: {loc-kind} keeps a name's capital inside a sentence ---------------------
bad=
"$khgen" build -f md,html,docx -o "$work/f1" "$here/f1.yaml" >"$work/f1.out" 2>&1 || bad="$bad [build exit $?]"
want1='Phấn đấu Thôn 1, Thôn 2 đạt chuẩn nông thôn mới kiểu mẫu; hỗ trợ Tân Hiệp và thôn Đồng Tâm, Thôn 1.'
want2='Thôn Đồng Tâm giữ vững; Thôn 2 hoàn thành trước.'
for w in "$want1" "$want2"; do
    grep -qxF -- "- $w" "$work/f1/f1.md" || bad="$bad [md lacks '$w']"
    grep -qF -- "$w" "$work/f1/f1.html" || bad="$bad [html lacks '$w']"
    unzip -p "$work/f1/f1.docx" word/document.xml 2>/dev/null | grep -qF -- "$w" || bad="$bad [docx lacks '$w']"
done
if [ -z "$bad" ]; then
    ok "F1 {loc-kind} prints 'Thôn 1, Thôn 2', 'Tân Hiệp' with their capitals inside a sentence, 'thôn Đồng Tâm' with its kind small, in md, html, docx"
else
    not_ok "F1:$bad $(grep -n 'Phấn đấu\|giữ vững' "$work/f1/f1.md" 2>/dev/null | tr '\n' ' ') $(head -c 300 "$work/f1.out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
