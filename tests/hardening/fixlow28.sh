#!/bin/sh
# tests/hardening/fixlow28.sh KHGEN WORKDIR - session 27's leftovers that
# session 28 fixed (issue 8), each case failing with the binary from before
# its fix unless labelled a control or guard:
#  T1  (s27outputs L1) a temporary name longer than the final name it
#      stands for: the one-file writers' ".khgen-XXXXXX" (13 bytes) beside
#      "n.yaml", the build's journal ".khgen-commit-XXXXXX" (20, its marker
#      21) beside "a.md"; now every temporary, the journal and its marker
#      are no longer than the (shortest) final name (src/tempname.c), for
#      final names of 1 to 6 bytes and of NAME_MAX bytes, and a build
#      killed in its commit under a short journal is still recovered.
#  T2  (s27fiximp) a province's --templates wording.yaml printing "của
#      {{issuer}}" outside {{#issuer}} printed "(Kèm theo ... của )" for a
#      plan without issuer_short (KH254, a warning, exit 0), and "Căn cứ
#      ... của;" / "số  ngày" for a basis without its by / number: now
#      KH265, an error naming the wording's line (khgen does not drop a
#      province's words by itself); the plan given the value, or the
#      phrase its section, builds as before (controls).
#  T3  (s27attack L12 rest, L2) --diagnostics-format=json left text lines
#      on standard error: `khgen convert`'s errors and notes ("cannot read",
#      "copied as it is"), usage errors and their "Try 'khgen --help'.",
#      init's and new's usage texts, `import --stats`, diff's sides' own
#      messages; now every line there is a JSON object (src/stderr_json.c);
#      and the option given twice was taken silently (the last): a usage
#      error, as for every option that takes one value.
#  T4  (s27attack L8, L9) a heading's `label: "*5*."` printed "5" in italics
#      in every format, a point's `label: "*a*)"` in the .md only; labels
#      are fields printed as written: now "*5*." in each (render_put_label);
#      `khgen diff -f md` put plain parts ("Số: 1*2*3/KH-UBND", the
#      attachment line) into its Markdown unescaped: now escaped.
#  T5  (s27attack L10) a task's `text: |` holding a drafter's list ("- Ý
#      một" over "- Ý hai") printed one run-on paragraph "- Ý một - Ý hai"
#      without a word: KH125 at the line, saying to give each item its own
#      paragraph or write them as `items: [{bullet: ...}]` (which print as
#      a list); a line that continues the sentence (and README's example,
#      plans/) is not warned (controls); timed at n and 4n.
#  T6  (s27attack L13, L14, L1, L6, L3, L4) README named KH032 for the
#      include limit, which is KH133; KH901 of a directory the user may
#      not write in named neither it nor the permission ("cannot create
#      directory 'out/sub dir/Kế hoạch': Permission denied: check the path
#      given with -o"), and `import -o out/x.yaml` said "give an output
#      directory (-o)": now the directory that refused and what to do;
#      `period: {from: 2024-07, to: 2025-06}` suggested 2024-09-01 and
#      2025-05-31: now 2024-07-01 and 2025-06-30; a --templates catalog that
#      is a link outside the directory was "unknown catalog ... not among
#      the shipped catalogs": now its reason (KH400, a catalog's code, as a
#      preset's says it under KH603); `khgen --help` lacked new's and diff's
#      --allow-read; `{count tasks lead_short=VPĐP_NTM}` (a short name)
#      said "define it under units": now names the unit and lead=ID.
#  T7  (s27review L3) `{count localities data.dan_so=}` where no locality
#      holds dan_so printed "3 xã" without a word (a blank value matches
#      every one): KH505 names the key no locality has.
#  T8  (s27outputs L4) KH759 of an external altChunk (Target
#      file:///etc/passwd, TargetMode External) printed "the file
#      word/file:/etc/passwd" (the address joined to word/, its slashes
#      folded): now the address as written.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p

# ---- T1: temporary names never longer than the final ones ------------------
# names_ok TRACE FINAL...: every name the traced run made in its directory
# that is no final name is no longer than the final name it stands for: a
# name renamed over a final one (rename's old name) or given to an old
# output (link's new name) than that final name, any other (openat
# O_CREAT, linkat's new name: the journal, its marker) than the shortest
# final name; prints the offenders, or "ok COUNT", COUNT the names seen
names_ok() {
    /usr/bin/python3 - "$@" <<'PY'
import os, re, sys
trace, finals = sys.argv[1], [os.path.basename(f) for f in sys.argv[2:]]
where = os.path.dirname(sys.argv[2])
short = min(len(f.encode()) for f in finals)
made, stands = [], {}
for line in open(trace, encoding="utf-8", errors="surrogateescape"):
    for pat in (r'openat\(AT_FDCWD, "([^"]*)", [^)]*O_CREAT',
                r'linkat\(AT_FDCWD, "[^"]*", AT_FDCWD, "([^"]*)"'):
        m = re.search(pat, line)
        if m:
            made.append(m.group(1))
    m = re.search(r'rename\("([^"]*)", "([^"]*)"\)', line)
    if m:
        made.append(m.group(1))
        stands[os.path.basename(m.group(1))] = os.path.basename(m.group(2))
    m = re.search(r'\blink\("([^"]*)", "([^"]*)"\)', line)
    if m:
        made.append(m.group(2))
        stands[os.path.basename(m.group(2))] = os.path.basename(m.group(1))
bad, seen = [], 0
for n in made:
    base = os.path.basename(n)
    if base in finals or (os.path.dirname(n) not in (where, "") and n != base):
        continue
    seen += 1
    room = len(stands[base].encode()) if base in stands else short
    if len(base.encode()) > room:
        bad.append(f"{base} ({len(base.encode())} > {room})")
print("ok %d" % seen if not bad else " ".join(sorted(set(bad))))
PY
}

