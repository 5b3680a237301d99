#!/bin/sh
# tests/hardening/s55review.sh KHGEN WORKDIR - session 55's review of
# session 54's new code (import_end.c, txt_head.c, txt_layout.c's KH767,
# diff_parts.c's end mark, body_end.c) and the cases its mutation sweep
# asked for. Each case fails at 9e6b1b6b (session 54's stop) unless it is
# named a guard:
#  F1   a PDF text (pdftotext -layout) whose Biểu has more than 32 columns
#       (a line of more cells than txt_split_cells holds): its header and
#       rows were one paragraph, the cells run together, exit 0 and no
#       word; now KH758 names the first such line and counts them.
#  F1g  (guard) a table of 10 columns in the same place is read as a
#       table, no KH758.
#  F2   a Markdown file whose body's last text (a signed plan without a
#       closing) ends with the end mark as mammoth escapes it ("\./\."):
#       the plan kept "\./\." in the clause's text and printed "thực
#       hiện././.", exit 0; now the mark is dropped as the unescaped one
#       is ("thực hiện."), the rebuilt .md and .html printing one mark.
#  F2b  the same for a task's deadline line ("+ Thời gian thực hiện: quý
#       IV/2024\./\."): its due text kept the escaped mark; now "quý
#       IV/{year}" as the unescaped print imports.
#  F2g  (guard) a closing so escaped ("Trên đây ... năm 2024\./\.") is
#       still the plan's closing, its end mark unescaped.
# Guards of seed 55's surviving mutants, each checked with the mutant's
# binary (tools/mutants.py build ... --only ID):
#  M1g  "Nới nhận:" (a tone mistyped) over the recipients' dashed lines,
#       a paragraph between it and the closing: read as "Nơi nhận" by its
#       words (KH768), not only by its place under the closing (kills
#       import_end-112, memcmp(...) == 1, and -120, the byte before
#       "NHẬN" read two back).
#  M2g  a closing "Trên đây ..." without its end mark is the closing (kills
#       import_end-236: the closing found only when it ends "./.").
#  M3g  a generated Biểu's commune xa-dong-yen replaced by xa-cong-yen
#       (ids whose first differing bytes differ by one, strcmp's 1): two
#       rows, not one renamed (kills diff_match-034, left by s54review).
#  M4g  a text whose first line is its table's wrapped header line ("TT
#       ... Đơn vị", "chủ trì" under it): imported, exit 0, no line read
#       before the first; txt_layout-079 (`*first >= floor`, left by
#       s54review) read L[-1] there: killed under the ASan build, as make
#       check runs this suite (tools/mutants.py --asan).
#  M5g  a short line "Tổng hợp" at the margin between a Biểu's caption and
#       its wrapped header ("Số" over "TT"): a paragraph, the header's
#       columns "Số TT", "Lực lượng, phương tiện" as without it (kills
#       txt_head-001: over_gap skipped the header's STT cell, took the line
#       into the header and lost the STT column).
#  M6g  a signed plan without a closing whose last task has a deadline and
#       no unit: the end mark follows its deadline's line, not its title
#       (kills body_end-011: the deadline not counted as a task's line).
#  M7g  `khgen diff` of that plan (unit and deadline) with its deadline
#       changed: the deadline's line compared with its end mark, the unit's
#       line without (kills diff_parts-003, the mark on a line not the
#       last, and -005, on another task's).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s55review
cd "$work" || exit 2

