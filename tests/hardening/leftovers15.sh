#!/bin/sh
# tests/hardening/leftovers15.sh KHGEN WORKDIR - what session 15 fixed of
# the fourteenth black-box attack's LOW leftovers and of the fourteenth
# user's (issue 8; /tmp/s14attack/findings.md and /tmp/s14user/findings.md
# in session 14): a part past the tenth numbered "Phần thứ 11", a section
# past 3999 and a point past "yyy)" printed "4000." and "l44)", an image
# the .md kept, a preset that is a link to a device called unknown,
# `foo.YAML` building `foo.YAML.md`, `bullet: #5 ...` called empty without
# a word of the '#', import writing "Biểu 01" where the plan needs
# {att bieu-01}, a quote never closed without the line it opened on, and
# usage errors without "did you mean". Each case fails with the binary
# from before its fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
ex=$work/p/ex.yaml

# ---- 1: parts past the tenth, in words; numbers no label can print --------------------------
# "Phần thứ 11" (s14attack L1): the ordinal in words as an official writes
# it, in every format (one label, resolve.c), and import reads it back.
/usr/bin/python3 - "$ex" "$work/p/parts.yaml" <<'PY' || not_ok "setup: 1's plan"
import sys
src = open(sys.argv[1]).read()
head, tail = src[:src.index('body:')], src[src.index('closing:'):]
body = "body:\n" + "".join(
    "  - part: PHẦN SỐ %d\n    items:\n      - section: MỤC %d\n        items:\n"
    "          - bullet: Việc %d.\n" % (i, i, i) for i in range(1, 23))
body = body.replace("Việc 1.", "Việc 1 (Chi tiết theo {att bieu01} đính kèm).")
open(sys.argv[2], 'w').write(head + body + tail)
PY
"$khgen" build -f md,html -o "$work/o1" "$work/p/parts.yaml" >/dev/null 2>"$work/o1.err"
s1=$?
"$khgen" import "$work/o1/parts.md" -o "$work/o1.yaml" 2>/dev/null
if [ "$s1" -eq 0 ] && grep -qxF '**Phần thứ mười một**' "$work/o1/parts.md" &&
    grep -qxF '**Phần thứ mười lăm**' "$work/o1/parts.md" &&
    grep -qxF '**Phần thứ hai mươi mốt**' "$work/o1/parts.md" &&
    grep -qF 'Phần thứ mười bốn' "$work/o1/parts.html" && ! grep -q 'Phần thứ [0-9]' "$work/o1/parts.md" &&
    [ "$(grep -c '^  - part: PHẦN SỐ' "$work/o1.yaml")" -eq 22 ]; then
    ok "1: parts 11, 14, 15, 21 are 'thứ mười một', 'mười bốn', 'mười lăm', 'hai mươi mốt'; import reads the 22 back"
else
    not_ok "1: status $s1: $(grep -o 'Phần thứ [^*]*' "$work/o1/parts.md" | sed -n '10,12p' | tr '\n' '|') parts imported: $(grep -c 'part:' "$work/o1.yaml")"
fi
# a converter's paragraph that joins the label and the title: the longest
# label in words is the label ("PHẦN THỨ HAI MƯƠI MỐT", not "... HAI")
sed -e 's/^\*\*Phần thứ mười một\*\*$/**PHẦN THỨ MƯỜI MỘT PHẦN SỐ MƯỜI MỘT**/' \
    -e 's/^\*\*Phần thứ hai mươi mốt\*\*$/**PHẦN THỨ HAI MƯƠI MỐT KẾT QUẢ**/' \
    "$work/o1/parts.md" | awk '/^\*\*PHẦN THỨ/ { print; skip = 1; next }
        skip && /^$/ { next } skip { skip = 0; next } { print }' >"$work/p/joined.md"
"$khgen" import "$work/p/joined.md" -o "$work/o1j.yaml" 2>/dev/null
if grep -A1 -xF '  - part: PHẦN SỐ MƯỜI MỘT' "$work/o1j.yaml" | grep -qxF '    label: PHẦN THỨ MƯỜI MỘT' &&
    grep -A1 -xF '  - part: KẾT QUẢ' "$work/o1j.yaml" | grep -qxF '    label: PHẦN THỨ HAI MƯƠI MỐT' &&
    [ "$(grep -c '^  - part: ' "$work/o1j.yaml")" -eq 22 ]; then
    ok "1: 'PHẦN THỨ HAI MƯƠI MỐT KẾT QUẢ' in one paragraph is the part's label in words and its title"
else
    not_ok "1: joined: $(grep -n -A1 'part: ' "$work/o1j.yaml" | sed -n '20,24p;40,44p' | tr '\n' '|')"
fi
sed -e 's/^  - section: TỔ CHỨC THỰC HIỆN$/&\n    number: 4000/' \
    -e 's/^          - para: (Chi tiết theo {att bieu01} đính kèm).$/&\n          - point: Điểm\n            number: 1000/' \
    "$ex" >"$work/p/num.yaml"
