#!/bin/sh
# tests/hardening/attack21.sh KHGEN WORKDIR - what the twenty-first
# black-box attack found (issue 8; /tmp/s21attack/findings.md in its
# session):
#  H1 `khgen import` of a .md whose line holds "<b>"/"<i>" tags that pair
#     up: "a<b>(x)</b>b" became "a**(x)**b", which CommonMark (a mark
#     between a letter and punctuation opens nothing) prints with its
#     stars; "<b></b>", "<b>x</b><b>y</b>", "<b>*</b>", "<i>a</i><i>b</i>"
#     printed "****", "x****y", "*****", "a**b", all with exit 0; and so
#     in the cells of a .md's HTML table ("a**(x)b và c **de");
#  M4 `khgen import` of a .md line holding "<br>" or "<!-- ... -->": both
#     printed as typed ("Hoàn thành <br> xã"), where a reader shows a
#     break and nothing (a pipe row's "<br>", a cell's line, is kept);
#  H2 `khgen import` of a .docx: a bold run "(x)" between "a" and "b", an
#     italic quoted name after a word, likewise printed their stars;
#  H3 `khgen import` of a .md heading underlined with "=====" (pandoc's
#     default for levels 1 and 2): "I. MỤC TIÊU =====" printed, an
#     unnumbered one a paragraph "MỤC TIÊU ========"; and "# X \#" printed
#     "X \";
#  M1 `khgen diff` of last year's plan against this year's counting an
#     amount changed ("2024 Triệu đồng" -> "2025 Triệu đồng", also in
#     capitals, in emphasis, after two spaces, in parentheses, "trđ") and
#     a cited document's date after "ban hành" or in parentheses among the
#     parts where only the year moved: hidden;
#  M2 `khgen diff` printing a bidirectional control as it is: a sum "100"
#     changed to "001" after a U+202E showed "{+100+}" in the redline;
#  L  KH317 silent at a day 0 ("ngày 0/5/2024") and at a month after a
#     capital "Tháng" ("Tháng 0/2024"), which "tháng 00/2024" warned, and
#     at an attachment's title;
#  L3 `lead: "tckh "` told "ids are written one each, as a list: [tckh]";
#  L8 `khgen check -nhap.yaml`, a plan named with a leading dash, told
#     only "unknown option": now also how to name it ("./-nhap.yaml",
#     session 42's one wording for every command; "-- -nhap.yaml" before);
#  M3 KH318 telling a plan of 2024 signed on 25/12/2023 to "write 2024 in
#     the date" (its year is what it lacks: 'period'), and its attachment's
#     title "năm 2024" warned again (KH315) beside KH318.
#
# Each case fails with the binary from before its fix, but four guards:
# a .md bold with spaces inside it, a pipe row's <br>, a year that is only
# a year, and the plan with its period, which passed before and must
# still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base

# warns FILE CODE: the number of CODE warnings `khgen check FILE` gives
warns() {
    "$khgen" check --color=never "$1" 2>&1 | grep -c "warning\[$2\]"
}

# ---- H1: a .md's <b>/<i> written as marks CommonMark reads --------------------
"$khgen" build -f md -o "$work/h1" "$work/p/ex.yaml" >/dev/null 2>&1 ||
    not_ok "setup: H1's Markdown"
