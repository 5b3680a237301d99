#!/bin/sh
# tests/hardening/leftovers18.sh KHGEN WORKDIR - what session 18 fixed of
# session 17's LOW leftovers (issue 8): a closing ending with an ellipsis
# or an end mark typed with spaces (". /.") printed "…./." and ". /./."
# (s17attack L2); a header field with spaces around it printed "Số:  12
# /KH-UBND", "Yên Thế , ngày" without a word (L3); two plans whose names
# differ only in case refused as "would both write o/EX.*", untrue on
# Linux (L4: still refused, since output/ is copied to Windows, with a
# true message); a '}' after a tag in a user's template printed without
# a word (L6); a misspelt section name in a user's template,
# {{#goverment_body}}, hiding its part without a word (L1); a negative
# value that rounds to zero, printed "0,0" in the document and held -0.04
# in the workbook, which Excel shows "-0.0" (L7). Each case fails with the
# binary from before its fix, but the controls ("!./.", "?./.", a plain
# build, the built-in templates' names, "a/ex.yaml" and "b/ex.yaml").
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
mkdir -p "$work/p"

# a small finished plan: $work/p/NAME.yaml, its header's place and number
# and its closing given
small() { # NAME PLACE NUMBER CLOSING (the rest of the plan on stdin, may be empty)
    {
        cat <<EOF
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  number: $3
  place: $2
  date: 2024-03-05
  title: Thực thi thử năm 2024
opening: "UBND xã xây dựng Kế hoạch như sau:"
closing: "$4"
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn B}
EOF
        cat
    } >"$work/p/$1.yaml"
}
body='body:
  - para: Nội dung.'

# the text of .md, .html and .docx of out/NAME, one paragraph a line
texts() { # DIR NAME
    "$py" - "$1" "$2" <<'PY'
import sys, zipfile, re, html
d, n = sys.argv[1], sys.argv[2]
out = {'md': open('%s/%s.md' % (d, n), encoding='utf-8').read()}
out['html'] = html.unescape(re.sub(r'<[^>]*>', '', open('%s/%s.html' % (d, n), encoding='utf-8').read()))
x = zipfile.ZipFile('%s/%s.docx' % (d, n)).read('word/document.xml').decode('utf-8')
out['docx'] = '\n'.join(''.join(html.unescape(t) for t in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p))
                        for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S))
for k, v in out.items():
    open('%s/%s.%s.txt' % (d, n, k), 'w', encoding='utf-8').write(v.replace('\u00a0', ' '))
PY
}

