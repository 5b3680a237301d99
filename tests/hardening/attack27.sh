#!/bin/sh
# tests/hardening/attack27.sh KHGEN WORKDIR - what the twenty-eighth
# black-box attack found (session 27's; issue 8; /tmp/s27attack/findings.md
# in its session), weighing a tired drafter's copy of README's example, the
# document in every format, and the command line as IT staff script it:
#  M1 `khgen diff` said "the same", exit 0, of two plans whose tables
#     print otherwise: a column given `align: right` (or a text column
#     `align: center`) or `width: 40` changes the .md's ":---:", the
#     .html's and the .docx's cells and the workbook's columns. Now a line
#     "định dạng: ... căn lề: giữa trái [-giữa-]{+phải+}" (the
#     alignment as printed, so an STT column and a text column centred by
#     `align: center`, as import writes it, are no change) and "độ rộng
#     cột: Tên 40 ký tự".
#  H1 the fields printed as written (README) that a wording puts in a
#     Markdown line were read as Markdown there: a header `number: 1*2*3`
#     printed "Số: 1*2*3/KH-UBND" above attachments "(Kèm theo Kế hoạch
#     số 123/KH-UBND ...)", an issuer_short "UBND xã *An* Bình" printed
#     it in italics, a code "KH-UBND_*" lost its star in the .md, a legal
#     basis "12/QĐ-*UBND*" printed "12/QĐ-UBND" and "1\*3" "1*3", in
#     every format, exit 0. Now escaped (render.c as_written), printed
#     as written as the header prints them; `khgen diff` shows the line
#     as printed. So too a task's lead_label and due_label ("Chủ *trì*"
#     printed "Chủ trì" in italics), its deadline's text in the task's
#     line ("xong *trước* tháng 6" printed there in italics, where `{due}`
#     and the tables print it as written) and a body table's `label`.
#  M2 a chain of nine tables, each one's cells counting the rows of the
#     table before it (no loop), was refused as KH511 "its value would
#     depend on itself": a depth limit of 8 no line of README named. Now
#     KH511 says so ("computed one inside another more than 8 deep"),
#     README's Limits names it; a chain of eight builds (guard).
#  L12 `khgen diff` and `khgen new --diagnostics-format=json` of a plan
#     with errors wrote a line of text after the JSON lines ("khgen: diff:
#     'x.yaml' has errors; the document cannot be compared"), which a CI
#     reading standard error as JSON lines choked on: left out in JSON
#     mode, as the summary line is (the exit status says it).
#  L7  `signature:` written as a list ([TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH,
#     Nguyễn Văn A]) or `recipients:` as a mapping was KH102 and also
#     KH160 "the plan has no 'signature'", untrue and a second message for
#     one slip (as KH107 and KH101 are said once): now KH102 alone.
# Each H, M and L case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p

# diff_says NAME OLD NEW STATUS TEXT...: `khgen diff --no-color OLD NEW`
# ends with STATUS and its output holds each TEXT (a fixed string)
diff_says() {
    _name=$1 _old=$2 _new=$3 _want=$4
    shift 4
    "$khgen" diff --no-color "$_old" "$_new" >"$work/out" 2>"$work/err"
    status=$?
    _missing=
    for _text in "$@"; do
        grep -qF -- "$_text" "$work/out" || _missing="$_missing [$_text]"
    done
    if [ "$status" -eq "$_want" ] && [ -z "$_missing" ]; then
        ok "$_name"
    else
        not_ok "$_name: status $status (want $_want), missing:$_missing; got: $(head -c 600 "$work/out") $(head -c 300 "$work/err")"
    fi
}

# ---- M1: a column's alignment and width -----------------------------------------------
# the example's body table (Phân công rà soát: TT, Nhiệm vụ, Chủ trì, Thời hạn)
tbl='          - {key: due, header: Thời hạn}'
edited m1-right "$tbl" '          - {key: due, header: Thời hạn, align: right}'
diff_says "M1 a column given 'align: right': a change of format, exit 1" \
    "$P/ex.yaml" "$P/m1-right.yaml" 1 \
    "@@ II. Bảng 1: sửa @@" "căn lề: giữa trái trái [-trái-]{+phải+}"
