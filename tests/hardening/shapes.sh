#!/bin/sh
# tests/hardening/shapes.sh KHGEN WORKDIR - plan shapes whose cost once grew
# faster than the plan (issue 8, the s5 black-box attack), and the outputs
# and diagnostics that attack found wrong.
#
# Each timed case is a plan of a few MB that took seconds (and, for the point
# labels, hundreds of MB) before its fix; it must now take at most a second
# of CPU time (user + system: a busy machine does not fail it) with the
# release build, five under the sanitizers, and end with status 3 or less.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
hdr = """khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01
  title: Kế hoạch thử
"""
# F1: one list of 160,000 points (4.4 MB); each label repeated its letter
# once per round ("aaaa...a)"): 5 s and 684 MB before
# (and a quarter, points1: n against 4n since session 47, the 4n at 0.78 s
# of its second in a fresh clone beside other work)
for suffix, n in (("1", 40000), ("", 160000)):
    open(work + "/points" + suffix + ".yaml", "w").write(hdr + "body:\n  - section: A\n    items:\n" +
        "".join("      - point: Mục %d\n" % i for i in range(n)))
# F5, F6: a generated table over 40,000 localities whose `where` lists all
# their ids (4.9 s before), and whose group_titles name 40,000 groups (2.6 s)
# (and a quarter of each, where1 and wherelist1: n against 4n since
# session 47, the one timed 4n at 0.57 s of its second on a loaded machine)
table = "body:\n  - \"{att b}\"\nattachments:\n  - id: b\n    label: B\n    title: T\n    columns: [stt, {key: name, header: Tên}]\n    rows:\n      from: localities\n"
for suffix, n in (("1", 10000), ("", 40000)):
    locs = "".join("  - {id: l%d, name: Xã %d, kind: xã, data: {x: %d}}\n" % (i, i, i) for i in range(n))
    open(work + "/where" + suffix + ".yaml", "w").write(hdr + "localities:\n" + locs + table +
        "      where: {id: \"" + "|".join("l%d" % i for i in range(n)) + "\"}\n")
    open(work + "/wherelist" + suffix + ".yaml", "w").write(hdr + "localities:\n" + locs + table +
        "      where: {id: [" + ", ".join("l%d" % i for i in range(n)) + "]}\n")
# (its table without an STT column: past 3,999 groups one is KH120, s30fixlow;
# and a quarter, titles1: n against 4n since session 47, the 4n at 0.73 s)
for suffix, n in (("1", 10000), ("", 40000)):
    locs = "".join("  - {id: l%d, name: Xã %d, kind: xã, data: {x: %d}}\n" % (i, i, i) for i in range(n))
    open(work + "/titles" + suffix + ".yaml", "w").write(hdr + "localities:\n" + locs +
        table.replace("columns: [stt, ", "columns: [") + "      group_by: data.x\n      group_titles: {" +
        ", ".join('"%d": Nhóm %d' % (i, i) for i in range(n)) + "}\n")
# F7: 20,000 rows whose kind, target and year merge down the whole table
# (each a merged cell of 20,000 rows): the workbook took 2 s
locs = "".join("  - {id: m%d, name: Xã %d, kind: xã, target: ntm, target_year: 2024}\n" % (i, i) for i in range(20000))
open(work + "/merged.yaml", "w").write(hdr + "levels: [{id: ntm, name: nông thôn mới}]\nlocalities:\n" + locs +
    "body:\n  - \"{att b}\"\nattachments:\n  - id: b\n    label: B\n    title: T\n    merge: [kind, target, target_year]\n" +
    "    columns: [stt, {key: name, header: Tên}, {key: kind, header: Loại}, {key: target, header: Mục tiêu}, {key: target_year, header: Năm}]\n" +
    "    rows: {from: localities}\n")
# F9: 20,000 localities in one loop of parents: its message printed the
# whole chain, a line of 189 KB
open(work + "/loop.yaml", "w").write(hdr + "localities:\n" +
    "".join("  - {id: l%d, name: Xã %d, kind: xã, parent: l%d}\n" % (i, i, (i - 1) % 20000) for i in range(20000)) +
    'body: ["{loc l0}"]\n')