# ---- 1: the end mark after an ellipsis, "!", "?", or typed with spaces (L2) -------------------
bad=""
i=0
for pair in 'Trên đây…|Trên đây…/.' 'Trên đây v.v...|Trên đây v.v.../.' 'Trên đây. /.|Trên đây./.' \
    'Trên đây ./.|Trên đây./.' 'Trên đây./ .|Trên đây./.' 'Trân trọng cảm ơn!|Trân trọng cảm ơn!./.' \
    'Có đúng không?|Có đúng không?./.'; do
    i=$((i + 1))
    closing=${pair%%|*}
    want=${pair#*|}
    printf '%s\n' "$body" | small "c$i" "An Bình" '""' "$closing"
    "$khgen" build -f md,html,docx -o "$work/o1" "$work/p/c$i.yaml" >/dev/null 2>"$work/o1.err" || bad="$bad c$i:status"
    [ -s "$work/o1.err" ] && bad="$bad c$i:warned"
    texts "$work/o1" "c$i"
    for f in md html docx; do
        grep -qxF "$want" "$work/o1/c$i.$f.txt" || bad="$bad '$closing':$f:$(grep -h 'Trên\|Trân\|Có' "$work/o1/c$i.$f.txt" | head -1)"
    done
done
if [ -z "$bad" ]; then
    ok "1: a closing ending '…', 'v.v...', '. /.', ' ./.', './ .' prints '…/.', 'v.v.../.', './.' in the .md, .html and .docx; '!' and '?' keep their mark before './.'"
else
    not_ok "1:$bad"
fi

# ---- 2: spaces around a header field: trimmed, with a warning (L3) ----------------------------
printf '%s\n' "$body" | small trim '"Yên Thế "' '" 12 "' "Trên đây là Kế hoạch."
sed -i 's/^recipients: \[UBND huyện,/recipients: [" UBND huyện",/' "$work/p/trim.yaml"
"$khgen" build -f md,html,docx -o "$work/o2" "$work/p/trim.yaml" >/dev/null 2>"$work/o2.err"
s2=$?
texts "$work/o2" trim
bad=""
for f in md html docx; do
    grep -q '^Số: 12/KH-UBND *$' "$work/o2/trim.$f.txt" || bad="$bad $f:number:$(grep -h 'Số:' "$work/o2/trim.$f.txt" | head -1)"
    grep -q 'Yên Thế, ngày 05' "$work/o2/trim.$f.txt" || bad="$bad $f:place"
    grep -q 'Yên Thế ,\|  UBND huyện\|- *  UBND' "$work/o2/trim.$f.txt" && bad="$bad $f:spaces-left"
done
w=$(grep -c 'warning\[KH122\]' "$work/o2.err")
if [ "$s2" -eq 0 ] && [ -z "$bad" ] && [ "$w" -eq 3 ] &&
    grep -q "trim.yaml:5:11: warning\[KH122\]: 'number' begins and ends with spaces" "$work/o2.err" &&
    grep -q "trim.yaml:6:10: warning\[KH122\]: 'place' ends with spaces" "$work/o2.err" &&
    grep -q "trim.yaml:11:14: warning\[KH122\]: 'recipients' begins with spaces" "$work/o2.err"; then
    ok "2: number ' 12 ', place 'Yên Thế ', a recipient ' UBND huyện' print 'Số: 12/KH-UBND', 'Yên Thế, ngày', '- UBND huyện;' in the .md, .html and .docx, KH122 at each value"
else
    not_ok "2: status $s2,$bad, $w warnings: $(head -c 400 "$work/o2.err")"
fi

# ---- 3: names differing only in case: refused, saying why (L4) --------------------------------
printf '%s\n' "$body" | small ex "An Bình" '""' "Trên đây là Kế hoạch."
mkdir -p "$work/p/a" "$work/p/b"
cp "$work/p/ex.yaml" "$work/p/EX.YAML"
cp "$work/p/ex.yaml" "$work/p/a/ex.yaml" && cp "$work/p/ex.yaml" "$work/p/b/ex.yaml"
"$khgen" build -f md -o "$work/o3" "$work/p/ex.yaml" "$work/p/EX.YAML" >/dev/null 2>"$work/o3.err"
s3=$?
"$khgen" build -f md -o "$work/o3" "$work/p/a/ex.yaml" "$work/p/b/ex.yaml" >/dev/null 2>"$work/o3b.err"
s3b=$?
if [ "$s3" -eq 2 ] && [ "$s3b" -eq 2 ] && [ ! -e "$work/o3" ] &&
    grep -qF "write $work/o3/ex.* and $work/o3/EX.*, names that differ only in case: copied to Windows or a USB stick" "$work/o3.err" &&
    grep -qF "would both write $work/o3/ex.*" "$work/o3b.err"; then
    ok "3: ex.yaml and EX.YAML into one directory: refused (exit 2), naming ex.* and EX.* and why (Windows, a USB stick); a/ex.yaml and b/ex.yaml: 'would both write'"
else
    not_ok "3: status $s3/$s3b: $(head -c 300 "$work/o3.err") / $(head -c 200 "$work/o3b.err")"
fi

# ---- 4: a '}' after a tag in a user's template (L6) -------------------------------------------
mkdir -p "$work/t4"
cp templates/plan.md "$work/t4/plan.md"
sed -i 's/^\*\*{{{title_md}}}\*\*$/**{{{title_md}}}}**/; s/^{{#bases}}$/{{#bases}}}/' "$work/t4/plan.md"
line=$(grep -n '{{{title_md}}}}\*\*$' "$work/t4/plan.md" | cut -d: -f1)
bline=$(grep -n '^{{#bases}}}$' "$work/t4/plan.md" | cut -d: -f1)
"$khgen" build -f md --templates "$work/t4" -o "$work/o4" "$work/p/ex.yaml" >/dev/null 2>"$work/o4.err"
s4=$?
"$khgen" build -f md -o "$work/o4b" "$work/p/ex.yaml" >/dev/null 2>"$work/o4b.err"
if [ "$s4" -eq 0 ] && [ -n "$line" ] && [ "$(grep -c 'KH810' "$work/o4.err")" -eq 2 ] &&
    grep -q "t4/plan.md:$line:17: warning\[KH810\]: a '}' after the tag '{{{title_md}}}' is printed as text" "$work/o4.err" &&
    grep -q "t4/plan.md:$bline:11: warning\[KH810\]: a '}' after the tag '{{#bases}}' is printed as text" "$work/o4.err" &&
    [ ! -s "$work/o4b.err" ]; then
    ok "4: '{{{title_md}}}}' and '{{#bases}}}' in a user's plan.md: KH810 at each line:col; the built-in templates: no word"
else
    not_ok "4: status $s4, line $line: $(head -c 300 "$work/o4.err") $(head -c 200 "$work/o4b.err")"
fi

# ---- 5: a misspelt section name in a user's template (L1) -------------------------------------
mkdir -p "$work/t5"
cp templates/plan.md "$work/t5/plan.md"
sed -i 's/{{#governing_body}}/{{#goverment_body}}/; s/{{\/governing_body}}/{{\/goverment_body}}/' "$work/t5/plan.md"
gline=$(grep -n '{{#goverment_body}}' "$work/t5/plan.md" | cut -d: -f1)
printf '%s\n' "$body" | small gov "An Bình" '""' "Trên đây là Kế hoạch."
sed -i 's/^  issuer_short:/  governing_body: UBND HUYỆN YÊN THẾ\n  issuer_short:/' "$work/p/gov.yaml"
"$khgen" build -f md --templates "$work/t5" -o "$work/o5" "$work/p/gov.yaml" >/dev/null 2>"$work/o5.err"
s5=$?
# control: a section over each name the built-in templates use, in a plan
# that holds few of them (no governing body, no recipients, no signature,
# no attachments): no KH811
mkdir -p "$work/t6"
for f in plan.md plan.html docx-styles.xml; do
    names=$(grep -o '{{[#^]\?[a-z_][a-z_.]*' "templates/$f" | sed 's/^{{[#^]\?//' | sort -u)
    cp "templates/$f" "$work/t6/$f"
    case $f in *.xml) continue ;; esac # its own comment holds the tags: values only
    for n in $names; do
        printf '{{#%s}}{{/%s}}{{^%s}}{{/%s}}\n' "$n" "$n" "$n" "$n" >>"$work/t6/$f"
    done
