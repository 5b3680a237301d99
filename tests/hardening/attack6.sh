#!/bin/sh
# tests/hardening/attack6.sh KHGEN WORKDIR - what the sixth black-box attack
# found (issue 8; /tmp/s6attack/findings.md in its session): inputs that
# crashed khgen, shapes whose cost grew faster than the input, and outputs
# that came out wrong.
#
# Each timed case must take at most a second of CPU time (user + system: a
# busy machine does not fail it) with the release build, five under the
# sanitizers, and end with status 3 or less, without a sanitizer report.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
# sane NAME STATUS: the run ended with a status of 3 or less and no sanitizer report
sane() {
    if [ "$2" -gt 3 ] || grep -q 'Sanitizer\|runtime error' "$work/err"; then
        not_ok "$1: status $2"
        sed 's/^/    | /' "$work/err" | head -5
    else
        ok "$1"
    fi
}

# ---- G3: SOURCE_DATE_EPOCH past year 9999 crashed the workbook step ----------
for epoch in 99999999999999999999 9223372036854775807 253402300800; do
    SOURCE_DATE_EPOCH=$epoch "$khgen" build -f xlsx -o "$work/out-epoch" plans/binh-trung-2024.yaml \
        >"$work/out" 2>"$work/err"
    status=$?
    sane "SOURCE_DATE_EPOCH=$epoch: build -f xlsx does not crash" "$status"
done
created=$(unzip -p "$work/out-epoch/binh-trung-2024.xlsx" docProps/core.xml 2>/dev/null |
    grep -o '<dcterms:created[^>]*>[^<]*' | sed 's/.*>//')
[ "$created" = "2024-01-01T00:00:00Z" ] &&
    ok "... a time past 9999 is ignored: the workbook is dated by the plan ($created)" ||
    not_ok "... the workbook's creation time is '$created'"

# ---- G4: import's lists (recipients, issuer, signature) copied per line -------
# 40,000 recipients took 15 s and 6.3 GB, 40,000 capitals above the title
# and 40,000 signature lines 13.6 s and 6.3 GB: each line copied the list
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
head = "ỦY BAN NHÂN DÂN\nHUYỆN A\nKẾ HOẠCH\nThực hiện năm 2024\nI. A\n- Việc.\n"
open(work + "/recipients.txt", "w").write(head + "Nơi nhận:\n" + "".join("- Xã %d;\n" % i for i in range(40000)))
open(work + "/lines.txt", "w").write("".join("ỦY BAN NHÂN DÂN HUYỆN %d\n" % i for i in range(20000)) +
    "KẾ HOẠCH\nThực hiện năm 2024\nI. A\n- Việc.\nNơi nhận:\n- A.\n" +
    "".join("TM. ỦY BAN NHÂN DÂN %d\n" % i for i in range(20000)) + "Nguyễn Văn A\n")
PY
timed_case "import of 40,000 recipients (0.5 MB)" "$timed" import -o "$work/recipients.yaml" "$work/recipients.txt"
[ "$(grep -c '^  - Xã ' "$work/recipients.yaml" 2>/dev/null)" = 40000 ] &&
    ok "... all 40,000 are in the plan's recipients" || not_ok "... the recipients are not all there"
timed_case "import of 20,000 header lines and 20,000 signature lines (1.2 MB)" "$timed" import -o "$work/lines.yaml" "$work/lines.txt"

# ---- G6: criteria catalogs compared pairwise -----------------------------------
# 40,000 inline catalogs sharing code 1 took over two minutes (10,000: 3 s),
# with a KH417 warning for each pair of them: now one per catalog
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
open(work + "/catalogs.yaml", "w").write("""khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: Thực thi thử}
import:
""" + "".join("  - {id: c%d, title: C, criteria: [{code: 1, name: A}]}\n" % i for i in range(40000)) +
    'body: ["{crit 1} {crit-name 1}"]\n')