# 20,000 figures {count tasks lead=uN} over 20,000 tasks: each walked every
# task (400 million steps: KH507 at the 800th); an index of the tasks' leads
# looks them up
# (leads1: a quarter of it, n against 4n since session 48)
for name, n in (("leads1", 5000), ("leads", 20000)):
    open(work + "/" + name + ".yaml", "w").write(hdr + "units:\n" +
        "".join("  - {id: u%d, name: Phòng %d}\n" % (i, i) for i in range(n)) + "body:\n" +
        "".join("  - {task: Việc %d, lead: u%d, support: [u%d], due: 2024-12}\n" % (i, i, (i + 1) % n) for i in range(n)) +
        "".join('  - "{count tasks lead=u%d stated=1} {count tasks support=u%d stated=1}"\n' % (i, i) for i in range(n)))
# F2: backtick runs of every length, each once, and many unmatched ones:
# the code spans are paired per line in one pass
runs = " ".join("`" * k + "x" for k in range(1, 1900))
open(work + "/backticks.yaml", "w").write(hdr + 'body:\n  - "' + runs + " " + "`a " * 300000 + '"\n')
# F2: every way a javascript: link was seen to pass into the .md
open(work + "/links.yaml", "w").write(hdr.replace("title: Kế hoạch thử", 'title: "a `[l](javascript:a) b"') +
    "body:\n" + "".join('  - "%s"\n' % t for t in [
        "x\\\\`[l](javascript:b)",
        "[l](java&#115;cript:c)", "[l](javascript&colon;d)", "[l](&#106;avascript:e)",
        "```x`` [l](javascript:f)",
        "[m][r] [n][s] [o][t]\\n\\n[r]: javascript:g",
    ]) +
    '  - bullet: "[s]: javascript:h"\n  - task: "[t]: javascript:i"\n' +
    '  - "`` [code](javascript:j) `` stays code"\n')
PY

# ---- linear time --------------------------------------------------------------
scaling_case "40,000 then 160,000 points in one list (1.1 and 4.4 MB), check" \
    "$timed" check "$work/points1.yaml" -- "$timed" check "$work/points.yaml"
scaling_case "... build -f md" \
    "$timed" build -f md -o "$work/out-points1" "$work/points1.yaml" -- \
    "$timed" build -f md -o "$work/out-points" "$work/points.yaml"
if grep -q '^a4) Mục 69$' "$work/out-points/points.md" && grep -q '^yyy) Mục 68$' "$work/out-points/points.md"; then
    ok "... the 69th point is 'yyy)', the 70th 'a4)'"
else
    not_ok "... the 69th point is 'yyy)', the 70th 'a4)'"
fi

scaling_case "a table whose where lists 10,000 then 40,000 ids as 'a|b|...' (0.7 and 2.8 MB), check" \
    "$timed" check "$work/where1.yaml" -- "$timed" check "$work/where.yaml"
scaling_case "... as a list of 10,000 then 40,000 ids, check" \
    "$timed" check "$work/wherelist1.yaml" -- "$timed" check "$work/wherelist.yaml"
scaling_case "a table of 10,000 then 40,000 groups, each titled in group_titles (1.2 and 5.1 MB), check" \
    "$timed" check "$work/titles1.yaml" -- "$timed" check "$work/titles.yaml"
"$timed" build -f md -o - "$work/titles.yaml" 2>/dev/null | grep -A1 -x '| \*\*Nhóm 38\*\* |' | grep -q -x '| Xã 38 |' &&
    ok "... the 39th group is titled 'Nhóm 38'" || not_ok "... the 39th group is titled 'Nhóm 38'"
timed_case "a workbook of 20,000 rows merged down three columns, build -f xlsx" "$timed" build -f xlsx -o "$work/out-merged" "$work/merged.yaml"
unzip -p "$work/out-merged/merged.xlsx" xl/worksheets/sheet1.xml 2>/dev/null | grep -q '<mergeCell ref="C6:C20005"/>' &&
    ok "... the kind column is one merged cell over the 20,000 rows" ||
    not_ok "... the kind column is one merged cell over the 20,000 rows"