done
{
    echo 'khgen: 1'
    echo 'header: {issuer: [XÃ AN BÌNH], place: An Bình, date: 2024, title: Thực thi thử}'
    printf '%s\n' "$body"
} >"$work/p/bare.yaml"
"$khgen" build -f md,html,docx --templates "$work/t6" -o "$work/o6" "$work/p/bare.yaml" >/dev/null 2>"$work/o6.err"
s6=$?
if [ "$s5" -eq 0 ] && [ -n "$gline" ] &&
    grep -q "t5/plan.md:$gline:1: warning\[KH811\]: no plan holds 'goverment_body' in this template: its section is the same for every plan (did you mean 'governing_body'?)" "$work/o5.err" &&
    ! grep -q 'UBND HUYỆN YÊN THẾ' "$work/o5/gov.md" && [ "$s6" -eq 0 ] && ! grep -q KH811 "$work/o6.err"; then
    ok "5: {{#goverment_body}} in a user's plan.md: KH811 with 'governing_body'; a section over each name of the built-in templates: no KH811"
else
    not_ok "5: status $s5/$s6, line $gline: $(head -c 300 "$work/o5.err") / $(grep KH811 "$work/o6.err" | head -3)"
fi

# ---- 6: a negative value that rounds to zero: one figure in the document and the workbook (L7) -
small neg "An Bình" '""' "Trên đây là Kế hoạch." <<'EOF'
body:
  - para: "Xem {att b1}."
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns: [stt, {key: ten, header: Tên}, {key: x, header: Tăng, type: decimal, decimals: 1}, {key: p, header: Tỷ lệ, type: percent, decimals: 1}]
    rows:
      - {ten: Một, x: "-0,04", p: "-0,04"}
      - {ten: Hai, x: "-0,06", p: "1,27"}
EOF
"$khgen" build -f md,xlsx -o "$work/o7" "$work/p/neg.yaml" >/dev/null 2>"$work/o7.err"
s7=$?
cells=$("$py" - "$work/o7/neg.xlsx" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(' '.join('%s=%r:%s' % (c.coordinate, c.value, c.number_format) for row in ws.iter_rows() for c in row
               if c.column in (3, 4) and isinstance(c.value, (int, float))))
PY
)
if [ "$s7" -eq 0 ] && grep -qF '| 1 | Một | 0,0 | 0,0% |' "$work/o7/neg.md" &&
    grep -qF '| 2 | Hai | -0,1 | 1,3% |' "$work/o7/neg.md" &&
    [ "$cells" = "C6=0:0.0 D6=0:0.0% C7=-0.1:0.0 D7=0.013:0.0%" ]; then
    # since s26fixfig (L10) a cell of a column with decimals holds its value as
    # printed, so the column adds up: -0,06 is -0,1 and 1,27% 1,3% in the workbook too
    ok "6: -0,04 with decimals: 1 prints '0,0' and the workbook holds 0 (Excel's '0.0' showed -0.04 '-0.0'); -0,06 keeps its sign, '-0,1', held as printed"
else
    not_ok "6: status $s7, cells '$cells': $(grep -F '| Một' "$work/o7/neg.md") $(head -c 200 "$work/o7.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