PY
timed_case "40,000 inline catalogs sharing a code (2.3 MB), check" "$timed" check "$work/catalogs.yaml"
grep -q '^39999 warnings generated' "$work/err" && ok "... one KH417 per catalog after the first (39,999)" ||
    not_ok "... $(tail -n 1 "$work/err") (39,999 warnings expected)"

# ---- G11: an indicator looked up by a scan of its criterion's list ------------
# a criterion listing 40,000 indicators, all assigned by one task: 3.1 s
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
n = 40000
open(work + "/indicators.yaml", "w").write("""khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: Thực thi thử}
import:
  - id: c
    title: C
    criteria:
      - code: 1
        name: A
        indicators:
""" + "".join('          - {code: "1.%d", name: I%d}\n' % (i + 1, i) for i in range(n)) +
    "units: [{id: u, name: Phòng U}]\nbody:\n  - task: T\n    lead: u\n    assign: [{unit: u, indicators: [" +
    ", ".join('"1.%d"' % (i + 1) for i in range(n)) + ']}]\n    text: "{crit 1.40000}"\n')
PY
timed_case "40,000 indicators of one criterion, each assigned (2.1 MB), check" "$timed" check "$work/indicators.yaml"
[ "$status" -eq 0 ] && ok "... every listed indicator is found (no error)" || not_ok "... status $status"

# ---- G12: who answers for each criterion and indicator, over every task ------
# 20,000 criteria, 20,000 tasks assigning two indicators each, the
# indicator-assignments table: 53 s (5,000: 2.5 s); one task naming 20,000
# criteria and the criteria-assignments table: 4.9 s. The indicator table is
# now built over 10,000 (quadratic: ~13 s; 0.3 s idle): at 20,000 it took
# 0.60 s idle and 1.11 s of CPU in a loaded CI run (session 32's stop)
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
n = 20000
head = """khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, date: 2024-01, title: Thực thi thử}
units: [{id: u, name: Phòng U}]
import:
  - id: c
    title: C
    criteria:
"""
crits = "".join("      - {code: %d, name: A%d, group: G%d}\n" % (i + 1, i, i % 50) for i in range(n))
m = 10000
open(work + "/indtable.yaml", "w").write(head + crits[:crits.index("      - {code: %d," % (m + 1))] + "body:\n" +
    "".join('  - {task: T%d, lead: u, assign: [{unit: u, indicators: ["%d.1", "%d.2"]}]}\n' % (i, i + 1, i + 1) for i in range(m)) +
    '  - "{att b}"\nattachments:\n  - {id: b, label: Biểu 01, title: T, preset: indicator-assignments}\n')