if command -v strace >/dev/null 2>&1; then
    long=$(printf '%0250d' 0 | tr 0 d)
    for name in a ab abc abcd n.yaml abcdef "$long.yaml"; do
        d=$work/t1/one
        rm -rf "$d"
        mkdir -p "$d"
        label=$name
        [ ${#name} -gt 20 ] && label="a name of NAME_MAX bytes (guard: never longer before)"
        # the final name exists: the unnamed file is linked under a temporary
        # name and renamed over it; then the same without /proc's link (the
        # first linkat fails, ENOENT): a named temporary from the start
        "$khgen" init -o "$d/$name" "An Bình" >/dev/null 2>&1
        strace -f -qq -e trace=openat,linkat,rename -o "$work/t1.tr" \
            "$khgen" init --force -o "$d/$name" "An Bình" >/dev/null 2>&1
        r1=$(names_ok "$work/t1.tr" "$d/$name")
        strace -f -qq -e trace=openat,linkat,rename -e inject=linkat:error=ENOENT:when=1 \
            -o "$work/t1b.tr" "$khgen" init --force -o "$d/$name" "An Bình" >/dev/null 2>&1
        r2=$(names_ok "$work/t1b.tr" "$d/$name")
        left=$(ls -A "$d" | grep -vxF -- "$name" | tr '\n' ' ')
        case "$r1 $r2" in
            "ok "[1-9]*" ok "[1-9]*) [ -z "$left" ] &&
                ok "T1 a one-file writer's temporary beside '$label' is no longer ($r1, $r2)" ||
                not_ok "T1 a one-file writer beside '$label' left [$left]" ;;
            *) not_ok "T1 a one-file writer's temporary beside '$label' is longer: $r1 / $r2" ;;
        esac
    done
    for stem in a ab abc "$(printf '%0246d' 0 | tr 0 s)"; do
        d=$work/t1/set
        rm -rf "$d"
        mkdir -p "$d"
        label=$stem
        [ ${#stem} -gt 20 ] && label="a stem whose .html is NAME_MAX bytes (guard)"
        cp "$P/ex.yaml" "$work/t1/$stem.yaml"
        "$khgen" build -o "$d" "$work/t1/$stem.yaml" >/dev/null 2>&1
        strace -f -qq -e trace=openat,linkat,link,rename -o "$work/t1c.tr" \
            "$khgen" build -o "$d" "$work/t1/$stem.yaml" >/dev/null 2>&1
        r=$(names_ok "$work/t1c.tr" "$d/$stem.md" "$d/$stem.html" "$d/$stem.docx" "$d/$stem.xlsx")
        left=$(ls -A "$d" | grep -v "^$stem\.\(md\|html\|docx\|xlsx\)\$" | tr '\n' ' ')
        case $r in
            "ok "[1-9]*) [ -z "$left" ] &&
                ok "T1 a build's temporaries, journal and marker beside '$label.md' are no longer ($r)" ||
                not_ok "T1 a build of '$label' left [$left]" ;;
            *) not_ok "T1 a build's journal or temporaries beside '$label.md' are longer: $r" ;;
        esac
    done
    rm -f "$work"/t1/s*s.yaml
else
    ok "T1 (skipped: no strace) temporary names never longer than the final ones"
fi

# a build killed after its first rename leaves its (short) journal; the next
# build into the directory finishes that commit: the new set, nothing else
d=$work/t1/kill
rm -rf "$d"
mkdir -p "$d"
cp "$P/ex.yaml" "$work/t1/k.yaml"
"$khgen" build -o "$d" "$work/t1/k.yaml" >/dev/null 2>&1
sed 's/^  title: \(.*\)/  title: \1 MOI28/' "$P/ex.yaml" >"$work/t1/k.yaml"
KHGEN_TEST_KILL_AFTER_RENAMES=1 "$khgen" build -o "$d" "$work/t1/k.yaml" >/dev/null 2>&1
journal=$(ls -A "$d" | grep -v '^k\.\(md\|html\|docx\|xlsx\)$' | grep -v '^\.[A-Za-z0-9]*$' | tr '\n' ' ')
"$khgen" build -o "$d" "$work/t1/no-such.yaml" >/dev/null 2>&1
left=$(ls -A "$d" | grep -v '^k\.\(md\|html\|docx\|xlsx\)$' | tr '\n' ' ')
new=0
grep -q MOI28 "$d/k.md" && new=$((new + 1))
grep -q MOI28 "$d/k.html" && new=$((new + 1))