"$khgen" check "$work/p/num.yaml" 2>"$work/o1b.err"
s1=$?
LANGUAGE=vi "$khgen" check "$work/p/num.yaml" 2>"$work/o1bvi.err"
if [ "$s1" -eq 1 ] &&
    grep -q "num.yaml:45:21: error\[KH120\]: this point is numbered 1000, and the letters of points stop at 'yyy)'" "$work/o1b.err" &&
    grep -q "num.yaml:47:13: error\[KH120\]: this section is numbered 4000, and Roman numerals stop at 3999" "$work/o1b.err" &&
    [ "$(grep -c 'KH120.*được đánh số' "$work/o1bvi.err")" -eq 2 ]; then
    ok "1: a section numbered 4000 and a point numbered 1000 are KH120 at their number (English, Vietnamese)"
else
    not_ok "1: KH120: status $s1: $(head -c 600 "$work/o1b.err")"
fi

# ---- 2: an image in a text is its alternative text in the .md, as in the HTML ---------------
sed -e 's|^          - bullet: Hoàn thành xây dựng xã {loc dong-lac}|          - bullet: Có ![logo](http://x/y.png) và [![nút](http://x/b.png)](https://x.vn) xã {loc dong-lac}|' \
    -e 's|^  - section: MỤC TIÊU$|  - section: MỤC TIÊU ![a](http://x/t.png)|' \
    -e 's|^closing: .*|closing: "- Trên đây ![c](http://x/c.png) là Kế hoạch."|' "$ex" >"$work/p/img.yaml"
"$khgen" build -f md,html -o "$work/o2" "$work/p/img.yaml" >/dev/null 2>&1
s1=$?
if [ "$s1" -eq 0 ] && ! grep -qF '![' "$work/o2/img.md" &&
    grep -qxF -- '- Có logo và [nút](https://x.vn) xã Đồng Lạc đạt chuẩn nông thôn mới nâng cao.' "$work/o2/img.md" &&
    grep -qxF '**I. MỤC TIÊU a**' "$work/o2/img.md" &&
    grep -qxF '&#45; Trên đây c là Kế hoạch./.' "$work/o2/img.md" &&
    grep -qF 'Có logo và <a href="https://x.vn">nút</a>' "$work/o2/img.html"; then
    ok "2: an image prints as its alternative text in the .md too (a bullet, a heading, a closing that begins with '- ')"
else
    not_ok "2: status $s1: $(grep -n 'logo\|MỤC TIÊU\|Trên đây' "$work/o2/img.md" | head -c 500)"
fi

# ---- 3: a preset of --templates that is not a regular file ------------------------------------
mkdir -p "$work/t3/presets" "$work/t3b/presets/locality-targets.yaml"
ln -s /dev/zero "$work/t3/presets/locality-targets.yaml"
"$khgen" check --templates "$work/t3" "$ex" 2>"$work/o3.err"
s1=$?
"$khgen" check --templates "$work/t3b" "$ex" 2>"$work/o3b.err"
s2=$?
if [ "$s1" -eq 1 ] && [ "$s2" -eq 1 ] &&
    grep -q "error\[KH603\]: preset 'locality-targets': '.*t3/presets/locality-targets.yaml' is not a regular file (a device or a pipe)" "$work/o3.err" &&
    grep -q "error\[KH603\]: preset 'locality-targets': '.*t3b/presets/locality-targets.yaml' is not a regular file (a directory)" "$work/o3b.err" &&
    ! grep -q 'unknown preset' "$work/o3.err" "$work/o3b.err"; then
    ok "3: a preset that is a link to /dev/zero, or a directory, is 'not a regular file', not 'unknown'"
else
    not_ok "3: status $s1/$s2: $(head -c 300 "$work/o3.err") $(head -c 300 "$work/o3b.err")"
fi

# ---- 4: foo.YAML and foo.Yml build foo.md -------------------------------------------------------
cp "$ex" "$work/p/Foo.YAML"
cp "$ex" "$work/p/bar.Yml"
"$khgen" build -f md,html -o "$work/o4" "$work/p/Foo.YAML" "$work/p/bar.Yml" >/dev/null 2>&1
s1=$?
if [ "$s1" -eq 0 ] && [ -f "$work/o4/Foo.md" ] && [ -f "$work/o4/Foo.html" ] && [ -f "$work/o4/bar.md" ] &&
    ! [ -e "$work/o4/Foo.YAML.md" ] && ! [ -e "$work/o4/bar.Yml.md" ]; then
    ok "4: Foo.YAML and bar.Yml build Foo.md, Foo.html and bar.md"
else
    not_ok "4: status $s1: $(ls "$work/o4" 2>&1 | tr '\n' ' ')"
fi