edited m1-width "$tbl" '          - {key: due, header: Thời hạn, width: 40}'
diff_says "M1 a column given 'width: 40': a change of format, exit 1" \
    "$P/ex.yaml" "$P/m1-width.yaml" 1 "{+độ rộng cột: Thời hạn 40 ký tự+}"
edited m1-att '    preset: locality-targets' '    preset: locality-targets
    columns: [stt, {key: name_full, align: center}, parent_full, criteria_met, status, target, target_year, note]'
diff_says "M1 an attachment's text column centred: a change of format, exit 1" \
    "$P/ex.yaml" "$P/m1-att.yaml" 1 "@@ Biểu 01: sửa @@" "[-trái-]{+giữa+}"
# guards: what prints alike is no change
edited m1-left "$tbl" '          - {key: due, header: Thời hạn, align: left}'
diff_says "M1 guard: 'align: left' on a text column prints as before: the same, exit 0" \
    "$P/ex.yaml" "$P/m1-left.yaml" 0
edited m1-stt '          - {key: stt, type: stt, header: TT}' '          - {key: stt, type: stt, header: TT, align: center}' \
    '          - {key: task, header: Nhiệm vụ}' '          - {key: task, header: Nhiệm vụ, align: left}'
diff_says "M1 guard: an STT column and a text column given their types' own alignment print alike: the same, exit 0" \
    "$P/ex.yaml" "$P/m1-stt.yaml" 0
# a table without data rows prints its headers centred whatever its columns say
edited m1-empty '    rows: {from: localities, where: {target_year: 2024}}' \
    '    rows: {from: localities, where: {target_year: 2030}}
    suppress: [KH618]'
edited m1-empty2 '    rows: {from: localities, where: {target_year: 2024}}' \
    '    rows: {from: localities, where: {target_year: 2030}}
    suppress: [KH618]' '    preset: locality-targets' '    preset: locality-targets
    columns: [stt, {key: name_full, align: center}, parent_full, criteria_met, status, target, target_year, note]'
diff_says "M1 guard: a table without rows, one column centred: the same, exit 0" \
    "$P/m1-empty.yaml" "$P/m1-empty2.yaml" 0

# ---- H1: fields printed as written in a wording's Markdown line ------------------------
small h1 <<'EOF2'
bases:
  - {kind: QĐ, number: "12/QĐ-*UBND*", date: 2024-01-05, by: UBND huyện}
  - {kind: QĐ, number: "1\\*3/QĐ-UBND_x_", date: 2024-01-06, by: UBND huyện}
body:
  - section: NHIỆM VỤ
    items:
      - para: "Chi tiết {att b1}."
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
attachments:
  - id: b1
    label: Biểu 01
    title: T
    columns: [stt, {key: name, header: Tên}]
    rows: [[a]]
EOF2
/usr/bin/python3 - "$P/h1.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace('  issuer_short: UBND xã An Bình\n',
              '  issuer_short: "UBND xã *An* Bình"\n  number: "1*2*3"\n  code: "KH-UBND_*"\n', 1)