for name, k in (("crittable1", n // 4), ("crittable", n)):
    open(work + "/" + name + ".yaml", "w").write(head + "".join(crits.splitlines(True)[:k]) +
        "body:\n  - task: T\n    lead: u\n    criteria: [" +
        ", ".join("%d" % (i + 1) for i in range(k)) + ']\n  - "{att b}"\nattachments:\n' +
        "  - {id: b, label: Biểu 01, title: T, preset: criteria-assignments}\n")
PY
timed_case "an indicator table of 10,000 criteria over 10,000 assigning tasks (1.2 MB), build -f md" "$timed" build -f md -o "$work/out-ind" "$work/indtable.yaml"
grep -q '^|  |  | 10000.2 |  | Phòng U |$' "$work/out-ind/indtable.md" 2>/dev/null &&
    ok "... the last indicator row names its unit" || not_ok "... the last indicator row is not '|  |  | 10000.2 |  | Phòng U |'"
# (n against 4n since session 48: 20,000 alone stood at about 0.5 s of its
# second on loaded machines, sessions 46-47; the look-up of a code's tasks
# reading every slot of the index, put back as a mutant: n 0.29 s, 4n
# 5.75 s of CPU at load 25)
scaling_case "a criteria table of 5,000 then 20,000 criteria that one task names (0.3 and 1.1 MB), build -f md" \
    "$timed" build -f md -o "$work/out-crit" "$work/crittable1.yaml" -- \
    "$timed" build -f md -o "$work/out-crit" "$work/crittable.yaml"

# ---- G2: two builds into one directory at once --------------------------------
# Their renames interleaved: build A (paused by the test hook after its first
# rename) and build B, started meanwhile, left B's .md beside A's .html,
# .docx and .xlsx. The directory's commit lock makes B wait for A. (On a
# machine so slow that B commits after A has finished, the case passes
# without testing the lock: it never fails for the machine's load.)
mkdir -p "$work/race/a" "$work/race/b"
cp plans/binh-trung-2024.yaml "$work/race/a/p.yaml"
sed 's/^\(  issuer_short: .*\)$/\1 PHIENBAN2/' plans/binh-trung-2024.yaml >"$work/race/b/p.yaml"
KHGEN_TEST_PAUSE_AFTER_RENAMES=1 "$khgen" build -o "$work/race/o" "$work/race/a/p.yaml" >/dev/null 2>&1 &
sleep 0.5
"$khgen" build -o "$work/race/o" "$work/race/b/p.yaml" >/dev/null 2>&1
wait
o=$work/race/o
set -- "$(grep -c PHIENBAN2 "$o/p.md")" "$(grep -c PHIENBAN2 "$o/p.html")" \
    "$(unzip -p "$o/p.docx" word/document.xml | grep -c PHIENBAN2)" \
    "$(unzip -p "$o/p.xlsx" xl/sharedStrings.xml | grep -c PHIENBAN2)"
left=$(ls -A "$o" | grep -v '^p\.\(md\|html\|docx\|xlsx\)$' | tr '\n' ' ')
if [ "$1 $2 $3 $4" != "0 0 0 0" ] && { [ "$1" = 0 ] || [ "$2" = 0 ] || [ "$3" = 0 ] || [ "$4" = 0 ]; }; then
    not_ok "two builds into one directory at once leave a mixed set (B's text in md $1, html $2, docx $3, xlsx $4)"
elif [ -n "$left" ]; then
    not_ok "two builds into one directory at once leave $left"
else
    ok "two builds into one directory at once leave one build's set, nothing else"
fi

# ---- G1, G5: khgen diff --------------------------------------------------------
# G1: a table whose rows changed order was "the same document" (status 0)
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
head = """khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, date: 2024-01, title: Thực thi thử}
"""
table = """body: ["{att b}"]
attachments:
  - id: b
    label: Biểu 01
    title: T
    columns: [{key: name, header: Tên}, {key: n, header: Số}]
    rows:
"""
for side, order in (("old", range(3)), ("new", reversed(range(3)))):
    open("%s/rows-%s.yaml" % (work, side), "w").write(head + table +
        "".join('      - [Xã %d, "%d"]\n' % (i, i) for i in order))
# G5: 400 paragraphs of 990 words, every fourth changed (1.9 MB a side): 3.9 s
for side in ("old", "new"):
    body = []
    for p in range(400):
        words = ["w%d" % i for i in range(990)]
        if side == "new":
            words = [w if i % 4 else "z%d" % i for i, w in enumerate(words)]
        body.append('  - para: "%s"\n' % " ".join(words))
    open("%s/words-%s.yaml" % (work, side), "w").write(head + "body:\n" + "".join(body))
PY
"$khgen" diff "$work/rows-old.yaml" "$work/rows-new.yaml" >"$work/out" 2>"$work/err"
status=$?
[ "$status" -eq 1 ] && grep -q '^@@ Biểu 01, dòng "Xã 2": chuyển từ dòng thứ 3 @@$' "$work/out" &&
    ok "diff: rows of a table in another order are a change (moved rows named)" ||
    not_ok "diff: rows in another order: status $status, $(head -c 200 "$work/out")"
# The run's budget of LCS cells (MAX_RUN_CELLS, 200 million) costs ~0.5 s
# by itself, and the fault is now 3 times that (1.7 s against 0.57 s at load
# 17; 3.9 s when a2cfd970 set it): timed against one second, the case took 0.6-0.85
# s of CPU on a loaded machine. Since session 46 the budget is asserted by
# what it does, on any machine: 51 paragraphs word by word (a table of
# 3.9 million cells each), the other 349 replaced whole (the budget taken
# away: 400 word by word); the run is timed at twice the limit, a guard
# against a hang
limit_times=2
timed_case "diff of 400 edited paragraphs of 990 words (1.9 MB a side)" "$timed" diff "$work/words-old.yaml" "$work/words-new.yaml"
limit_times=
words=$(grep -c '^\[-w0-\]{+z0+} w1 w2 w3 \[-w4-\]{+z4+}' "$work/out")
whole=$(grep -c '^\[-w0 w1 w2 w3 w4 ' "$work/out")
[ "$words" -ge 40 ] && [ "$words" -le 60 ] && [ $((words + whole)) -eq 400 ] &&
    ok "... the run's budget: $words paragraphs word by word, $whole replaced whole" ||
    not_ok "... the run's budget: $words paragraphs word by word, $whole replaced whole (want 40-60 and the rest whole)"

# ---- G13: a line of many links in the Markdown's last pass --------------------
# each "](" looked for a line break to the end of the document: 200,000 links
# on one line took 7.5 s of build -f md (50,000: 0.26 s). One value may hold
# 4 MiB (KH016), so the long line is a table row of four cells of 50,000
# links each (3.8 MB on one line of the .md: 9 s before), against 12,500
# each (the same work on a quarter of the line), and the last link
# of one long paragraph (60,000 links) must still be escaped
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
hdr = "khgen: 1\nheader: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: Thực thi thử}\n"
for name, n in (("links1", 12500), ("links", 50000)):
    links = "[a](http://x.vn) " * n
    open(work + "/" + name + ".yaml", "w").write(hdr + """body: ["Xem {att t}."]
attachments:
  - id: t
    label: Biểu 01
    title: Bảng
    columns: [{key: a, header: A}, {key: b, header: B}, {key: c, header: C}, {key: d, header: D}]
    rows:
      - {a: "%s", b: "%s", c: "%s", d: "%s"}
""" % (links, links, links, links))
open(work + "/link-last.yaml", "w").write(hdr + 'body: ["%s[b](javascript:x)"]\n' % ("[a](http://x.vn) " * 60000))
PY
# (a scaling_case since session 46: 50,000 then 200,000 links; the one
# timed run of 200,000 took 0.8-1.0 s of its second on a loaded machine;
# with the search put back as a mutant, 4n/n is ~13)
scaling_case "50,000 then 200,000 links on one line of the .md (0.9 and 3.8 MB), build -f md" \
    "$timed" build -f md -o "$work/out-links" "$work/links1.yaml" -- \
    "$timed" build -f md -o "$work/out-links" "$work/links.yaml"
"$khgen" build -f md -o "$work/out-links" "$work/link-last.yaml" 2>"$work/err"
# since cross21 C2 a refused link prints as its text in the .md too, as
# in the HTML, the Word document and the workbook: "b", no address
if tail -c 200 "$work/out-links/link-last.md" 2>/dev/null | grep -q 'javascript'; then
    not_ok "... the last link's javascript: address is in the .md"
elif tail -c 200 "$work/out-links/link-last.md" | grep -q '(http://x\.vn) b$'; then
    ok "... the last link, javascript:, prints as its text alone"
else
    not_ok "... the last link is not in the .md"
fi

# ---- G7: dates before 1 March 1900 in the workbook -----------------------------
# 1900-01-01 was serial 2 and 1900-02-28 serial 60, which Excel (1900 a leap
# year for it) shows as 02/01/1900 and 29/02/1900: such a date is text now
cat >"$work/dates.yaml" <<'PLAN'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, date: 2024-01, title: Thực thi thử}
body: ["{att b}"]
attachments:
  - id: b
    label: Biểu 01
    title: T
    columns: [{key: d, header: Ngày, type: date}]
    rows: [[1900-01-01], [1900-02-28], [1900-03-01], [2024-02-29]]
PLAN
"$khgen" build -f xlsx -o "$work/out-dates" "$work/dates.yaml" >/dev/null 2>"$work/err"
sheet=$(unzip -p "$work/out-dates/dates.xlsx" xl/worksheets/sheet1.xml 2>/dev/null)
strings=$(unzip -p "$work/out-dates/dates.xlsx" xl/sharedStrings.xml 2>/dev/null)
if echo "$strings" | grep -q '>01/01/1900<' && echo "$strings" | grep -q '>28/02/1900<' &&
    echo "$sheet" | grep -q '<c r="A8" s="[0-9]*"><v>61</v>' && echo "$sheet" | grep -q '<c r="A9" s="[0-9]*"><v>45351</v>'; then
    ok "workbook: a date before 1 March 1900 is its text, 1900-03-01 serial 61, 2024-02-29 serial 45351"
else
    not_ok "workbook dates around Excel's 29 February 1900: $(echo "$sheet" | grep -o '<c r="A[6-9]"[^/]*' | tr '\n' ' ')"
fi

# ---- G9: khgen new's notes, one line each ---------------------------------------
cat >"$work/block.yaml" <<'PLAN'
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], place: A, date: 2024-01, title: Thực thi thử}
body:
  - para: |
      Mô tả nhiều dòng năm 2024
      tiếp theo