# ---- F1: a Biểu of more than 32 columns in a PDF's text --------------------------------
wide() { # wide N OUT: s54import-lo.txt with a table of N columns before its closing
    /usr/bin/python3 - "$top/tests/hardening/s54import-lo.txt" "$1" "$2" <<'PY'
import sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
L = open(src, encoding='utf-8').read().split('\n')
i = next(k for k, l in enumerate(L) if 'Trên đây' in l)
head = 'STT  ' + '  '.join('Cột %d' % k for k in range(n))
rows = [' %d   ' % r + '  '.join(('x%d' % k).ljust(len('Cột %d' % k)) for k in range(n)) for r in (1, 2, 3)]
L = L[:i] + ['', '                 Bảng 9. Rộng', head] + rows + [''] + L[i:]
open(out, 'w', encoding='utf-8').write('\n'.join(L))
PY
}
bad=
wide 40 f1.txt || bad="$bad [setup]"
line=$(grep -n '^STT  Cột 0' f1.txt | cut -d: -f1)
"$khgen" import -o f1.yaml f1.txt >/dev/null 2>f1.err || bad="$bad [exit $?]"
grep -q "^f1.txt:$line:1: warning\[KH758\]: this line holds more than 32 cells, .*(4 such lines, the first here)" f1.err ||
    bad="$bad [$(head -c 300 f1.err)]"
if [ -z "$bad" ]; then
    ok "F1 import of a PDF text whose table has 40 columns (more than a line's 32 cells): KH758 at its header line, 4 such lines, where it was a paragraph with no word"
else
    not_ok "F1:$bad"
fi

bad=
wide 10 f1g.txt || bad="$bad [setup]"
"$khgen" import -o f1g.yaml f1g.txt >/dev/null 2>f1g.err || bad="$bad [exit $?]"
grep -q KH758 f1g.err && bad="$bad [$(grep KH758 f1g.err | head -c 200)]"
grep -q '{key: c11, header: "Cột 9"}' f1g.yaml && grep -q 'table: Rộng' f1g.yaml || bad="$bad [not a table of 10 columns]"
if [ -z "$bad" ]; then
    ok "F1g (guard) a table of 10 columns in the same text is a table of 10 columns, no KH758"
else
    not_ok "F1g:$bad"
fi

# ---- F2: the body's last text with mammoth's escaped end mark --------------------------
bad=
"$khgen" build -f md -o f2 "$top/tests/diag/end-mark-body-ok.yaml" >/dev/null 2>&1 || bad="$bad [build exit $?]"
grep -q 'thực hiện\./\.$' f2/end-mark-body-ok.md || bad="$bad [no end mark printed]"
sed 's|thực hiện\./\.$|thực hiện\\./\\.|' f2/end-mark-body-ok.md >f2.md
grep -qF 'thực hiện\./\.' f2.md || bad="$bad [setup: not escaped]"
"$khgen" import -o f2.yaml f2.md >/dev/null 2>&1 || bad="$bad [import exit $?]"
grep -qF 'text: "Văn phòng UBND xã: Theo dõi, tổng hợp, báo cáo kết quả thực hiện."' f2.yaml ||
    bad="$bad [$(grep -F 'thực hiện' f2.yaml | head -c 200)]"
"$khgen" build -f md,html -o f2b f2.yaml >/dev/null 2>&1 || bad="$bad [rebuild exit $?]"
grep -q 'thực hiện\./\.$' f2b/f2.md && grep -q 'thực hiện\./\.<' f2b/f2.html ||
    bad="$bad [printed: $(grep -o 'thực hiện[^<]*' f2b/f2.html | head -1)]"
if [ -z "$bad" ]; then
    ok "F2 import of a .md whose body's last clause ends with mammoth's escaped end mark '\\./\\.': the text 'thực hiện.', rebuilt 'thực hiện./.' (it printed 'thực hiện././.')"
else
    not_ok "F2:$bad"
fi

bad=
"$khgen" build -f md -o f2t "$here/task-due.yaml" >/dev/null 2>&1 || bad="$bad [build exit $?]"
grep -qF '+ Thời gian thực hiện: quý IV/2024./.' f2t/task-due.md || bad="$bad [no end mark printed]"
sed 's|quý IV/2024\./\.$|quý IV/2024\\./\\.|' f2t/task-due.md >f2t.md
"$khgen" import -o f2t.yaml f2t.md >/dev/null 2>&1 || bad="$bad [import exit $?]"
grep -q '^        due: 2024-Q4$' f2t.yaml || bad="$bad [$(grep 'due:' f2t.yaml | head -c 200)]"
if [ -z "$bad" ]; then
    ok "F2b the same for a task's deadline line 'quý IV/2024\\./\\.': due 2024-Q4 as the unescaped print imports (its text kept '\\./\\.')"