# ---- 5: `bullet: #5 ...` is a comment: say so, and how to quote it --------------------------------
sed 's/^          - bullet: Hoàn thành xây dựng xã {loc dong-lac}.*/          - bullet: #5 xã đạt chuẩn/' "$ex" >"$work/p/hash.yaml"
"$khgen" check "$work/p/hash.yaml" 2>"$work/o5.err"
s1=$?
if [ "$s1" -eq 1 ] && grep -q "error\[KH107\]: 'bullet' is empty" "$work/o5.err" &&
    grep -qF "hash.yaml:42:21: warning[KH023]: '#5 xã đạt chuẩn' is a YAML comment, not this value" "$work/o5.err" &&
    grep -qF 'Write the value in quotes: "#5 xã đạt chuẩn"' "$work/o5.err"; then
    ok "5: 'bullet: #5 ...' names the '#' comment and the value to write in quotes"
else
    not_ok "5: status $s1: $(head -c 600 "$work/o5.err")"
fi

# ---- 6: import writes {att ID} where the text names an attachment it read -------------------------
sed 's/(Chi tiết theo {att bieu01} đính kèm)/(Chi tiết theo Biểu 01 đính kèm)/' "$ex" >"$work/p/att.yaml"
"$khgen" build -f md,docx -o "$work/o6" "$work/p/att.yaml" >/dev/null 2>&1 || not_ok "setup: 6's build"
"$khgen" import "$work/o6/att.docx" -o "$work/o6.yaml" 2>/dev/null
s1=$?
"$khgen" check "$work/o6.yaml" 2>"$work/o6.err"
s2=$?
"$khgen" build -f md -o "$work/o6b" "$work/o6.yaml" >/dev/null 2>&1
if [ "$s1" -eq 0 ] && [ "$s2" -eq 0 ] && ! grep -q KH253 "$work/o6.err" &&
    grep -qF -- '- para: (Chi tiết theo {att bieu-01} đính kèm).' "$work/o6.yaml" &&
    grep -qxF '(Chi tiết theo Biểu 01 đính kèm).' "$work/o6b/o6.md"; then
    ok "6: '(Chi tiết theo Biểu 01 đính kèm)' imports as {att bieu-01}: no KH253, printed the same"
else
    not_ok "6: status $s1/$s2: $(grep -n 'Chi tiết' "$work/o6.yaml") $(head -c 300 "$work/o6.err")"
fi

# ---- 7: a quote never closed names the line it opened on ------------------------------------------
sed 's/^    title: Danh sách xã/    title: "Danh sách xã/' "$ex" >"$work/p/quote.yaml"
"$khgen" check "$work/p/quote.yaml" 2>"$work/o7.err"
s1=$?
LANGUAGE=vi "$khgen" check "$work/p/quote.yaml" 2>"$work/o7vi.err"
if [ "$s1" -eq 1 ] &&
    grep -qF "quote.yaml:72:12: error[KH005]: YAML syntax error: the '\"' that opens this value is never closed" "$work/o7.err" &&
    grep -qF "on this line if the value is on one line" "$work/o7.err" &&
    grep -qF "quote.yaml:72:12: error[KH005]: lỗi cú pháp YAML: dấu '\"' mở giá trị này không bao giờ được đóng" "$work/o7vi.err"; then
    ok "7: a '\"' never closed names line 72, where it opened (English, Vietnamese)"
else
    not_ok "7: status $s1: $(head -c 400 "$work/o7.err")"
fi

# ---- 8: usage errors suggest: -f docx,pfd, khgen chek ---------------------------------------------
"$khgen" build -f docx,pfd "$ex" 2>"$work/o8a.err"
s1=$?
"$khgen" chek "$ex" 2>"$work/o8b.err"
s2=$?
LANGUAGE=vi "$khgen" build -f docx,pfd "$ex" 2>"$work/o8c.err"
LANGUAGE=vi "$khgen" chek "$ex" 2>"$work/o8d.err"
"$khgen" zzzz 2>"$work/o8e.err"
if [ "$s1" -eq 2 ] && [ "$s2" -eq 2 ] &&
    grep -qF "khgen: unknown format 'pfd' in 'docx,pfd' (did you mean 'pdf'?)" "$work/o8a.err" &&
    grep -qF "khgen: unknown command 'chek' (did you mean 'check'?)" "$work/o8b.err" &&
    grep -qF "(có phải là 'pdf'?)" "$work/o8c.err" && grep -qF "lệnh không xác định 'chek' (có phải là 'check'?)" "$work/o8d.err" &&
    grep -qF "unknown command 'zzzz' (use one of: build, check," "$work/o8e.err"; then
    ok "8: '-f docx,pfd' and 'khgen chek' say 'did you mean' 'pdf', 'check' (English, Vietnamese)"
else
    not_ok "8: status $s1/$s2: $(cat "$work/o8a.err" "$work/o8b.err" "$work/o8c.err" | head -c 600)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