PLAN
"$khgen" new --from "$work/block.yaml" --year 2025 -o "$work/block-2025.yaml" >"$work/out" 2>&1
notes=$(grep -c ': note: ' "$work/out")
stray=$(grep -v '^khgen: \|^  \|^notes for\|: note: ' "$work/out" | head -1)
[ "$notes" -eq 1 ] && [ -z "$stray" ] && ok "new: a note quoting a block scalar is one line" ||
    not_ok "new: $notes notes, a stray line '$stray'"

# ---- G15: a criteria table's localities column, every locality per row --------
# 20,000 criteria, each listed by one of 20,000 localities: 10.5 s
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
n = 20000
open(work + "/loccrit.yaml", "w").write("""khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, XÃ A], issuer_short: UBND xã A, place: A, date: 2024-01, title: Thực thi thử}
units: [{id: u, name: U}]
import:
  - id: c
    title: C
    criteria:
""" + "".join("      - {code: %d, name: A%d}\n" % (i + 1, i) for i in range(n)) +
"localities:\n" + "".join('  - {id: l%d, name: L%d, kind: xã, criteria: ["%d"]}\n' % (i, i, i + 1) for i in range(n)) +
"""body:
  - {task: T, lead: u, criteria: [1]}
  - "{att b} {loc l0}"
attachments:
  - id: b
    label: Biểu 01
    title: T
    columns: [{key: code, header: Mã}, {key: localities, header: Xã}, {key: n_localities, header: Số, type: int}]
    rows: {from: criteria}
""")
PY
timed_case "a criteria table of 20,000 rows naming their localities (20,000), build -f md" "$timed" build -f md -o "$work/out-loccrit" "$work/loccrit.yaml"
grep -q '^| 17 | L16 | 1 |$' "$work/out-loccrit/loccrit.md" 2>/dev/null && ok "... criterion 17 names its locality L16" ||
    not_ok "... criterion 17's row is not '| 17 | L16 | 1 |'"