else
    not_ok "F2b:$bad"
fi

bad=
"$khgen" build -f md -o f2g "$top/plans/binh-trung-2024.yaml" >/dev/null 2>&1 || bad="$bad [build exit $?]"
sed 's|năm 2024\./\.$|năm 2024\\./\\.|' f2g/binh-trung-2024.md >f2g.md
grep -q '^Trên đây.*năm 2024\\\./\\\.$' f2g.md || bad="$bad [setup: not escaped]"
"$khgen" import -o f2g.yaml f2g.md >/dev/null 2>&1 || bad="$bad [import exit $?]"
grep -q '^closing: Trên đây .*năm {year}\./\.$' f2g.yaml || bad="$bad [$(grep '^closing' f2g.yaml | head -c 200)]"
if [ -z "$bad" ]; then
    ok "F2g (guard) a closing with the escaped end mark is still the closing, its mark unescaped"
else
    not_ok "F2g:$bad"
fi

# ---- mutants' guards -------------------------------------------------------------------
bad=
"$khgen" build -f md -o m1 "$top/plans/binh-trung-2024.yaml" >/dev/null 2>&1 || bad="$bad [build exit $?]"
/usr/bin/python3 - m1/binh-trung-2024.md m1.md <<'PY' || bad="$bad [setup]"
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = "năm 2024./.\n\n***Nơi nhận:***"
if old not in s:
    sys.exit(1)
s = s.replace(old, "năm 2024./.\n\nKế hoạch này thay thế Kế hoạch năm trước.\n\n***Nới nhận:***")
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" import -o m1.yaml m1.md >/dev/null 2>m1.err || bad="$bad [exit $?]"
grep -q "^m1.md:[0-9]*:1: warning\[KH768\]: 'Nới nhận:' stands where" m1.err || bad="$bad [$(head -c 200 m1.err)]"
grep -q '^recipients:' m1.yaml && grep -q '^  - BCĐ XD NTM huyện$' m1.yaml && ! grep -q 'para: .*Nới nhận' m1.yaml ||
    bad="$bad [recipients not read]"
if [ -z "$bad" ]; then
    ok "M1g (guard) 'Nới nhận:' over the recipients with a paragraph between it and the closing: read as 'Nơi nhận' by its words (KH768), the recipients read"
else
    not_ok "M1g:$bad"
fi

bad=
sed 's|năm 2024\./\.$|năm 2024.|' m1/binh-trung-2024.md >m2.md
grep -q '^Trên đây.*năm 2024\.$' m2.md || bad="$bad [setup]"
"$khgen" import -o m2.yaml m2.md >/dev/null 2>&1 || bad="$bad [exit $?]"
grep -q '^closing: Trên đây .*năm {year}\.$' m2.yaml && ! grep -q 'para: Trên đây' m2.yaml ||
    bad="$bad [$(grep 'Trên đây' m2.yaml | head -c 200)]"
if [ -z "$bad" ]; then
    ok "M2g (guard) a closing 'Trên đây ...' without its end mark is the plan's closing"
else
    not_ok "M2g:$bad"
fi

bad=
/usr/bin/python3 - "$top/tests/hardening/s53cycle/p26.yaml" m3.yaml <<'PY' || bad="$bad [setup]"
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '{id: xa-dong-yen, name: Đồng Yên,'
if old not in s:
    sys.exit(1)
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, '{id: xa-cong-yen, name: Linh Hồ,', 1))
PY
"$khgen" diff --no-color "$top/tests/hardening/s53cycle/p26.yaml" m3.yaml >m3.out 2>m3.err
st=$?
grep '^@@' m3.out >m3.heads
printf '%s\n' '@@ Biểu 01, dòng "Xã Đồng Yên": bỏ @@' '@@ Biểu 01, dòng "Xã Linh Hồ": thêm @@' >m3.want
[ "$st" = 1 ] && cmp -s m3.want m3.heads || bad="$bad [status $st: $(tr '\n' '~' <m3.heads | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M3g (guard) a generated Biểu's xa-dong-yen replaced by xa-cong-yen: one row removed, one added, not one renamed"
else
    not_ok "M3g:$bad"