timed_case "2 MB of backtick runs (1,900 lengths, 300,000 unmatched), build -f md" "$timed" build -f md -o "$work/out-bt" "$work/backticks.yaml"

timed_case "20,000 localities in one loop of parents, check" "$timed" check "$work/loop.yaml"
bytes=$(wc -c <"$work/err")
if [ "$status" -eq 1 ] && [ "$bytes" -lt 1000 ] && grep -q "l0 -> l19999 -> l19998 -> \.\.\. (19996 more) \.\.\. -> l1 -> l0: correct one 'parent' of the chain$" "$work/err"; then
    ok "... one message of $bytes bytes names three links, how many more, and the two that close the loop"
else
    not_ok "... the loop's message: status $status, $bytes bytes of diagnostics"
fi

# (n against 4n since session 48: 20,000 alone stood at 0.64 s of its
# second at load 8-44, session 47. The index off walks every task: KH507,
# which the case below tells)
scaling_case "10,000 then 40,000 task figures by lead= and support= over 5,000 then 20,000 tasks (0.8 and 3.5 MB), check" \
    "$timed" check "$work/leads1.yaml" -- "$timed" check "$work/leads.yaml"
[ "$s_large" -eq 0 ] && ! grep -q 'KH5' "$work/err" &&
    ok "... every figure computed and right (no KH507, no KH500)" ||
    not_ok "... the task figures: status $s_large, $(grep -c 'KH5' "$work/err") figure diagnostics"

# ---- Markdown: no javascript: link, whatever the field ------------------------
"$khgen" build -f md -o "$work/out-links" "$work/links.yaml" >"$work/out" 2>"$work/err"
status=$?
md=$work/out-links/links.md
if [ "$status" -ne 0 ] || [ ! -f "$md" ]; then
    not_ok "the plan of javascript: links builds (status $status)"
else
    for reader in "cmark --unsafe" "pandoc -f gfm -t html"; do
        command -v "${reader%% *}" >/dev/null || continue
        hrefs=$($reader "$md" | grep -o '<a href="[^"]*"' | grep -ci 'script' || true)
        [ "$hrefs" -eq 0 ] && ok "$reader finds no javascript: link in the .md" ||
            not_ok "$reader finds $hrefs javascript: links in the .md"
    done
    grep -q '`` \[code\](javascript:j) ``' "$md" && ok "... a code span is left as written" ||
        not_ok "... a code span is left as written"
fi

# ---- one-line fields stay one line in the .md (F3) -----------------------------
cat >"$work/breaks.yaml" <<'PLAN'
khgen: 1
header:
  issuer: ["A\n\n# I"]
  place: "B\n\n# P"
  date: 2024-01
  title: |
    Triển khai thực hiện

    # H1
  issuer_short: "UBND\n\n# S"
units: [{id: u, name: "Phòng\n\n# U"}]
body:
  - clause: "C1\n\n# C2"
  - {task: "t\n\n# TT", lead: u}
  - "Giao {unit u} ({att b})."
recipients: ["r\n\n# R"]
signature: {lines: ["L\n\n# L"], name: "N\n\n# N"}
attachments:
  - id: b
    label: "Biểu\n\n# 01"
    title: "Tiêu\n\n# đề"
    note: "Ghi\n\n# chú"
    columns: [stt, {key: name, header: "Tên\n\n# đơn vị"}]
    rows: [{heading: "Nhóm\n\n# một"}, [Ô]]
PLAN
"$khgen" build -f md,html,docx,xlsx -o "$work/out-breaks" "$work/breaks.yaml" >/dev/null 2>"$work/err"
md=$work/out-breaks/breaks.md
if [ ! -f "$md" ]; then
    not_ok "a plan with line breaks in one-line fields builds"