case $journal in
    ".~"?" .~"?"! ") [ -z "$left" ] && [ $new = 2 ] &&
        ok "T1 a kill in the commit of 'k.md' leaves journal $journal(no longer than k.md); recovered: the new set, nothing left" ||
        not_ok "T1 after recovery of the short journal: left [$left], $new of 2 outputs new" ;;
    *) not_ok "T1 a kill in the commit of 'k.md' leaves [$journal] (a journal longer than 'k.md'?)" ;;
esac
# guard: a journal an earlier khgen left under its long name
# (.khgen-commit-XXXXXX, its first record its own device and inode, then
# "R" TEMP FINAL) and its marker: carried out by the next build, as before
d=$work/t1/legacy
rm -rf "$d"
mkdir -p "$d"
printf 'cũ\n' >"$d/k.md"
printf 'MỚI\n' >"$d/.Ab3"
/usr/bin/python3 - "$d" <<'PY'
import os, sys
d = sys.argv[1]
j = os.path.join(d, ".khgen-commit-abcdef")
open(j, "wb").close()
st = os.stat(j)
with open(j, "wb") as f:
    f.write(b"I\0%d:%d\0R\0.Ab3\0k.md\0" % (st.st_dev, st.st_ino))
open(j + "!", "wb").close()
PY
"$khgen" build -o "$d" "$work/t1/no-such.yaml" >/dev/null 2>&1
[ "$(cat "$d/k.md")" = "MỚI" ] && [ "$(ls -A "$d" | tr '\n' ' ')" = "k.md " ] &&
    ok "T1 guard: an earlier khgen's .khgen-commit- journal with its marker is carried out" ||
    not_ok "T1 guard: a long-named journal: k.md '$(cat "$d/k.md")', left [$(ls -A "$d" | tr '\n' ' ')]"
# guard: a file that looks like a short journal but is not one (another
# user's notes, not the build's) is left alone by recovery
printf 'ghi chú\n' >"$d/.~ab"
: >"$d/.~cd!x"
"$khgen" build -o "$d" "$work/t1/no-such.yaml" >/dev/null 2>&1
[ -f "$d/.~ab" ] && [ -f "$d/.~cd!x" ] && ok "T1 guard: '.~ab' that is no journal (and '.~cd!x') left alone by recovery" ||
    not_ok "T1 guard: recovery removed a file that is no journal"

# ---- T2: a --templates wording printing a value the plan leaves out --------
mkdir -p "$work/t2/tpl" "$work/t2/tpl2" "$work/t2/ok"
printf 'attachment_under_title: "(Kèm theo số {{number}} ngày {{date}} của {{issuer}})"\n' \
    >"$work/t2/tpl/wording.yaml"
printf 'basis: "Căn cứ {{kind}} số {{number}} ngày {{date}} của {{issuer}}{{#subject}} {{subject}}{{/subject}}"\n' \
    >"$work/t2/tpl2/wording.yaml"
printf 'attachment_under_title: "(Kèm theo số {{number}}{{#issuer}} của {{issuer}}{{/issuer}})"\nbasis: "Căn cứ {{kind}}{{#number}} số {{number}}{{/number}} ngày {{date}}{{#issuer}} của {{issuer}}{{/issuer}}"\n' \
    >"$work/t2/ok/wording.yaml"
edited t2-noshort "  issuer_short: UBND huyện Yên Thế" ""
edited t2-noby "    by: Thủ tướng Chính phủ" ""
edited t2-nonum "  - kind: Quyết định
    number: 263/QĐ-TTg" "  - kind: Luật
    name: Tổ chức chính quyền địa phương"
# t2_build NAME TPL: build -f md with --templates TPL; $st, $err, $md
t2_build() {
    rm -rf "$work/t2/out"
    "$khgen" build -f md --templates "$2" -o "$work/t2/out" "$P/$1.yaml" >/dev/null 2>"$work/t2/err"
    st=$?
    md=$(cat "$work/t2/out/$1.md" 2>/dev/null)
}
t2_build t2-noshort "$work/t2/tpl"
if [ $st = 1 ] && grep -q "error\[KH265\].*attachment_under_title.*wording.yaml:1" "$work/t2/err" && [ -z "$md" ]; then
    ok "T2 attachments without issuer_short, a wording printing 'của {{issuer}}' bare: KH265 at its line, nothing written"
else
    not_ok "T2 no issuer_short, 'của {{issuer}}' bare: status $st, $(grep -o 'KH[0-9]*' "$work/t2/err" | tr '\n' ' '), printed '$(printf '%s' "$md" | grep -o 'Kèm theo[^)]*)' | head -1)'"