# md_bullet_case NAME LINE: the .md of the example with its first bullet's
# text replaced by LINE, imported and built again; the bullet's HTML line
md_bullet() {
    python3 - "$work/h1/ex.md" "$work/h1/$1.md" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
old = "- Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp đạt chuẩn nông thôn mới."
assert old in s
open(sys.argv[2], "w", encoding="utf-8").write(s.replace(old, "- " + sys.argv[3]))
PY
    "$khgen" import -o "$work/h1/$1.yaml" "$work/h1/$1.md" >/dev/null 2>&1 &&
        "$khgen" build -f html,md -o "$work/h1/o" "$work/h1/$1.yaml" >/dev/null 2>&1 &&
        grep -m1 -F '<p class="bullet">- Hoàn thành' "$work/h1/o/$1.html"
}
h1() { # NAME LINE WANT: the bullet's HTML holds WANT
    got=$(md_bullet "$1" "$2")
    case $got in
    *"$3"*) ok "H1: .md '$2' imported as '$3'" ;;
    *) not_ok "H1: .md '$2': want '$3', got '$got'" ;;
    esac
}
h1 paren 'Hoàn thành a<b>(x)</b>b xã' 'a(<strong>x</strong>)b xã'
h1 quote 'Hoàn thành xã<b>"Đồng Hưu"</b>, tốt' 'xã&quot;<strong>Đồng Hưu&quot;</strong>, tốt'
h1 twice 'Hoàn thành <b>xây</b><b>dựng</b> xã' '<strong>xâydựng</strong> xã'
h1 empty 'Hoàn thành <b></b> xã' 'Hoàn thành  xã</p>'
h1 star 'Hoàn thành <b>*</b> xã' 'Hoàn thành * xã</p>'
h1 italics 'Hoàn thành <i>a</i><i>b</i> xã' '<em>ab</em> xã'
h1 spaces 'Hoàn thành <b> xây </b> xã' 'Hoàn thành <strong>xây</strong> xã'
# M4: a line break or a comment in a .md's line shows nothing there
h1 br 'Hoàn thành <br> xã<br/>thôn' 'Hoàn thành xã thôn</p>'
h1 comment 'Hoàn thành <b>x <!-- ghi chú --> y</b> xã' 'Hoàn thành <strong>x y</strong> xã'
# ... but a pipe row's <br> is a cell's line break (khgen's own .md)
sed -e 's|    preset: locality-targets|    columns: [stt, {key: a, header: A}, {key: b, header: B}]|' \
    -e 's|    rows: {from: localities, where: {target_year: 2024}}|    rows: [{a: "Rà soát hồ sơ\\ncác xã", b: sau}]|' \
    "$work/p/ex.yaml" >"$work/p/m4.yaml"
"$khgen" build -f md -o "$work/h1/m4" "$work/p/m4.yaml" >/dev/null 2>&1 &&
    "$khgen" import -o "$work/h1/m4.yaml" "$work/h1/m4/m4.md" >/dev/null 2>&1
if grep -qF 'Rà soát hồ sơ<br>các xã' "$work/h1/m4/m4.md" 2>/dev/null &&
    grep -qF 'Rà soát hồ sơ\ncác xã' "$work/h1/m4.yaml" 2>/dev/null; then
    ok "M4: a pipe row's <br> is still its cell's line break"
else
    not_ok "M4: a cell's lines: $(grep -n 'Rà soát' "$work/h1/m4.yaml" 2>/dev/null | head -2)"
fi
# no imported bullet of these prints a star (but '<b>*</b>', a star itself)
stars=$(for f in paren quote twice empty italics spaces; do
    grep -h '<p class="bullet">- Hoàn thành' "$work/h1/o/$f.html" 2>/dev/null; done | grep '\*')
if [ -n "$stars" ]; then
    not_ok "H1: a star printed: $(printf '%s' "$stars" | head -3)"
else
    ok "H1: no imported .md bullet prints a star"
fi

# a .md's HTML table (pandoc's form of a table with paragraphs in its
# cells): its <b>/<i> likewise, in the pipe rows it becomes
python3 - "$work/h1/ex.md" "$work/h1/tbl.md" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
tbl = ("<table>\n<tr><td>TT</td><td>Nội dung</td><td>Ghi chú</td></tr>\n"
       "<tr><td>1</td><td>a<b>(x)</b>b và <b></b>c <b>d</b><b>e</b></td>"
       "<td>xã<i>\"Đồng Hưu\"</i>, tốt</td></tr>\n</table>\n")
old = "(Chi tiết theo Biểu 01 đính kèm)."
assert old in s
open(sys.argv[2], "w", encoding="utf-8").write(s.replace(old, old + "\n\n" + tbl))
PY
"$khgen" import -o "$work/h1/tbl.yaml" "$work/h1/tbl.md" >/dev/null 2>&1 &&
    "$khgen" build -f html -o "$work/h1/o" "$work/h1/tbl.yaml" >/dev/null 2>&1