else
    grep -q '^\*\*Triển khai thực hiện # H1\*\*$' "$md" && ok "a block-scalar title is one bold line" ||
        not_ok "a block-scalar title is one bold line"
    if command -v cmark >/dev/null; then
        n=$(cmark "$md" | grep -c '<h[1-6]' || true)
        [ "$n" -eq 0 ] && ok "no line break in a one-line field makes a heading" ||
            not_ok "$n headings made from line breaks in one-line fields"
    fi
    # every format prints each one-line field as one line, the same one
    # (text_one_line): no paragraph opened by a break in the .html or the
    # .docx, no break kept in a workbook cell
    html=$work/out-breaks/breaks.html
    n=$(grep -c '<p[^>]*># \|<br' "$html")
    # (the plan is signed and has no closing: its last paragraph ends with
    # the end mark "./.", s53print P1)
    grep -q '<p>Giao Phòng # U (Biểu # 01)./.</p>' "$html" && [ "$n" -eq 0 ] &&
        ok "... nor a paragraph in the .html (a unit's name in a text is one line)" ||
        not_ok "... the .html: $n paragraphs or breaks made from line breaks"
    unzip -p "$work/out-breaks/breaks.docx" word/document.xml >"$work/doc.xml" 2>/dev/null
    n=$(grep -o '<w:br/>\|<w:t[^>]*># [^<]*' "$work/doc.xml" | grep -c . || true)
    grep -q 'TIÊU # ĐỀ' "$work/doc.xml" && [ "$n" -eq 0 ] &&
        ok "... nor a paragraph or a break in the .docx" ||
        not_ok "... the .docx: $n paragraphs or breaks made from line breaks"
    n=$(unzip -p "$work/out-breaks/breaks.xlsx" xl/sharedStrings.xml 2>/dev/null | grep -c '^# ' || true)
    [ "$n" -eq 0 ] && ok "... nor a second line in a workbook cell (title, label, header, heading, note)" ||
        not_ok "... the workbook: $n cells with a line break from a one-line field"
fi

# ---- YAML null where an empty text is allowed prints nothing, not "~" (F14) ----
cat >"$work/nulls.yaml" <<'PLAN'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  issuer_short: UBND huyện A
  number: ~
  place: A
  date: 2024-01
  title: Kế hoạch thử
units: [{id: u, name: Phòng U}]
localities:
  - {id: dh, name: Đồng Hưu, kind: xã, data: {x: ~, y: 2}}
  - {id: th, name: Tân Hiệp, kind: xã, data: {x: 1, y: 3}}
body:
  - section: ~
    items:
      - clause: ~
        items: [{point: ~, items: [Đoạn]}, {task: ~, text: Nội dung, lead: u, due: 2024-12}]
  - "{att b} {att c} {loc dh th}"
attachments:
  - id: b
    label: Biểu 01
    title: T
    columns: [stt, {key: name, header: ~, group: ~}, {key: n, header: Số, type: int}]
    rows:
      - heading: ~
      - {name: A, n: 1}
  - id: c
    label: Biểu 02
    title: U
    columns: [stt, {key: name, header: Tên}, {key: data.x, header: X}]
    rows: {from: localities, group_by: data.y, group_titles: {"2": ~, "3": Ba}}
PLAN
"$khgen" build -f md,html,xlsx -o "$work/out-nulls" "$work/nulls.yaml" >/dev/null 2>"$work/err"
status=$?
n=$( { cat "$work/out-nulls/nulls.md" "$work/out-nulls/nulls.html"; unzip -p "$work/out-nulls/nulls.xlsx" 'xl/*.xml' 'xl/worksheets/*.xml'; } 2>/dev/null | grep -c '~' )
[ "$status" -eq 0 ] && [ "$n" -eq 0 ] &&
    ok "~ in a heading, a task, the number, a column's header, a group title, a data value: nothing printed" ||
    not_ok "~ where an empty text is allowed: status $status, $n lines with '~' in the .md, .html, .xlsx"
# a wording left empty (~) is an error since session 7 (KH808: delete the
# key for the built-in phrase), not "~" and not an empty line printed
mkdir -p "$work/tpl-nulls"
printf 'doc_kind: ~\n' >"$work/tpl-nulls/wording.yaml"
"$khgen" build -f md,html,xlsx --templates "$work/tpl-nulls" -o "$work/out-nulls-w" "$work/nulls.yaml" \
    >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 1 ] && grep -q 'wording.yaml:1:.*KH808' "$work/err" && [ ! -e "$work/out-nulls-w/nulls.md" ] &&
    ok "a wording set to ~: KH808 at its line, no output" ||
    not_ok "a wording set to ~: status $status, $(head -c 300 "$work/err")"

