#!/bin/sh
# tests/hardening/leftovers17.sh KHGEN WORKDIR - what session 17 fixed of
# session 16's LOW leftovers (issue 8): a table's header keeping "*hai*"
# with its stars where a cell "*hai*" lost them (s16attack L2); a closing
# "Xong:" printed "Xong:./." and a finished plan's `body: []` printed
# without a word (L3); KH024 given in a YAML comment (L4); a cell of
# several lines read back from the .md as one line (L5); a tab inside a
# text printed as a tab in the .md and the .docx, a space in the HTML,
# without a word (s16user L1); `make uninstall` removing a file of one's
# own in share/khgen and leaving the directories install created (L2); a
# path in a plan reached through a symbolic link, read beside the link
# without a word of the target (L5); and a JSON form of the diagnostics
# for CI (L3). Each case fails with the binary (or the Makefile) from
# before its fix, but the three controls (a closing ending "./.", a
# draft's empty body, an include beside the link).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
mkdir -p "$work/p"

tail_lines='recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn B}'

# the text of every format of out/NAME: .md and .html as written, the
# .docx's paragraphs (w:t joined) and the workbook's cells, one a line
texts() { # DIR NAME
    "$py" - "$1" "$2" <<'PY'
import sys, zipfile, re, html
d, n = sys.argv[1], sys.argv[2]
out = {}
out['md'] = open('%s/%s.md' % (d, n), encoding='utf-8').read()
out['html'] = html.unescape(open('%s/%s.html' % (d, n), encoding='utf-8').read())
x = zipfile.ZipFile('%s/%s.docx' % (d, n)).read('word/document.xml').decode('utf-8')
paras = []
for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
    paras.append(''.join(html.unescape(t) for t in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
out['docx'] = '\n'.join(paras)
try:
    import openpyxl
    wb = openpyxl.load_workbook('%s/%s.xlsx' % (d, n))
    out['xlsx'] = '\n'.join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
except FileNotFoundError:
    out['xlsx'] = ''
for k, v in out.items():
    open('%s/%s.%s.txt' % (d, n, k), 'w', encoding='utf-8').write(v)
PY
}

# ---- 1: a table's header and its cells, one rule (s16attack L2) ------------------------------
small emph <<EOF
body:
  - para: "Xem {att b1}."
  - table: Bảng thử
    columns: [stt, {key: a, header: "Cột *hai*"}]
    rows:
      - {a: "*không nghiêng*"}
closing: Trên đây là Kế hoạch.
$tail_lines
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns: [stt, {key: a, header: "Cột *hai*", group: "Nhóm **ba**"}, {key: b, header: "Sao \\\\*", group: "Nhóm **ba**"}]
    rows:
      - {a: "*không nghiêng*", b: x}
EOF
"$khgen" build -f md,html,docx,xlsx -o "$work/o1" "$work/p/emph.yaml" >/dev/null 2>"$work/o1.err"
s1=$?
texts "$work/o1" emph
bad=""
for f in md html docx xlsx; do
    t=$work/o1/emph.$f.txt
    grep -q 'Cột hai' "$t" || bad="$bad $f:no-'Cột hai'"
    grep -q 'không nghiêng' "$t" || bad="$bad $f:no-cell"
    grep -q '\*hai\|\*không\|<em>' "$t" && bad="$bad $f:stars-or-italic"
done
grep -q 'Nhóm ba' "$work/o1/emph.xlsx.txt" || bad="$bad xlsx:group"
grep -q 'Sao \*' "$work/o1/emph.xlsx.txt" || bad="$bad xlsx:escaped-star"
if [ "$s1" -eq 0 ] && [ -z "$bad" ] && grep -qF '| STT | Cột hai |' "$work/o1/emph.md"; then
    ok "1: a header 'Cột *hai*' prints 'Cột hai' as a cell '*không nghiêng*' prints 'không nghiêng', in the .md, .html, .docx and .xlsx; '\\*' prints a star"
else
    not_ok "1: status $s1,$bad; $(grep -n 'Cột' "$work/o1/emph.md" | head -3)"
fi

# ---- 2: the closing's end mark, an empty body (s16attack L3) ---------------------------------
small close <<EOF
body:
  - para: Nội dung.
closing: "Trên đây là Kế hoạch của UBND xã:"
$tail_lines
EOF
"$khgen" build -f md,html,docx -o "$work/o2" "$work/p/close.yaml" >/dev/null 2>"$work/o2.err"
s2=$?
texts "$work/o2" close
bad=""
for f in md html docx; do
    grep -q 'của UBND xã\./\.' "$work/o2/close.$f.txt" || bad="$bad $f"
    grep -q 'xã:\./\.' "$work/o2/close.$f.txt" && bad="$bad $f:colon"
done
if [ "$s2" -eq 0 ] && [ -z "$bad" ] &&
    grep -q "close.yaml:11:10: warning\[KH163\]: the closing ends with ':', a sentence not finished before the end mark './.': it is printed 'Trên đây là Kế hoạch của UBND xã./.'" "$work/o2.err"; then
    ok "2: a closing 'Xong:' prints '...xã./.' in the .md, .html and .docx, KH163 at its line"
else
    not_ok "2: status $s2,$bad: $(head -c 300 "$work/o2.err")"
fi
# a full stop, and the end mark written already: as before, no word
small close2 <<EOF
body:
  - para: Nội dung.
closing: "Trên đây là Kế hoạch của UBND xã./."
$tail_lines
EOF
"$khgen" build -f md -o "$work/o2b" "$work/p/close2.yaml" >/dev/null 2>"$work/o2b.err"
if [ $? -eq 0 ] && [ ! -s "$work/o2b.err" ] && grep -q '^Trên đây là Kế hoạch của UBND xã\./\.$' "$work/o2b/close2.md"; then
    ok "2: a closing ending './.' prints as written, without a warning"
else
    not_ok "2: './.' closing: $(head -c 300 "$work/o2b.err"); $(grep -n 'Trên đây' "$work/o2b/close2.md")"
fi
small empty <<EOF
body: []
closing: Trên đây là Kế hoạch.
$tail_lines
EOF
"$khgen" check "$work/p/empty.yaml" >/dev/null 2>"$work/o2c.err"
s=$?
if [ "$s" -eq 0 ] && grep -q "empty.yaml:9:7: warning\[KH164\]: the body is empty, but the plan has its closing" "$work/o2c.err"; then
    ok "2: 'body: []' in a plan with its closing: KH164 at the body's line"
else
    not_ok "2: body []: status $s: $(head -c 300 "$work/o2c.err")"
fi
# a draft (no closing yet) with an empty body: no word
grep -v '^closing:' "$work/p/empty.yaml" >"$work/p/draft.yaml"
"$khgen" check "$work/p/draft.yaml" >/dev/null 2>"$work/o2d.err"
if ! grep -q 'KH164' "$work/o2d.err"; then
    ok "2: a draft's empty body (no closing yet): no KH164"
else
    not_ok "2: a draft got KH164"
fi

# ---- 3: full-width digits in a comment (s16attack L4) ----------------------------------------
small fwc <<'EOF'
body:
  - para: "Số ０１ trong văn bản"   # ghi chú ０２
  # ０３ dòng chú thích
  - para: |
      Khối # ０４ là văn bản
closing: Trên đây là Kế hoạch.   # ０５
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn B}
EOF
sed -i '1s/$/   # bản số ０６/' "$work/p/fwc.yaml"
"$khgen" check "$work/p/fwc.yaml" >/dev/null 2>"$work/o3.err"
s3=$?
where=$(grep -o 'fwc.yaml:[0-9]*:[0-9]*: warning\[KH024\]' "$work/o3.err" | tr '\n' ' ')
if [ "$s3" -eq 0 ] && [ "$where" = "fwc.yaml:10:15: warning[KH024] fwc.yaml:13:14: warning[KH024] " ]; then
    ok "3: KH024 at the digits of a value and of a block value's '# ０４', none at the four comments"
else
    not_ok "3: status $s3, KH024 at: $where"
fi

# ---- 4: the .md round trip of a cell of several lines (s16attack L5) -------------------------
small cells <<EOF
body:
  - para: "Xem {att b1}."
  - table: Bảng thử
    columns: [stt, {key: a, header: A}]
    rows:
      - {a: "dòng 1\ndòng 2"}
      - {a: "đoạn 1\n\nđoạn 2"}
      - {a: "viết <br> như chữ"}
closing: Trên đây là Kế hoạch.
$tail_lines
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns: [stt, {key: a, header: A}]
    rows:
      - {a: "dòng 1\ndòng 2"}
      - a: |
          khối 1
          khối 2
EOF
"$khgen" build -f md -o "$work/o4" "$work/p/cells.yaml" >/dev/null 2>"$work/o4.err" &&
    "$khgen" import "$work/o4/cells.md" -o "$work/o4/back.yaml" >/dev/null 2>>"$work/o4.err"
"$khgen" diff "$work/p/cells.yaml" "$work/o4/back.yaml" >"$work/o4.diff" 2>>"$work/o4.err"
s4=$?
if [ "$s4" -eq 0 ] && [ ! -s "$work/o4.diff" ] && grep -qF '| 1 | dòng 1<br>dòng 2 |' "$work/o4/cells.md" &&
    grep -qF '| 2 | đoạn 1<br>đoạn 2 |' "$work/o4/cells.md" &&
    grep -qF '| 3 | viết \<br\> như chữ |' "$work/o4/cells.md"; then
    ok "4: a cell's lines are '<br>' in the .md pipe table, and khgen diff of the plan and the .md's import says the same; a text's own '<br>' stays text"
else
    not_ok "4: diff status $s4: $(head -c 400 "$work/o4.diff") $(head -c 200 "$work/o4.err")"
fi
if command -v pandoc >/dev/null 2>&1; then
    pandoc -f gfm -t html "$work/o4/cells.md" >"$work/o4.html" 2>&1
    if grep -q '<td>dòng 1<br>dòng 2</td>' "$work/o4.html" && grep -q '<td>viết &lt;br&gt; như chữ</td>' "$work/o4.html"; then
        ok "4: pandoc -f gfm prints the cell's two lines with a line break, the text's '<br>' as text"
    else
        not_ok "4: pandoc: $(grep -n 'dòng 1\|viết' "$work/o4.html" | head -3)"
    fi
else
    echo "# skip - 4: no pandoc here (not counted)"
fi

# ---- 5: a tab inside a text (s16user L1) ----------------------------------------------------
printf 'body:\n  - para: "Xem {att b1}."\n  - para: Số hộ\t120 hộ\nclosing: Trên đây là Kế hoạch.\n%s\nattachments:\n  - id: b1\n    label: Biểu 01\n    title: Số liệu\n    columns: [stt, {key: a, header: A}]\n    rows:\n      - {a: "ô\\tcó tab"}\n' "$tail_lines" | small tab
"$khgen" build -f md,html,docx,xlsx -o "$work/o5" "$work/p/tab.yaml" >/dev/null 2>"$work/o5.err"
s5=$?
texts "$work/o5" tab
bad=""
for f in md html docx xlsx; do
    t=$work/o5/tab.$f.txt
    grep -q "$(printf '\t')" "$t" && bad="$bad $f:tab"
    [ "$f" = xlsx ] || grep -q 'Số hộ 120 hộ' "$t" || bad="$bad $f:para"
    grep -q 'ô có tab' "$t" || bad="$bad $f:cell"
done
n=$(grep -c 'warning\[KH026\]' "$work/o5.err")
if [ "$s5" -eq 0 ] && [ -z "$bad" ] && [ "$n" -eq 1 ] &&
    grep -q "tab.yaml:11:16: warning\[KH026\]: a tab inside a text" "$work/o5.err"; then
    ok "5: a tab typed in a paragraph and a \\t in a cell: one space in the .md, .html, .docx and .xlsx, KH026 at the typed one"
else
    not_ok "5: status $s5, $n KH026,$bad: $(head -c 300 "$work/o5.err")"
fi

# ---- 6: make uninstall removes what install made, only that (s16user L2) ----------------------
root=$work/root
mkdir -p "$root/usr/bin" # there before khgen: stays
mf=${LEFTOVERS17_MAKEFILE:-Makefile}
if make -s -f "$mf" install DESTDIR="$root" PREFIX=/usr >"$work/o6.log" 2>&1; then
    echo "mine" >"$root/usr/share/khgen/templates/local.yaml"
    make -s -f "$mf" uninstall DESTDIR="$root" PREFIX=/usr >>"$work/o6.log" 2>&1
    left=$(cd "$root" && find . -mindepth 1 | LC_ALL=C sort | tr '\n' ' ')
    want="./usr ./usr/bin ./usr/share ./usr/share/khgen ./usr/share/khgen/templates ./usr/share/khgen/templates/local.yaml "
    if [ "$left" = "$want" ]; then
        ok "6: make uninstall leaves a file of one's own (and its directories) and /usr/bin, there before; nothing else"
    else
        not_ok "6: left: $left"
    fi
else
    not_ok "6: make install: $(tail -3 "$work/o6.log")"
fi

# ---- 7: a plan reached through a symbolic link (s16user L5) ----------------------------------
mkdir -p "$work/sl/shared" "$work/sl/xa"
small linked <<EOF
include: [reg.yaml]
body:
  - para: "Giao {unit vp} chủ trì."
closing: Trên đây là Kế hoạch.
$tail_lines
EOF
mv "$work/p/linked.yaml" "$work/sl/shared/plan.yaml"
echo 'units: [{id: vp, name: Văn phòng ở thư mục đích}]' >"$work/sl/shared/reg.yaml"
echo 'units: [{id: vp, name: Văn phòng ở thư mục liên kết}]' >"$work/sl/xa/reg.yaml"
ln -s ../shared/plan.yaml "$work/sl/xa/plan.yaml"
"$khgen" build -f md -o "$work/o7" "$work/sl/xa/plan.yaml" >/dev/null 2>"$work/o7.err"
s7=$?
if [ "$s7" -eq 0 ] && grep -q 'Giao Văn phòng ở thư mục liên kết chủ trì' "$work/o7/plan.md"; then
    ok "7: include: in a plan reached through a link is read beside the link (as gcc reads #include \"x.h\")"
else
    not_ok "7: status $s7: $(head -c 300 "$work/o7.err")"
fi
rm "$work/sl/xa/reg.yaml"
(cd "$work/sl" && "$khgen" check xa/plan.yaml) >/dev/null 2>"$work/o7b.err"
s=$?
if [ "$s" -eq 1 ] && grep -q "xa/plan.yaml:9:11: error\[KH001\]: cannot read included file 'xa/reg.yaml'" "$work/o7b.err" &&
    grep -q "xa/plan.yaml:9:11: note: 'xa/plan.yaml' is a link to '.*/sl/shared/plan.yaml': a path in it is read from the link's directory, as a C compiler reads #include \"...\"; '.*/sl/shared/reg.yaml' is beside the target: write its path from 'xa', or link it there too" "$work/o7b.err"; then
    ok "7: missing beside the link, there beside the target: KH001 and a note naming the rule and the target"
else
    not_ok "7: status $s: $(head -c 600 "$work/o7b.err")"
fi

# ---- 8: diagnostics as JSON lines, for CI (s16user L3) -------------------------------------
# the plan of case 7 without its registry (an error and its note), the
# full-width digits of case 3 (warnings), a tab (KH026): each line one JSON
# object, the same file, line, column, severity and code as the text form
cp "$work/p/fwc.yaml" "$work/p/json.yaml"
printf '  - para: "x\ty"\n' >>"$work/p/json.yaml"
(cd "$work/sl" && "$khgen" check xa/plan.yaml "$work/p/json.yaml" >/dev/null 2>"$work/o8.txt";
    echo $? >"$work/o8.st1"
    "$khgen" check --diagnostics-format=json xa/plan.yaml "$work/p/json.yaml" >/dev/null 2>"$work/o8.json";
    echo $? >"$work/o8.st2")
got=$("$py" - "$work/o8.txt" "$work/o8.json" <<'PY' 2>&1
import sys, json, re
text = open(sys.argv[1], encoding='utf-8').read().splitlines()
want = [m.groups() for m in (re.match(r'^(\S+):(\d+):(\d+): (error|warning)\[(KH\d+)\]: (.*)$', l) for l in text) if m]
notes = [m.groups() for m in (re.match(r'^(\S+):(\d+):(\d+): note: (.*)$', l) for l in text) if m]
got, got_notes = [], []
for line in open(sys.argv[2], encoding='utf-8').read().splitlines():
    o = json.loads(line)
    assert set(o) == {'file', 'line', 'column', 'severity', 'code', 'message', 'notes'}, o.keys()
    got.append((o['file'], str(o['line']), str(o['column']), o['severity'], o['code'], o['message']))
    got_notes += [(n['file'], str(n['line']), str(n['column']), n['message']) for n in o['notes']]
print('same' if got == want and got_notes == notes and len(want) >= 4 and notes else 'differ: %r %r' % (got, want))
PY
)
if [ "$got" = same ] && [ "$(cat "$work/o8.st1")" = 1 ] && [ "$(cat "$work/o8.st2")" = 1 ]; then
    ok "8: --diagnostics-format=json: one JSON object a line, the text form's files, lines, columns, severities, codes, messages and notes; the same exit status"
else
    not_ok "8: status $(cat "$work/o8.st1") / $(cat "$work/o8.st2"): $(printf '%s' "$got" | head -c 400) $(head -c 200 "$work/o8.json")"
fi
"$khgen" check --diagnostics-format=xml "$work/p/json.yaml" >/dev/null 2>"$work/o8b.err"
if [ $? -eq 2 ] && grep -q "unknown diagnostics format 'xml': use text or json" "$work/o8b.err"; then
    ok "8: --diagnostics-format=xml is a usage error naming the formats"
else
    not_ok "8: xml: $(head -c 200 "$work/o8b.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