cells=$(grep -o '<td class="l">[^<]*</td>' "$work/h1/o/tbl.html" 2>/dev/null | tr '\n' ' ')
case $cells in
*'a(x)b và c de'*'xã&quot;Đồng Hưu&quot;, tốt'*) ok "H1: a .md HTML table's <b>/<i> print no star in its cells" ;;
*) not_ok "H1: a .md HTML table's cells: $cells" ;;
esac

# ---- H2: a .docx's bold and italic runs beside punctuation ---------------------
"$khgen" build -f docx -o "$work/h2" "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "setup: H2's .docx"
/usr/bin/python3 - "$work/h2/ex.docx" "$work/h2/runs.docx" <<'PY' || not_ok "setup: H2's runs"
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if "Hoàn thành xây dựng xã Đồng Hưu" in p.text:
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        p.add_run("Hoàn thành a")
        r = p.add_run("(x)"); r.bold = True
        p.add_run("b xã")
        r = p.add_run('"Đồng Hưu"'); r.italic = True
        p.add_run(", tốt")
        break
else:
    sys.exit(1)
d.save(sys.argv[2])
PY
"$khgen" import -o "$work/h2/runs.yaml" "$work/h2/runs.docx" >/dev/null 2>&1 &&
    "$khgen" build -f html -o "$work/h2/o" "$work/h2/runs.yaml" >/dev/null 2>&1
got=$(grep -m1 -F 'Hoàn thành a' "$work/h2/o/runs.html" 2>/dev/null)
case $got in
*'a(<strong>x</strong>)b xã&quot;<em>Đồng Hưu&quot;</em>, tốt'*)
    ok "H2: a .docx's bold '(x)' after a letter and italic quoted name are emphasis, no star printed" ;;
*) not_ok "H2: got '$got'" ;;
esac

# ---- H1, H2 at random: 200 paragraphs of emphasised pieces each ----------------
# words, punctuation, quotes and blanks, each bold or italic at random (a
# fixed seed), as a .md's tags and as a .docx's runs: every paragraph of
# the rebuilt HTML must read as the pieces joined (the binary before the
# fix: 122 and 77 of 200 wrong)
/usr/bin/python3 - "$work/h1/ex.md" "$work/h2/ex.docx" "$work/h1/rand.md" "$work/h2/rand.docx" \
    "$work/h1/rand.txt" <<'PY' || not_ok "setup: the random paragraphs"
import copy, random, sys, docx
from docx.text.paragraph import Paragraph
md_in, docx_in, md_out, docx_out, want = sys.argv[1:6]
random.seed(11)
pieces = ["a", "xã", "(x)", '"Đồng Hưu"', ",", ".", " ", "Tân", "–", "…", "“y”", ":", "5%",
          "b c", " d ", "(", ")", "!"]
paras = []
for i in range(200):
    paras.append([(random.choice(pieces), random.random() < 0.4, random.random() < 0.3)
                  for _ in range(random.randint(2, 8))])
old = "- Hoàn thành xây dựng xã Đồng Hưu, Tân Hiệp đạt chuẩn nông thôn mới."
lines = []
for i, runs in enumerate(paras):
    t = ""
    for w, b, it in runs:
        x = "<i>" + w + "</i>" if it else w
        t += "<b>" + x + "</b>" if b else x
    lines.append("- Dòng %d: %s" % (i, t))
s = open(md_in, encoding="utf-8").read()
assert old in s
open(md_out, "w", encoding="utf-8").write(s.replace(old, "\n".join(lines)))
d = docx.Document(docx_in)
target = next(p for p in d.paragraphs if "Hoàn thành xây dựng xã Đồng Hưu" in p.text)
for i, runs in reversed(list(enumerate(paras))):
    el = copy.deepcopy(target._p)
    target._p.addnext(el)
    p = Paragraph(el, target._parent)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.add_run("Dòng %d: " % i)
    for w, b, it in runs:
        r = p.add_run(w)
        r.bold, r.italic = b, it
d.save(docx_out)
open(want, "w", encoding="utf-8").write(
    "\n".join("Dòng %d: %s" % (i, "".join(w for w, _, _ in runs)) for i, runs in enumerate(paras)))