# ---- a reader that leaves early (F18): status 3, not SIGPIPE's 141 --------------
{ "$timed" build -f md -o - "$work/points.yaml" 2>/dev/null; echo $? >"$work/pipe-status"; } | head -c 10 >/dev/null
status=$(cat "$work/pipe-status")
[ "$status" -eq 3 ] && ok "build -o - | head -c 10: status 3 (an output failure), no signal" ||
    not_ok "build -o - | head -c 10: status $status"

# ---- import: the source's name in the plan's first comment (F4) ---------------
evil="$work/x
suppress: [KH250]
#.txt"
printf 'ỦY BAN NHÂN DÂN\nHUYỆN A\nKẾ HOẠCH\nThực hiện năm 2024\n- Việc một.\n' >"$evil"
"$khgen" import "$evil" >"$work/imported.yaml" 2>/dev/null
if grep -q '^suppress' "$work/imported.yaml"; then
    not_ok "a line break in the imported file's name writes YAML into the plan"
else
    ok "a line break in the imported file's name stays inside the comment"
fi

# ---- init: a name YAML would misread, a name of 300 letters (F16, F17) --------
mkdir -p "$work/init"
(cd "$work/init" && "$khgen" init "&a b" >/dev/null 2>&1)
status=$?
[ "$status" -eq 2 ] && ok "init '&a b' is a usage error (it wrote a skeleton that did not check)" ||
    not_ok "init '&a b': status $status"
long=$(/usr/bin/python3 -c "print('Ệ' * 300)")
(cd "$work/init" && "$khgen" init --year 2025 "$long" >/dev/null 2>&1)
status=$?
made=$(ls "$work/init" | head -1)
if [ "$status" -eq 0 ] && [ -n "$made" ] && "$khgen" check "$work/init/$made" >/dev/null 2>&1; then
    ok "init of a 300-letter name writes a plan (a file name of ${#made} bytes) that checks"
else
    not_ok "init of a 300-letter name: status $status"
fi

# ---- build -o '' (F11): a usage error, not ": error[KH901]" ---------------------
"$khgen" build -o '' "$work/links.yaml" >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 2 ] && grep -q "option '-o' is given an empty name" "$work/err" && ok "build -o '' is a usage error" ||
    not_ok "build -o '': status $status"

# ---- khgen diff: its Markdown is sanitized; -o never over a plan (F15, F20) ----
cat >"$work/d1.yaml" <<'PLAN'
khgen: 1
header: {issuer: [A], place: B, date: 2024-01, title: T}
body: ["x"]
PLAN
sed 's/body: \["x"\]/body: ["x <img src=x onerror=alert(1)> [l](javascript:alert(1)) \&#x1b;"]/' "$work/d1.yaml" >"$work/d2.yaml"
"$khgen" diff -f md -o "$work/d.md" "$work/d1.yaml" "$work/d2.yaml" 2>"$work/err"
status=$?
if [ "$status" -ne 1 ] || ! grep -q 'javascript' "$work/d.md"; then
    not_ok "diff -f md of a text with a javascript: link (status $status)"
elif command -v cmark >/dev/null && cmark --unsafe "$work/d.md" | grep -q '<a href\|<img'; then
    not_ok "diff -f md: the link or the HTML reaches the Markdown"
else
    ok "diff -f md: no link, no raw HTML from the plan's text"
fi
cp "$work/d1.yaml" "$work/d1.keep"
"$khgen" diff -o "$work/d1.yaml" "$work/d1.yaml" "$work/d2.yaml" >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 2 ] && cmp -s "$work/d1.yaml" "$work/d1.keep" && grep -q 'is a plan it compares' "$work/err" &&
    ok "diff -o OLD.yaml is refused (status 2) and the plan is kept" ||
    not_ok "diff -o OLD.yaml: status $status, the plan $(cmp -s "$work/d1.yaml" "$work/d1.keep" && echo kept || echo overwritten)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