# ---- G16: the PDF engine under a TMPDIR with a space, '#', Vietnamese -------
# LibreOffice's profile was given as a file:// URL written raw: it waited
# until the time limit (60 s, KH903); an empty TMPDIR crashed it
if command -v soffice >/dev/null 2>&1; then
    for tmp in "$work/tmp dir#Việt" ""; do
        [ -n "$tmp" ] && mkdir -p "$tmp"
        TMPDIR=$tmp timeout 300 "$khgen" build -f pdf -o "$work/out-pdf" plans/binh-trung-2024.yaml >"$work/out" 2>"$work/err"
        status=$?
        if [ "$status" -eq 0 ] && [ -s "$work/out-pdf/binh-trung-2024.pdf" ] && { [ -z "$tmp" ] || [ -z "$(ls -A "$tmp")" ]; }; then
            ok "build -f pdf with TMPDIR='$(basename "$tmp")' prints, leaving nothing there"
        else
            not_ok "build -f pdf with TMPDIR='$tmp': status $status: $(head -c 200 "$work/err")"
        fi
        rm -rf "$work/out-pdf"
    done
fi

# ---- G10: a province's docx-styles.xml that is not XML -------------------------
# it was copied into the .docx as it was (Word refuses the file), exit 0
mkdir -p "$work/tpl-bad"
printf '</w:style><w:p>{{body_size}}' >"$work/tpl-bad/docx-styles.xml"
"$khgen" build --templates "$work/tpl-bad" -f docx,md -o "$work/out-tpl" plans/binh-trung-2024.yaml >/dev/null 2>"$work/err"
status=$?
if [ "$status" -ne 0 ] && [ "$status" -le 3 ] && grep -q 'error\[KH803\]: the template docx-styles.xml does not give well-formed XML' "$work/err" &&
    [ -z "$(ls -A "$work/out-tpl" 2>/dev/null)" ]; then
    ok "a docx-styles.xml that is not XML is KH803, and nothing is written"