open(p, 'w', encoding='utf-8').write(s)
PY
rm -rf "$work/h1"
"$khgen" build -f md,html,xlsx -o "$work/h1" "$P/h1.yaml" >"$work/out" 2>"$work/err"
st=$?
/usr/bin/python3 - "$work/h1" >"$work/h1.got" 2>&1 <<'PY'
import html.parser, subprocess, sys, zipfile, re
d = sys.argv[1]
class T(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_starttag(self, tag, a):
        if tag in ('em', 'strong', 'i', 'b') and self.out and 'Kèm' in self.out[-1][-40:]:
            self.out.append('<%s>' % tag)
    def handle_data(self, x):
        self.out.append(x)
t = T(); t.feed(open(d + '/h1.html', encoding='utf-8').read())
text = ''.join(t.out)
for line in text.split('\n'):
    if 'Kèm theo' in line or 'Căn cứ' in line:
        print('html:', line.strip())
md = subprocess.run(['pandoc', '-f', 'gfm', '-t', 'plain', '--wrap=none', d + '/h1.md'],
                    capture_output=True, text=True).stdout
for line in md.split('\n'):
    if 'Kèm theo' in line or 'Căn cứ' in line:
        print('md:', line.strip())
x = zipfile.ZipFile(d + '/h1.xlsx').read('xl/sharedStrings.xml').decode()
for m in re.findall(r'<t[^>]*>([^<]*Kèm theo[^<]*)</t>', x):
    print('xlsx:', m)
PY
for want in "html: (Kèm theo Kế hoạch số 1*2*3/KH-UBND_* ngày 05/3/2024 của UBND xã *An* Bình)" \
    "md: (Kèm theo Kế hoạch số 1*2*3/KH-UBND_* ngày 05/3/2024 của UBND xã *An* Bình)" \
    "xlsx: (Kèm theo Kế hoạch số 1*2*3/KH-UBND_* ngày 05/3/2024 của UBND xã *An* Bình)" \
    "html: Căn cứ Quyết định số 12/QĐ-*UBND* ngày 05/01/2024 của UBND huyện;" \
    "md: Căn cứ Quyết định số 1\\*3/QĐ-UBND_x_ ngày 06/01/2024 của UBND huyện."; do
    if [ $st -eq 0 ] && grep -qxF -- "$want" "$work/h1.got"; then
        ok "H1 printed as written: $want"
    else
        not_ok "H1 printed as written: want '$want' (exit $st); got: $(cat "$work/h1.got" | head -c 700) $(head -c 300 "$work/err")"
    fi
done
small h1t <<'EOF2'
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        text: "Hạn là {due}."
        lead: u
        lead_label: "Chủ *trì*"
        due_label: "Hạn *chót*"
        due: {in: 2024-06, text: "xong *trước* tháng 6"}
      - table: Bảng việc
        label: "Bảng *1*."
        columns:
          - {key: stt, type: stt, header: TT}
          - {key: task, header: Nhiệm vụ}
        items:
          - {task: Rà soát, lead: u, due: 2024-06}
EOF2
rm -rf "$work/h1t"
"$khgen" build -f md,html,docx -o "$work/h1t" "$P/h1t.yaml" >"$work/out" 2>"$work/err"
st=$?
for f in md html docx; do
    from=$f
    [ $f = md ] && from=gfm
    pandoc -f $from -t plain --wrap=none "$work/h1t/h1t.$f" 2>/dev/null | sed 's/^ *//; s/^[-+] *//' >"$work/h1t.$f.txt"
    # (the text's {due}, printed as written before, is the control)
    for want in "Chủ *trì*: Phòng A" "Hạn *chót*: xong *trước* tháng 6" "Hạn là xong *trước* tháng 6." \
        "Bảng *1*. Bảng việc"; do
        if [ $st -eq 0 ] && grep -qxF -- "$want" "$work/h1t.$f.txt"; then
            ok "H1 $f prints as written: $want"
        else
            not_ok "H1 $f prints as written: want '$want' (exit $st); got: $(grep -E 'Chủ|Hạn|Bảng' "$work/h1t.$f.txt" | tr '\n' '/' | head -c 400)"
        fi
    done
done
sed 's/number: "1\*2\*3"/number: "1*2*4"/' "$P/h1.yaml" >"$P/h1b.yaml"
diff_says "H1 guard: khgen diff shows the attachment line as printed, not its escapes" "$P/h1.yaml" "$P/h1b.yaml" 1 \
    "(Kèm theo Kế hoạch số [-1*2*3/KH-UBND_*-]{+1*2*4/KH-UBND_*+} ngày"

# ---- M2: figures nested past their depth, no loop ---------------------------------------
# chain N: N attachments b0..b(N-1), b0 from the localities, each next one
# with a column counting the rows of the one before; the text counts the last
chain() {
    /usr/bin/python3 - "$1" <<'PY' >"$P/chain$1.yaml"
import sys
n = int(sys.argv[1])
print("""khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]
  issuer_short: UBND huyện Yên Thế
  place: Yên Thế
  date: 2024-01-15
  title: Thử năm 2024
suppress: [KH253]
localities:
  - {id: a, name: An, kind: xã}
  - {id: b, name: Bình, kind: xã}
body:
  - section: A
    items:
      - para: "x {count rows b%d}"
attachments:""" % (n - 1))
for i in range(n):
    v = ', {key: v, header: V, value: "{count rows b%d}"}' % (i - 1) if i else ''
    print('  - {id: b%d, label: "Biểu %d", title: T, columns: [stt, {key: name, header: A}%s], '
          'rows: {from: localities}}' % (i, i, v))
PY
}
chain 9
check_says "M2 nine tables counting each other's rows in a chain: KH511 says how deep, not 'depends on itself'" \
    "$P/chain9.yaml" 1 "error[KH511]: this figure is computed from figures computed one inside another more than 8 deep"
if grep -q 'would depend on itself' "$work/err"; then
    not_ok "M2 ... and not 'would depend on itself': $(head -c 300 "$work/err")"
else
    ok "M2 ... and not 'would depend on itself'"
fi
chain 8
check_says "M2 guard: a chain of eight builds" "$P/chain8.yaml" 0
check_says "M2 guard: a figure reading its own text is still 'would depend on itself'" \
    tests/diag/fig-self-loop.yaml 1 "its value would depend on itself"

# ---- L7: one message for a signature or recipients of the wrong kind ---------------------
edited l7s 'signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A' 'signature: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH, Nguyễn Văn A]'
edited l7r 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients: {UBND tỉnh: 1, Các xã: 2}'
for c in l7s l7r; do
    "$khgen" check "$P/$c.yaml" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -eq 1 ] && grep -q 'error\[KH102\]' "$work/err" && ! grep -q 'KH160' "$work/err"; then
        ok "L7 $c: KH102 alone, no KH160"
    else
        not_ok "L7 $c: status $st: $(head -c 400 "$work/err")"
    fi