PY
rand_check() { # DOC: imported, built, each paragraph of its HTML against rand.txt
    name=$(basename "$1" | sed 's/\./-/')
    "$khgen" import -o "$work/$name.yaml" "$1" >/dev/null 2>&1 &&
        "$khgen" build -f html -o "$work/rand-o" "$work/$name.yaml" >/dev/null 2>&1 ||
        { echo "no build"; return; }
    python3 - "$work/rand-o/$name.html" "$work/h1/rand.txt" <<'PY'
import html, re, sys
s = open(sys.argv[1], encoding="utf-8").read()
bad = []
for e in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    key = e.split(":")[0] + ":"
    m = re.search(r"<p[^>]*>(?:- )?" + re.escape(key) + r"(.*?)</p>", s)
    got = html.unescape(re.sub(r"<[^>]+>", "", key + m.group(1))) if m else "(missing)"
    norm = lambda t: re.sub(r"\s+", " ", t).strip()
    if norm(got) != norm(e):
        bad.append("%r -> %r" % (e, got))
print("%d wrong%s" % (len(bad), (": " + "; ".join(bad[:3])) if bad else ""))
PY
}
for doc in "$work/h1/rand.md" "$work/h2/rand.docx"; do
    got=$(rand_check "$doc")
    case $got in
    "0 wrong") ok "H1/H2: 200 random emphasised paragraphs of $(basename "$doc") read back word for word" ;;
    *) not_ok "H1/H2: $(basename "$doc"): $got" ;;
    esac
done

# ---- H3: a .md's setext heading, an ATX heading's escaped '#' ------------------
h3() { # NAME FROM TO WANT: the .md with FROM made TO, imported, built: its .md holds WANT
    python3 - "$work/h1/ex.md" "$work/h1/$1.md" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
assert sys.argv[3] in s
open(sys.argv[2], "w", encoding="utf-8").write(s.replace(sys.argv[3], sys.argv[4].replace("\\n", "\n")))
PY
    if "$khgen" import -o "$work/h1/$1.yaml" "$work/h1/$1.md" >/dev/null 2>&1 &&
        "$khgen" build -f md -o "$work/h1/o" "$work/h1/$1.yaml" >/dev/null 2>&1 &&
        grep -qxF "$4" "$work/h1/o/$1.md" && ! grep -q '====\|\\$' "$work/h1/o/$1.md"; then
        ok "H3: .md heading '$(printf '%s' "$3" | sed 's/\\n/ + /')' rebuilt as '$4'"
    else
        not_ok "H3: .md heading '$3': $(grep -n 'MỤC TIÊU' "$work/h1/o/$1.md" 2>/dev/null | head -2)"
    fi
}
h3 setext1 '**I. MỤC TIÊU**' 'I. MỤC TIÊU\n===========' '**I. MỤC TIÊU**'
h3 setext0 '**I. MỤC TIÊU**' 'MỤC TIÊU\n========' '**MỤC TIÊU**'
h3 atxesc '**I. MỤC TIÊU**' '# I. MỤC TIÊU \#' '**I. MỤC TIÊU \#**'