fi

bad=
printf '%s\n' ' TT   Nội dung công việc          Đơn vị         Thời gian' \
    '                                  chủ trì        hoàn thành' \
    '  1   Rà soát hộ nghèo            Văn phòng      Tháng 5/2025' \
    '  2   Tập huấn cán bộ             Phòng Nội vụ   Tháng 6/2025' \
    '  3   Kiểm tra                    Thanh tra      Tháng 9/2025' '' 'Trên đây là kế hoạch./.' >m4.txt
"$khgen" import m4.txt >m4.yaml 2>m4.err || bad="$bad [exit $?: $(grep -m1 ERROR m4.err | head -c 200)]"
grep -q 'AddressSanitizer\|runtime error' m4.err && bad="$bad [$(grep -m1 'ERROR\|runtime error' m4.err | head -c 200)]"
grep -qF '| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |' m4.yaml || bad="$bad [header not read whole]"
if [ -z "$bad" ]; then
    ok "M4g (guard) a text opening with its table's wrapped header line: imported, exit 0, its header 'Đơn vị chủ trì' whole, nothing read before the first line (ASan)"
else
    not_ok "M4g:$bad"
fi

bad=
/usr/bin/python3 - "$top/tests/hardening/s54import-lo.txt" m5.txt <<'PY' || bad="$bad [setup]"
import sys
L = open(sys.argv[1], encoding='utf-8').read().split('\n')
k = next(i for i, l in enumerate(L) if 'Bảng 1. Lực lượng' in l)
L.insert(k + 1, ' Tổng hợp')
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(L))
PY
"$khgen" import -o m5.yaml m5.txt >/dev/null 2>&1 || bad="$bad [exit $?]"
grep -A8 'para: Bảng 1. Lực lượng' m5.yaml >m5.part
grep -q 'para: Tổng hợp$' m5.part && grep -qF '{key: stt, type: stt, header: "Số TT"}' m5.part &&
    grep -qF '{key: c2, header: "Lực lượng, phương tiện"}' m5.part || bad="$bad [$(tr '\n' '~' <m5.part | head -c 300)]"
if [ -z "$bad" ]; then
    ok "M5g (guard) a short line at the margin between a Biểu's caption and its wrapped header is a paragraph, the header's STT column 'Số TT' kept"
else
    not_ok "M5g:$bad"
fi

bad=
grep -v 'lead: vp' "$here/task-due.yaml" >m6.yaml
"$khgen" build -f md -o m6 m6.yaml >/dev/null 2>&1 || bad="$bad [build exit $?]"
grep -qx -- '- Rà soát hộ nghèo' m6/m6.md && grep -qxF '  + Thời gian thực hiện: quý IV/2024./.' m6/m6.md ||
    bad="$bad [$(grep -n 'Rà soát\|Thời gian' m6/m6.md | tr '\n' '~' | head -c 200)]"
if [ -z "$bad" ]; then
    ok "M6g (guard) the last task with a deadline and no unit: './.' after its deadline's line, not after its title"
else
    not_ok "M6g:$bad"
fi

bad=
sed 's|in: 2024-Q4, text: "quý IV/{year}"|in: 2024-Q3, text: "quý III/{year}"|' "$here/task-due.yaml" >m7.yaml
"$khgen" diff --no-color "$here/task-due.yaml" m7.yaml >m7.out 2>m7.err
st=$?
[ "$st" = 1 ] && grep -qxF '+ Đơn vị thực hiện: Văn phòng UBND xã' m7.out &&
    grep -qxF '+ Thời gian thực hiện: quý [-IV/2024./.-]{+III/2024./.+}' m7.out ||
    bad="$bad [status $st: $(grep '^+' m7.out | tr '\n' '~' | head -c 200)]"
if [ -z "$bad" ]; then
    ok "M7g (guard) diff of a plan whose last task's deadline changed: the deadline's line compared with its end mark, the unit's line without"
else
    not_ok "M7g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