fi
t2_build t2-noby "$work/t2/tpl2"
if [ $st = 1 ] && grep -q "error\[KH265\].*no issuer ('by').*'basis'" "$work/t2/err"; then
    ok "T2 a basis without 'by', a wording printing 'của {{issuer}}' bare: KH265"
else
    not_ok "T2 a basis without 'by', 'của {{issuer}}' bare: status $st, $(grep -o 'KH[0-9]*' "$work/t2/err" | tr '\n' ' '), printed '$(printf '%s' "$md" | grep -o 'Căn cứ Quyết[^;]*;' | head -1)'"
fi
t2_build t2-nonum "$work/t2/tpl2"
if [ $st = 1 ] && grep -q "error\[KH265\].*no 'number'" "$work/t2/err"; then
    ok "T2 a basis without 'number', a wording printing 'số {{number}}' bare: KH265"
else
    not_ok "T2 a basis without 'number', 'số {{number}}' bare: status $st, $(grep -o 'KH[0-9]*' "$work/t2/err" | tr '\n' ' '), printed '$(printf '%s' "$md" | grep -o 'Căn cứ Quyết[^;]*;' | head -1)'"
fi
# controls: the value given, or the words in the section, or the built-in
# wording (KH254, a warning, and no "của")
t2_build ex "$work/t2/tpl"
case $st:$md in
    0:*"của UBND huyện Yên Thế)"*) ok "T2 control: with issuer_short the province's wording builds, 'của UBND huyện Yên Thế)'" ;;
    *) not_ok "T2 control: with issuer_short: status $st $(head -c 300 "$work/t2/err")" ;;
esac
t2_build t2-noshort "$work/t2/ok"
case $st:$md in
    0:*"(Kèm theo số"*) printf '%s' "$md" | grep -q "của )" &&
        not_ok "T2 control: the words in the section still print 'của )'" ||
        ok "T2 control: a wording with '{{#issuer}} của {{issuer}}{{/issuer}}' builds without issuer_short, no 'của )'" ;;
    *) not_ok "T2 control: the words in the section: status $st $(head -c 300 "$work/t2/err")" ;;
esac
t2_build t2-nonum "$work/t2/ok"
[ $st = 0 ] && ! grep -q KH265 "$work/t2/err" && ok "T2 control: '{{#number}} số {{number}}{{/number}}' and a basis without number: built" ||
    not_ok "T2 control: number in its section: status $st $(head -c 300 "$work/t2/err")"
rm -rf "$work/t2/out"
"$khgen" build -f md -o "$work/t2/out" "$P/t2-noshort.yaml" >/dev/null 2>"$work/t2/err"
st=$?
[ $st = 0 ] && grep -q "warning\[KH254\]" "$work/t2/err" && ! grep -q KH265 "$work/t2/err" &&
    ! grep -q "của )" "$work/t2/out/t2-noshort.md" &&
    ok "T2 control: the built-in wording without issuer_short: KH254 (a warning), the line without 'của'" ||
    not_ok "T2 control: built-in wording: status $st $(grep -o 'KH[0-9]*' "$work/t2/err" | tr '\n' ' ')"

# ---- T3: JSON mode: every line on standard error is JSON -----------------
mkdir -p "$work/t3"
printf 'abc\n' >"$work/t3/u.txt"
printf 'khgen: 1\nheader: [\n' >"$work/t3/broken.yaml"
"$khgen" build -f md -o "$work/t3" "$P/ex.yaml" >/dev/null 2>&1 && mv "$work/t3/ex.md" "$work/t3/doc.md"
# all_json LABEL STATUS_WANTED COMMAND...: run with --diagnostics-format=json
# after the command word; every stderr line is a JSON object of the
# diagnostic's keys, the status as wanted
all_json() {
    label=$1
    want=$2
    shift 2
    cmd=$1
    shift
    (cd "$work/t3" && "$khgen" "$cmd" --diagnostics-format=json "$@") >/dev/null 2>"$work/t3/err"
    st=$?
    bad=$(/usr/bin/python3 - "$work/t3/err" <<'PY'
import json, sys
keys = {"file", "line", "column", "severity", "code", "message", "notes"}
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
bad = []
for l in lines:
    try:
        o = json.loads(l)
        if set(o) != keys or o["severity"] not in ("error", "warning", "note"):
            bad.append(l)
    except ValueError:
        bad.append(l)
print("none" if not lines else " | ".join(bad)[:300])
PY
)
    if [ "$st" = "$want" ] && [ -z "$bad" ]; then
        ok "T3 JSON mode, $label: every line on standard error is JSON (status $st)"
    else
        not_ok "T3 JSON mode, $label: status $st (want $want), text lines: [$bad]"
    fi
}
all_json "convert of a missing file" 3 convert no-such.txt
all_json "convert that copies a UTF-8 file (a note)" 0 convert u.txt -o u2.txt
all_json "convert onto a file that exists" 2 convert u.txt -o u2.txt
all_json "a usage error (-f pfd) and its hint" 2 build -f pfd x.yaml
all_json "an unknown --lang" 2 build --lang xx x.yaml
all_json "init without a name (its usage text)" 2 init
all_json "new without --from (its usage text)" 2 new --year 2025
all_json "diff of a plan with errors (guard: fixed in session 27)" 3 diff broken.yaml broken.yaml
all_json "import --stats" 0 import --stats -o imp.yaml "$work/t3/doc.md"
/usr/bin/python3 - "$work/t3/err" <<'PY' && ok "T3 JSON mode: import --stats is a note, its counts in its message" || not_ok "T3 JSON mode: import --stats: $(head -c 300 "$work/t3/err")"
import json, sys
o = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
sys.exit(0 if any(x["severity"] == "note" and "bases structured" in x["message"] for x in o) else 1)
PY
# control: a plan's diagnostics are the objects they were, their codes kept
(cd "$work/t3" && "$khgen" check --diagnostics-format=json "$P/t2-noshort.yaml") >/dev/null 2>"$work/t3/err"
grep -q '^{"file": "[^"]*t2-noshort.yaml", "line": [1-9][0-9]*, "column": [0-9]*, "severity": "warning", "code": "KH254"' "$work/t3/err" &&
    [ "$(wc -l <"$work/t3/err")" = 1 ] && ok "T3 control: a plan's warning in JSON mode is its object (KH254), as before" ||
    not_ok "T3 control: a plan's warning in JSON mode: $(head -c 300 "$work/t3/err")"