# ---- M1: diff's "only the year moved" and an amount or a cited date ------------
m1_plan() { # FILE TEXT YEAR: the example moved to YEAR, its task's text TEXT
    sed -e "s|Tham mưu phân bổ nguồn vốn năm {year}.|$2|" -e "s/2024/$3/g" \
        "$work/p/ex.yaml" >"$1"
}
m1() { # OLD NEW: the task's text in 2024 and in 2025; diff must list it
    m1_plan "$work/p/m1-old.yaml" "$1" 2024
    m1_plan "$work/p/m1-new.yaml" "$2" 2025
    if "$khgen" diff --no-color "$work/p/m1-old.yaml" "$work/p/m1-new.yaml" 2>/dev/null |
        grep -q '^@@ II\.1\. “.*”: sửa @@$'; then # the task, named by its words (s45cycle F13)
        ok "M1: diff lists '$1' -> '$2'"
    else
        not_ok "M1: diff hides '$1' -> '$2' among the years moved"
    fi
}
m1 'Kinh phí 2024 Triệu đồng.' 'Kinh phí 2025 Triệu đồng.'
m1 'Kinh phí 2024 TRIỆU ĐỒNG.' 'Kinh phí 2025 TRIỆU ĐỒNG.'
m1 'Kinh phí **2024** triệu đồng.' 'Kinh phí **2025** triệu đồng.'
m1 'Kinh phí 2024 *triệu đồng*.' 'Kinh phí 2025 *triệu đồng*.'
m1 'Kinh phí 2024  triệu đồng.' 'Kinh phí 2025  triệu đồng.'
m1 'Kinh phí 2024 (triệu đồng).' 'Kinh phí 2025 (triệu đồng).'
m1 'Kinh phí 2024 trđ.' 'Kinh phí 2025 trđ.'
m1 'Theo Kế hoạch số 03/KH-UBND ban hành ngày 11/01/2024.' 'Theo Kế hoạch số 03/KH-UBND ban hành ngày 11/01/2025.'
m1 'Theo Kế hoạch số 03/KH-UBND (ngày 11/01/2024).' 'Theo Kế hoạch số 03/KH-UBND (ngày 11/01/2025).'
m1 'Theo Kế hoạch số 03/KH-UBND (11/01/2024).' 'Theo Kế hoạch số 03/KH-UBND (11/01/2025).'
m1 'Theo Công văn số 03 ngày 11/01/2024.' 'Theo Công văn số 03 ngày 11/01/2025.'
# a year is still a year: not listed, counted
m1_plan "$work/p/m1-old.yaml" 'Hoàn thành trong năm 2024, còn 3 xã.' 2024
m1_plan "$work/p/m1-new.yaml" 'Hoàn thành trong năm 2025, còn 3 xã.' 2025
if "$khgen" diff --no-color "$work/p/m1-old.yaml" "$work/p/m1-new.yaml" 2>/dev/null | grep -q '^@@ II\.1\. “'; then
    not_ok "M1: 'năm 2024, còn 3 xã' -> 'năm 2025' listed: a year read as an amount"
else
    ok "M1: 'năm 2024, còn 3 xã' -> 2025 is only the year moved"
fi

# ---- M2: a bidirectional control in khgen diff --------------------------------
sed 's|Tham mưu phân bổ nguồn vốn năm {year}.|Chi 100 triệu đồng.|' "$work/p/ex.yaml" >"$work/p/m2-old.yaml"
sed 's|Tham mưu phân bổ nguồn vốn năm {year}.|"Chi \\u202e001\\u202c triệu đồng."|' \
    "$work/p/ex.yaml" >"$work/p/m2-new.yaml"
for f in term md html; do
    out=$("$khgen" diff --no-color -f $f "$work/p/m2-old.yaml" "$work/p/m2-new.yaml" 2>&1)
    if printf '%s' "$out" | grep -q "$(printf '\342\200\256')"; then
        not_ok "M2: diff -f $f prints U+202E as it is"
    elif printf '%s' "$out" | grep -q 'U+202E'; then
        ok "M2: diff -f $f names U+202E"
    else
        not_ok "M2: diff -f $f: $(printf '%s' "$out" | grep -m1 Chi)"
    fi
done
# in the text both sides share too
sed 's|Tham mưu phân bổ nguồn vốn năm {year}.|"Chi \\u202e 100 triệu đồng."|' "$work/p/ex.yaml" >"$work/p/m2b-old.yaml"
sed 's|Tham mưu phân bổ nguồn vốn năm {year}.|"Chi \\u202e 001 triệu đồng."|' "$work/p/ex.yaml" >"$work/p/m2b-new.yaml"
out=$("$khgen" diff --no-color "$work/p/m2b-old.yaml" "$work/p/m2b-new.yaml" 2>&1)
if printf '%s' "$out" | grep -q "$(printf '\342\200\256')"; then
    not_ok "M2: U+202E in the text both sides share printed as it is"
else
    ok "M2: U+202E in the text both sides share named"
fi