done
edited l7n 'signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A' ''
check_says "L7 guard: a finished plan without its signature is still KH160" "$P/l7n.yaml" 0 \
    "warning[KH160]: the plan has no 'signature'"

# ---- L12: --diagnostics-format=json: JSON lines only ----------------------------------
edited l12 'date: 2024-01 ' 'date: 30/6/2024 '
json_only() { # NAME COMMAND...: standard error is JSON lines only, and not empty
    _name=$1
    shift
    "$@" >/dev/null 2>"$work/json.err"
    if [ -s "$work/json.err" ] && /usr/bin/python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8", errors="surrogateescape"):
    json.loads(line)
' "$work/json.err" 2>/dev/null; then
        ok "$_name"
    else
        not_ok "$_name: $(head -c 500 "$work/json.err")"
    fi
}
json_only "L12 diff --diagnostics-format=json of a plan with errors: JSON lines only" \
    "$khgen" diff --diagnostics-format=json "$P/ex.yaml" "$P/l12.yaml"
json_only "L12 new --diagnostics-format=json of a plan with errors: JSON lines only" \
    "$khgen" new --diagnostics-format=json --from "$P/l12.yaml" --year 2025 -o "$work/l12-new.yaml"
json_only "L12 guard: build --diagnostics-format=json of a plan with errors: JSON lines only" \
    "$khgen" build --diagnostics-format=json -o "$work/l12-out" "$P/l12.yaml"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