else
    not_ok "a docx-styles.xml that is not XML: status $status, $(ls -A "$work/out-tpl" 2>/dev/null | tr '\n' ' ')"
fi

# ---- G17: init of a name that names no place -----------------------------------
mkdir -p "$work/init"
bad=0
for name in "Xã" "Thị trấn" "TP." "$(printf '\314\201\314\201')" "$(printf '\342\200\256abc')"; do
    (cd "$work/init" && "$khgen" init --level xa --year 2025 "$name" >/dev/null 2>&1)
    [ $? -eq 2 ] || bad=$((bad + 1))
done
(cd "$work/init" && "$khgen" init --level xa --year 2025 "Xã Đồng Hưu" >/dev/null 2>&1) || bad=$((bad + 1))
[ "$bad" -eq 0 ] && [ "$(ls "$work/init")" = "xa-dong-huu-2025.yaml" ] &&
    ok "init: a bare kind, combining marks alone, a bidi override are usage errors; 'Xã Đồng Hưu' is a place" ||
    not_ok "init: $bad names judged wrongly ($(ls "$work/init" | tr '\n' ' '))"

# ---- G14: one value of dense emphasis cost ~200 bytes of memory per byte in
# the HTML and Word back ends (cmark's tree): a value over 4 MiB is KH016 at
# load, before anything is parsed; one just under it still builds ----
/usr/bin/python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
hdr = ("khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  place: A\n"
       "  date: 2024-01\n  title: Thực thi thử\n")
unit = "*a* _b_ **c** "
open(work + "/emph-over.yaml", "w").write(hdr + 'body: ["' + unit * 310000 + '"]\n')
open(work + "/emph-under.yaml", "w").write(hdr + 'body: ["' + unit * 290000 + '"]\n')
PY
timed_case "a value of 4.3 MB is refused at load (KH016)" "$timed" build -o "$work/emph-out" "$work/emph-over.yaml"
[ "$status" -eq 1 ] && grep -q 'emph-over.yaml:7:8: error\[KH016\]' "$work/err" && [ ! -e "$work/emph-out" ] &&
    ok "KH016 at the value's line and column; nothing written" ||
    not_ok "a value over 4 MiB: status $status, $(head -c 200 "$work/err")"
"$khgen" check "$work/emph-under.yaml" >/dev/null 2>"$work/err"
status=$?
[ "$status" -eq 0 ] && ok "a value just under 4 MiB is accepted" ||
    not_ok "a value under 4 MiB: status $status, $(head -c 200 "$work/err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