# L2: --diagnostics-format twice is a usage error; twice the same value is
# still one form (its message in it)
"$khgen" check --diagnostics-format=json --diagnostics-format=text "$P/ex.yaml" >/dev/null 2>"$work/t3/err"
st=$?
[ $st = 2 ] && grep -q "given twice" "$work/t3/err" && ok "T3 (L2) --diagnostics-format given twice: a usage error (status 2)" ||
    not_ok "T3 (L2) --diagnostics-format given twice: status $st $(head -c 200 "$work/t3/err")"
all_json "--diagnostics-format=json twice (a usage error, in JSON)" 2 check --diagnostics-format=json "$P/ex.yaml"

# ---- T4: labels printed as written; diff -f md escapes plain parts --------
edited t4-label "  - section: MỤC TIÊU" "  - section: MỤC TIÊU
    label: \"*5*.\""
rm -rf "$work/t4"
"$khgen" build -f md,html,docx -o "$work/t4" "$P/t4-label.yaml" >/dev/null 2>"$work/t4.err"
st=$?
md_ok=0 html_ok=0 docx_ok=0
grep -qF '\*5\*. MỤC TIÊU' "$work/t4/t4-label.md" 2>/dev/null && md_ok=1
grep -q '\*5\*\. MỤC TIÊU' "$work/t4/t4-label.html" 2>/dev/null && ! grep -q '<em>5</em>' "$work/t4/t4-label.html" && html_ok=1
unzip -p "$work/t4/t4-label.docx" word/document.xml 2>/dev/null | grep -q '\*5\*\. MỤC TIÊU' && docx_ok=1
[ $st = 0 ] && [ $md_ok$html_ok$docx_ok = 111 ] &&
    ok "T4 a section's label '*5*.' prints its stars in the .md, .html and .docx" ||
    not_ok "T4 a section's label '*5*.': status $st, md/html/docx as written: $md_ok$html_ok$docx_ok"
# a point's label: the .html and .docx printed it as written, the .md as Markdown
edited t4-point "          - para: (Chi tiết" "          - para: (Chi tiết" \
    "đính kèm)." "đính kèm).
            label: \"*a*)\""
rm -rf "$work/t4p"
"$khgen" build -f md,html -o "$work/t4p" "$P/t4-point.yaml" >/dev/null 2>"$work/t4p.err"
st=$?
if [ $st = 0 ] && grep -qF '\*a\*) ' "$work/t4p/t4-point.md" && grep -qF '*a*) ' "$work/t4p/t4-point.html"; then
    ok "T4 a paragraph's label '*a*)' prints its stars in the .md as in the .html"
else
    not_ok "T4 a paragraph's label '*a*)': status $st $(grep -m1 'a\*)\|<em>a' "$work/t4p/t4-point.md" 2>/dev/null) $(head -c 200 "$work/t4p.err")"
fi
# control: numbered labels are as they were ("I.", "1.", "a)")
rm -rf "$work/t4c"
"$khgen" build -f md -o "$work/t4c" "$P/ex.yaml" >/dev/null 2>&1
grep -q '^\*\*I\. ' "$work/t4c/ex.md" && ! grep -q 'I\\\.' "$work/t4c/ex.md" &&
    ok "T4 control: a section's number 'I.' prints as it did" ||
    not_ok "T4 control: numbered labels: $(grep -m2 'I\.' "$work/t4c/ex.md" | tr '\n' ' ')"