# in a part's name (a row's key) on its @@ line
for v in 1 2; do
    sed -e 's|    preset: locality-targets|    columns: [stt, {key: a, header: A}, {key: b, header: B}]|' \
        -e "s|    rows: {from: localities, where: {target_year: 2024}}|    rows: [{a: \"Xã \\\\u202eAB\", b: \"$v\"}]|" \
        "$work/p/ex.yaml" >"$work/p/m2c-$v.yaml"
done
out=$("$khgen" diff --no-color "$work/p/m2c-1.yaml" "$work/p/m2c-2.yaml" 2>&1 | grep '^@@ Biểu')
case $out in
*"$(printf '\342\200\256')"*) not_ok "M2: U+202E printed as it is in '$out'" ;;
*U+202E*) ok "M2: U+202E of a row's key named on its @@ line" ;;
*) not_ok "M2: the row's @@ line: $out" ;;
esac

# ---- M3: KH318 of a plan signed before its year --------------------------------
sed -e 's/  date: 2024-01 /  date: 2023-12-25 /' \
    -e 's/Kế hoạch thực hiện năm {year}/Kế hoạch thực hiện năm 2024/' "$work/p/ex.yaml" >"$work/p/m3.yaml"
out=$("$khgen" check --color=never "$work/p/m3.yaml" 2>&1)
if printf '%s' "$out" | grep -q "warning\[KH318\].*'period: 2024'"; then
    ok "M3: KH318 names 'period: 2024' for a plan signed before its year"
else
    not_ok "M3: KH318: $(printf '%s' "$out" | grep KH318)"
fi
if printf '%s' "$out" | grep -q 'KH315'; then
    not_ok "M3: an attachment's title in the title's year warned beside KH318: $(printf '%s' "$out" | grep KH315)"
else
    ok "M3: no KH315 beside KH318 for the attachment's title"
fi
printf 'period: 2024\n' >>"$work/p/m3.yaml"
if "$khgen" check -Werror "$work/p/m3.yaml" >/dev/null 2>&1; then
    ok "M3: the plan with 'period: 2024' checks clean"
else
    not_ok "M3: with 'period: 2024': $("$khgen" check "$work/p/m3.yaml" 2>&1 | head -3)"
fi

# ---- L: KH317 of a day 0 and of a month after "Tháng" -------------------------
for t in 'Hoàn thành trước ngày 0/5/2024.' 'Tháng 0/2024 hoàn thành.'; do
    sed "s|Tham mưu phân bổ nguồn vốn năm {year}.|$t|" "$work/p/ex.yaml" >"$work/p/l317.yaml"
    if [ "$(warns "$work/p/l317.yaml" KH317)" = 1 ]; then
        ok "L: KH317 at '$t'"
    else
        not_ok "L: no KH317 at '$t'"
    fi
done

sed 's|    title: Danh sách xã phấn đấu đạt chuẩn năm 2024|    title: Danh sách xã đăng ký trước ngày 31/4/2024|' \
    "$work/p/ex.yaml" >"$work/p/l317.yaml"
if [ "$(warns "$work/p/l317.yaml" KH317)" = 1 ]; then
    ok "L: KH317 at an attachment's title"
else
    not_ok "L: no KH317 at an attachment's title"
fi

# ---- L3: an id with a blank around it ------------------------------------------
sed 's|            lead: tckh|            lead: "tckh "|' "$work/p/ex.yaml" >"$work/p/l3.yaml"
out=$("$khgen" check --color=never "$work/p/l3.yaml" 2>&1)
case $out in
*"unknown unit 'tckh ': an id has no spaces or commas around it; write 'tckh'"*)
    ok "L3: 'tckh ' is told to be written 'tckh'" ;;
*) not_ok "L3: $(printf '%s' "$out" | grep KH202)" ;;
esac

# ---- L8: a plan named with a leading dash -------------------------------------
cp "$work/p/ex.yaml" "$work/p/-nhap.yaml"
out=$(cd "$work/p" && "$khgen" check -nhap.yaml 2>&1)
case $out in
*"./-nhap.yaml"*) ok "L8: 'khgen check -nhap.yaml' names './-nhap.yaml'" ;;
*) not_ok "L8: $out" ;;
esac

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