# L9: diff -f md of a number "1*2*3" to "1*2*4"
edited t4-n1 '  number: ""' '  number: "1*2*3"'
edited t4-n2 '  number: ""' '  number: "1*2*4"'
"$khgen" diff -f md "$P/t4-n1.yaml" "$P/t4-n2.yaml" >"$work/t4d.md" 2>"$work/t4d.err"
if grep -qF '~~1\*2\*3/KH-UBND~~' "$work/t4d.md" && ! grep -q '[^\\]\*2\*' "$work/t4d.md"; then
    ok "T4 (L9) diff -f md: the number '1*2*3' is escaped in the report (its attachment lines too)"
else
    not_ok "T4 (L9) diff -f md: $(grep -m2 '2\*' "$work/t4d.md" | tr '\n' ' ')"
fi

# ---- T5: a list typed in one paragraph -------------------------------------
# t5_plan NAME TEXT_LINES: the example with a task whose `text: |` holds
# the lines given (each indented here), as $P/NAME.yaml
t5_plan() {
    name=$1
    shift
    lines=""
    for l in "$@"; do lines="$lines
              $l"; done
    edited "$name" "            text: Tham mưu phân bổ nguồn vốn năm {year}." "            text: |$lines"
}
t5_plan t5-dash "Các việc chính:" "- Ý một" "- Ý hai"
"$khgen" check "$P/t5-dash.yaml" >/dev/null 2>"$work/t5.err"
st=$?
line=$(grep -n -- '- Ý một' "$P/t5-dash.yaml" | cut -d: -f1)
grep -q "t5-dash.yaml:$line:15: warning\[KH125\].*items: \[{bullet" "$work/t5.err" && [ $st = 0 ] &&
    [ "$(grep -c 'KH125' "$work/t5.err")" = 1 ] &&
    ok "T5 a task's text: | holding '- Ý một' over '- Ý hai': KH125 once, at the first item's line, with what to do" ||
    not_ok "T5 a list in a task's text: status $st: $(grep -m1 'KH' "$work/t5.err")"
t5_plan t5-num "1. Số một" "2. Số hai"
"$khgen" check "$P/t5-num.yaml" >/dev/null 2>"$work/t5.err"
grep -q "warning\[KH125\]" "$work/t5.err" && ok "T5 '1. Số một' over '2. Số hai': KH125" ||
    not_ok "T5 a numbered list in a text: $(head -c 200 "$work/t5.err")"
t5_plan t5-letter "Gồm:" "a) Rà soát;" "b) Báo cáo."
"$khgen" check "$P/t5-letter.yaml" >/dev/null 2>"$work/t5.err"
grep -q "warning\[KH125\]" "$work/t5.err" && ok "T5 'a) Rà soát;' over 'b) Báo cáo.': KH125" ||
    not_ok "T5 a lettered list in a text: $(head -c 200 "$work/t5.err")"
# controls: a sentence over lines, items in paragraphs of their own, a
# number that continues a sentence ("năm" over "2024 - 2025")
t5_plan t5-ok "Tham mưu phân bổ nguồn vốn" "năm 2024 -2025 cho các xã," "-5 triệu đồng mỗi xã." "" "- Ý một" "" "- Ý hai"
"$khgen" check "$P/t5-ok.yaml" >/dev/null 2>"$work/t5.err"
! grep -q "KH125" "$work/t5.err" && ok "T5 control: a sentence over lines and items in paragraphs of their own: no KH125" ||
    not_ok "T5 control: $(grep -m1 KH125 "$work/t5.err")"
bad=""
for f in "$top"/plans/*.yaml "$top"/tests/e2e/plans/*.yaml "$P/ex.yaml"; do
    "$khgen" check "$f" 2>&1 | grep -q KH125 && bad="$bad $(basename "$f")"
done
[ -z "$bad" ] && ok "T5 control: plans/, tests/e2e/plans/ and README's example: no KH125" ||
    not_ok "T5 control: KH125 in$bad"
# timed: a text of 20,000 and 80,000 lines, no marker (the scan is linear)
/usr/bin/python3 - "$P/ex.yaml" "$P/t5-t1.yaml" "$P/t5-t4.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
old = "            text: Tham mưu phân bổ nguồn vốn năm {year}."
for path, n in ((sys.argv[2], 20000), (sys.argv[3], 80000)):
    body = "".join("              dòng %d của đoạn văn\n" % i for i in range(n))
    open(path, "w", encoding="utf-8").write(s.replace(old, "            text: |\n" + body.rstrip("\n"), 1))
PY
scaling_case "T5 guard: KH125's scan of a text of 20,000 and 80,000 lines" \
    "$timed" check "$P/t5-t1.yaml" -- "$timed" check "$P/t5-t4.yaml"

# ---- T6: messages ------------------------------------------------------------
grep -q "256 files per plan (KH032; the" "$top/README.md" "$top"/doc/*.md && grep -h -A2 "256 files per plan (KH032" "$top/README.md" "$top"/doc/*.md | grep -q "KH133" &&
    ok "T6 (L13) README: the include limit is KH133, the files read in all KH032" ||
    not_ok "T6 (L13) README still names KH032 alone for 256 files"
# L14: another user, a directory 'out' they may not write in
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
    d=$(mktemp -d /tmp/fixlow28-ro.XXXXXX)
    chmod 755 "$d"
    mkdir "$d/out"
    cp "$P/ex.yaml" "$d/p.yaml"
    chmod 644 "$d/p.yaml"
    "$khgen" build -f md -o "$work/t6md" "$P/ex.yaml" >/dev/null 2>&1
    cp "$work/t6md/ex.md" "$d/doc.md"
    chmod 644 "$d/doc.md"
    (cd "$d" && setpriv --reuid=65534 --regid=65534 --clear-groups "$khgen" build -o "out/sub dir/Kế hoạch" p.yaml) \
        >/dev/null 2>"$work/t6.err"
    grep -q "error\[KH901\]: cannot create directory 'out/sub dir/Kế hoạch': .*: you may not create 'out/sub dir' in 'out'; .*ask for write permission on 'out'" "$work/t6.err" &&
        ok "T6 (L14) a build -o under a directory one may not write in: KH901 names 'out' and the permission" ||
        not_ok "T6 (L14) build -o under 'out': $(head -c 300 "$work/t6.err")"
    (cd "$d" && setpriv --reuid=65534 --regid=65534 --clear-groups "$khgen" import -o out/x.yaml doc.md) \
        >/dev/null 2>"$work/t6.err"
    grep -q "error\[KH901\]: cannot write 'out/x.yaml': .*: you may not write in 'out'; write to a directory you may write in (-o), or ask for write permission on 'out'" "$work/t6.err" &&
        ! grep -q "give an output directory" "$work/t6.err" &&
        ok "T6 (L14) import -o out/x.yaml: KH901 names 'out', not 'an output directory'" ||
        not_ok "T6 (L14) import -o out/x.yaml: $(head -c 300 "$work/t6.err")"
    rm -rf "$d"
else
    ok "T6 (L14) (skipped: needs root and setpriv to be another user) KH901 names the directory"
fi
# L1: the days to write for a period given in months
{ cat "$P/ex.yaml"; printf 'period: {from: 2024-07, to: 2025-06}\n'; } >"$P/t6-period.yaml"
"$khgen" check "$P/t6-period.yaml" >/dev/null 2>"$work/t6.err"
grep -q "'from' needs a full date YYYY-MM-DD: write the day too (2024-07-01)" "$work/t6.err" &&
    grep -q "'to' needs a full date YYYY-MM-DD: write the day too (2025-06-30)" "$work/t6.err" &&
    ok "T6 (L1) period 2024-07 to 2025-06: write 2024-07-01 and 2025-06-30" ||
    not_ok "T6 (L1) period months: $(grep -o 'write the day too ([^)]*)' "$work/t6.err" | tr '\n' ' ')"
{ cat "$P/ex.yaml"; printf 'period: {from: 2023-09-01, to: 2024-02}\n'; } >"$P/t6-period2.yaml"
"$khgen" check "$P/t6-period2.yaml" >/dev/null 2>"$work/t6.err"
grep -q "write the day too (2024-02-29)" "$work/t6.err" && ok "T6 (L1) a February of a leap year ends on the 29th" ||
    not_ok "T6 (L1) February 2024: $(grep -o 'write the day too ([^)]*)' "$work/t6.err")"
# L6: a --templates catalog that is a link outside the directory
mkdir -p "$work/t6tpl/t/catalogs" "$work/t6tpl/outside"
cp "$top/templates/catalogs/qd318-xa-ntm.yaml" "$work/t6tpl/outside/cat.yaml"
ln -sf ../../outside/cat.yaml "$work/t6tpl/t/catalogs/qd318-xa-ntm.yaml"
"$khgen" check --templates "$work/t6tpl/t" "$P/ex.yaml" >/dev/null 2>"$work/t6.err"
grep -q "error\[KH400\]: catalog 'qd318-xa-ntm': cannot read '.*qd318-xa-ntm.yaml': it is a link to a file outside the --templates directory" "$work/t6.err" &&
    ! grep -q "not among the shipped" "$work/t6.err" &&
    ok "T6 (L6) a --templates catalog linked outside: its reason, not 'not among the shipped catalogs'" ||
    not_ok "T6 (L6) catalog link outside: $(head -c 300 "$work/t6.err")"
# L3: khgen --help's synopsis of new and diff
"$khgen" --help 2>/dev/null | awk '/khgen new/{n=1} /khgen diff/{d=1} n&&/--allow-read/{na=1} /khgen init/{n=0; if (d) da=da} d&&/--allow-read/&&!/khgen new/{dd=1} END{exit !(na && dd)}' &&
    [ "$("$khgen" --help | sed -n '/khgen new/,/khgen init/p' | grep -c -- '--allow-read')" -ge 2 ] &&
    ok "T6 (L3) khgen --help: new and diff show [--allow-read DIR]" ||
    not_ok "T6 (L3) khgen --help: $("$khgen" --help | sed -n '/khgen new/,/khgen init/p' | tr '\n' ' ')"
# L4: a filter on lead_short given the short name
edited t6-short "          - para: (Chi tiết theo {att bieu01} đính kèm)." "          - para: (Chi tiết theo {att bieu01} đính kèm). Có {count tasks lead_short=VPĐP_NTM} việc."
"$khgen" check "$P/t6-short.yaml" >/dev/null 2>"$work/t6.err"
grep -q "error\[KH202\]: 'lead_short' filters by the unit's id, not by the name it prints: 'VPĐP_NTM' is unit 'vpdp'; write 'lead=vpdp'" "$work/t6.err" &&
    ok "T6 (L4) lead_short=VPĐP_NTM (a short name): KH202 names unit 'vpdp' and lead=vpdp" ||
    not_ok "T6 (L4) lead_short= a short name: $(head -c 300 "$work/t6.err")"
edited t6-short3 "          - para: (Chi tiết theo {att bieu01} đính kèm)." "          - para: (Chi tiết theo {att bieu01} đính kèm). Có {count tasks lead_short=VPĐP} việc."
"$khgen" check "$P/t6-short3.yaml" >/dev/null 2>"$work/t6.err"
grep -q "error\\[KH202\\]: unknown unit 'VPĐP'.*: 'lead_short' filters by the unit's id" "$work/t6.err" &&
    ok "T6 (L4) lead_short=VPĐP (no unit's name): KH202 says the filter takes an id" ||
    not_ok "T6 (L4) lead_short=VPĐP: $(head -c 300 "$work/t6.err")"
edited t6-short2 "          - para: (Chi tiết theo {att bieu01} đính kèm)." "          - para: (Chi tiết theo {att bieu01} đính kèm). Có {count tasks lead_short=vpdp} việc."
"$khgen" check "$P/t6-short2.yaml" >/dev/null 2>"$work/t6.err" && ! grep -q KH202 "$work/t6.err" &&
    ok "T6 (L4) control: lead_short=vpdp (an id) counts as before" ||
    not_ok "T6 (L4) control: lead_short=vpdp: $(head -c 300 "$work/t6.err")"

# ---- T7: a blank filter over a data key no locality has --------------------
edited t7 "          - para: (Chi tiết theo {att bieu01} đính kèm)." "          - para: (Chi tiết theo {att bieu01} đính kèm; {count localities data.dan_so=} xã)."
"$khgen" check "$P/t7.yaml" >/dev/null 2>"$work/t7.err"
grep -q "warning\[KH505\]: no locality has 'dan_so': 'data.dan_so=' (blank) matches every one, and the figure goes over all 3" "$work/t7.err" &&
    ok "T7 {count localities data.dan_so=} where none has dan_so: KH505 names the key" ||
    not_ok "T7 a blank filter on an unknown key: $(head -c 300 "$work/t7.err")"
# controls: the key held by one locality (the blank ones counted, as meant)
edited t7b "          - para: (Chi tiết theo {att bieu01} đính kèm)." "          - para: (Chi tiết theo {att bieu01} đính kèm; {count localities data.dan_so=} xã)." \
    "criteria_met: 17, target: ntm" "criteria_met: 17, data: {dan_so: 5}, target: ntm"
"$khgen" check "$P/t7b.yaml" >/dev/null 2>"$work/t7.err"
! grep -q "KH505" "$work/t7.err" && ok "T7 control: one locality holds dan_so: the blank ones counted, no KH505" ||
    not_ok "T7 control: $(head -c 300 "$work/t7.err")"

# ---- T8: an external altChunk's address as written -------------------------
rm -rf "$work/t8"
"$khgen" build -f docx -o "$work/t8" "$P/ex.yaml" >/dev/null 2>&1
/usr/bin/python3 - "$work/t8/ex.docx" "$work/t8/alt.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.replace(b"<w:body>", b'<w:body><w:altChunk r:id="rIdX1"/>', 1)
        if item.filename == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="file:///etc/passwd" TargetMode="External"/></Relationships>')
        zout.writestr(item, data)
PY
"$khgen" import -o "$work/t8/alt.yaml" "$work/t8/alt.docx" >/dev/null 2>"$work/t8.err"
grep -q "it is the file file:///etc/passwd outside the document" "$work/t8/alt.yaml" &&
    ! grep -q "word/file:" "$work/t8/alt.yaml" &&
    ok "T8 an external altChunk: its review note names file:///etc/passwd as written" ||
    not_ok "T8 an external altChunk: $(grep -m1 'altChunk' "$work/t8/alt.yaml") $(head -c 200 "$work/t8.err")"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
