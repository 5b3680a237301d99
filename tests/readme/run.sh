#!/bin/sh
# tests/readme/run.sh KHGEN WORKDIR - the README and khgen(1) against the
# binary and the sources, so that the documentation stays true.
#
#  - the README's complete example ("### A complete example") checks with
#    no diagnostic at all and builds its four default formats;
#  - every option that `khgen --help` or `khgen COMMAND --help` lists is
#    named in README.md, in man/khgen.1 and in its Vietnamese translation
#    man/vi/khgen.1, and every command has a "COMMAND --help" that exits 0;
#  - the Vietnamese man pages are in step with the English ones: the same
#    options (man/vi/khgen.1), the same keys in bold (man/vi/khgen-plan.5),
#    as many sections and entries, and they render without a warning;
#  - every long option README's synopsis gives a command is in the usage
#    lines of `khgen COMMAND --help`;
#  - every suite tests/run_all.sh runs has a line of its own in the list
#    of suites, tests/README.md (README.md's till session 30), and README.md
#    points there;
#  - every src/*.c and src/*.def is named in the "Repository layout",
#    doc/layout.md;
#  - the limits README.md and doc/limits.md state are the code's constants: 32 MiB and 64
#    levels (src/load.c), 50 errors (src/diag.h), 64 MiB and 256 files
#    (src/readpolicy.h), 16 levels of include (src/include.c), and the
#    others the Limits section gives: a value's 4 MiB, a name's 500
#    characters, a template's steps and output, the figures' steps, names
#    and depth, the generated tables' items, the hints' bounds and the
#    diagnostics' quoting;
#  - every `make TARGET` README.md or tests/README.md names is a target of
#    the Makefile;
#  - each `.gitattributes` the README shows reads without a complaint of
#    git, and the lines it shows of `khgen new --from plans/yen-the-2024.yaml`
#    are what that prints (the README's reference is in doc/*.md since
#    session 43: these look in README.md and doc/*.md);
#  - the links of README.md and doc/*.md name a file and a heading, README
#    links every doc/*.md, and no line is longer than 400 characters
#    (tests/readme/links.py).
# Prints "ok - ..." / "not ok - ..." and ends with "N passed, M failed".
set -u
khgen=$1
work=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
readme="$top/README.md"
# the topic files README.md links (s43readme moved its reference there)
docs="$top/doc"
man1="$top/man/khgen.1"
man1vi="$top/man/vi/khgen.1"
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
rm -rf "$work"
mkdir -p "$work"
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
notok() { echo "not ok - $1"; fail=$((fail + 1)); }

# 1. the complete example
awk '/^### A complete example/ { f = 1 } f && /^```yaml/ { g = 1; next }
     g && /^```/ { exit } g { print }' "$readme" >"$work/example.yaml"
if [ "$(wc -l <"$work/example.yaml")" -lt 20 ]; then
    notok "the README's complete example was not found (### A complete example, a yaml block)"
else
    "$khgen" check "$work/example.yaml" >"$work/check.out" 2>&1
    status=$?
    if [ $status -eq 0 ] && [ ! -s "$work/check.out" ]; then
        ok "the README's complete example checks with no diagnostic"
    else
        notok "khgen check of the README's example: status $status, output:"
        sed 's/^/    | /' "$work/check.out"
    fi
    if "$khgen" build -o "$work/out" "$work/example.yaml" >"$work/build.out" 2>&1 &&
        [ -s "$work/out/example.md" ] && [ -s "$work/out/example.html" ] &&
        [ -s "$work/out/example.docx" ] && [ -s "$work/out/example.xlsx" ]; then
        ok "the README's complete example builds md, html, docx and xlsx"
    else
        notok "khgen build of the README's example failed:"
        sed 's/^/    | /' "$work/build.out"
    fi
fi

# 2. every option of every --help is documented
"$khgen" --help >"$work/help" 2>&1
commands=$(awk '/^commands:/ { f = 1; next } /^$/ { f = 0 } f && /^  [a-z]/ { print $1 }' "$work/help")
[ -n "$commands" ] || notok "no command found in khgen --help"
for c in $commands; do
    if "$khgen" "$c" --help >>"$work/help" 2>&1; then
        ok "khgen $c --help exits 0"
    else
        notok "khgen $c --help exits non-zero"
    fi
    grep -q "khgen $c" "$readme" || notok "README.md never shows 'khgen $c'"
    grep -q "^\.B.* $c\$\|^\.B khgen $c" "$man1" || notok "man/khgen.1 has no 'khgen $c'"
done
# options: those that start an option line ("  -o, --output DIR",
# "      --color, --no-color") and those of the usage lines
options=$( (grep -oE '^ +-[-a-zA-Z]+(, -[-a-zA-Z]+)*' "$work/help"
    grep -E '^(usage:| +)khgen ' "$work/help" | grep -oE '[ [|]--?[a-zA-Z][-a-zA-Z]*') |
    tr ', [|' '\n\n\n\n' | grep '^-' | sort -u)
for o in $options; do
    esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
    missing=""
    grep -qe "\`$o\b" -e "$o[] =\`|]" "$readme" || missing="README.md"
    grep -q -- "$esc" "$man1" || missing="$missing man/khgen.1"
    grep -q -- "$esc" "$man1vi" || missing="$missing man/vi/khgen.1"
    if [ -z "$missing" ]; then
        ok "option $o is documented"
    else
        notok "option $o of --help is missing from:$missing"
    fi
done

# 2b. the README's synopsis against each command's usage lines: every long
# option the README gives a command ("## Command line") is in the usage
# lines of `khgen COMMAND --help` (--max-errors was left out of them)
awk '/^## Command line/ { f = 1; next } f && /^    khgen [a-z]/ { c = $2 }
     f && c && /^    / { print c, $0 } f && c && /^$/ { exit }' "$readme" >"$work/synopsis"
[ -s "$work/synopsis" ] || notok "no synopsis under README's \"## Command line\""
for c in $(awk '{ print $1 }' "$work/synopsis" | sort -u); do
    "$khgen" "$c" --help 2>/dev/null | awk '/^usage:/ { f = 1 } f && /^$/ { exit } f' >"$work/usage-$c"
    for o in $(grep "^$c " "$work/synopsis" | grep -oE '[[|]--[a-z][-a-z]*' | tr -d '[|' | sort -u); do
        if grep -q -- "$o\b" "$work/usage-$c"; then
            ok "khgen $c --help's usage lines name $o, as README's synopsis does"
        else
            notok "README's synopsis gives 'khgen $c' $o; the usage lines of khgen $c --help do not"
        fi
    done
done

# 2d. every suite tests/run_all.sh runs is named on a line of its own in
# the list of suites ("Every suite `tests/run_all.sh` runs, one a line"):
# the list went stale at attack19 twice (s25fixnull). Session 30 moved
# the list and its history out of README.md (500 lines before the
# reference) into tests/README.md; README.md points there.
suites="$top/tests/README.md"
missing=
for t in $(grep -v '^ *#' "$top/tests/run_all.sh" | grep -oE 'tests/[a-z0-9_/]*\.(sh|py)' | sort -u); do
    grep -q "^- \`$t\`: " "$suites" 2>/dev/null || missing="$missing $t"
done
if [ -z "$missing" ] && grep -q '^Every suite `tests/run_all.sh` runs, one a line' "$suites"; then
    ok "every suite tests/run_all.sh runs has its line in tests/README.md's list"
else
    notok "suites of tests/run_all.sh without their line ('- \`PATH\`: what it tests') in tests/README.md's list of suites:$missing"
fi
if grep -q 'tests/README.md' "$readme" && ! grep -q '^- `tests/[a-z0-9_/]*\.\(sh\|py\)`: ' "$readme"; then
    ok "README.md points to tests/README.md and holds no list of suites of its own"
else
    notok "README.md should point to tests/README.md for the suites and list none itself"
fi

# 2c. the Vietnamese man pages against the English ones (s18user): what
# `man khgen` shows an official whose locale is Vietnamese may not lag the
# English page by an option, a key or a section
man_options() { # the options a page names, \-\-allow\-read as --allow-read: a
    # dash at the start of a word (not print\-ready), outside comments and
    # diff's "[\-old\-]{+new+}" and outside the synopsis, which the
    # Vietnamese page copies
    awk '/^\.SH/ { s = $2 == "SYNOPSIS" || $2 == "TÓM" } !s' "$1" | grep -v -e '^\.\\"' -e '{+' |
        grep -oE '(^|[^[:alnum:]\\])\\-(\\-)?[a-zA-Z]([a-zA-Z]|\\-[a-zA-Z])*' |
        sed 's/^[^\\]//; s/\\-/-/g' | sort -u
}
man_bold() { # the first word of each bold macro line (.B, .BR, .BI)
    grep -E '^\.B[RI]? ' "$1" | sed -E 's/^\.B[RI]? +//; s/^"([^"]*)".*/\1/; s/ .*//' | sort -u
}
man_count() { grep -c "^\\.$2\b" "$1"; }
man_tags() { awk 'p { print; p = 0 } /^\.TP/ { p = 1 }' "$1"; } # each entry's tag
for pair in "khgen.1 man_options" "khgen-plan.5 man_bold"; do
    set -- $pair
    en="$top/man/$1" vi="$top/man/vi/$1"
    if [ ! -f "$vi" ]; then
        notok "man/vi/$1 is missing (the Vietnamese translation of man/$1)"
        continue
    fi
    $2 "$en" >"$work/man-en"
    $2 "$vi" >"$work/man-vi"
    if [ -s "$work/man-en" ] && cmp -s "$work/man-en" "$work/man-vi"; then
        ok "man/vi/$1 names the $(wc -l <"$work/man-en") items ($2) of man/$1"
    else
        notok "man/vi/$1 is not in step with man/$1 ($2; < English only, > Vietnamese only):"
        diff "$work/man-en" "$work/man-vi" | grep '^[<>]' | sed 's/^/    /'
    fi
    man_tags "$en" >"$work/tags-en"
    man_tags "$vi" >"$work/tags-vi"
    if cmp -s "$work/tags-en" "$work/tags-vi"; then
        ok "man/vi/$1 has the $(wc -l <"$work/tags-en") entries (.TP) of man/$1, in its order"
    else
        notok "man/vi/$1's entries (.TP) are not man/$1's (< English, > Vietnamese):"
        diff "$work/tags-en" "$work/tags-vi" | grep '^[<>]' | sed 's/^/    /'
    fi
    for m in SH; do
        if [ "$(man_count "$en" $m)" -eq "$(man_count "$vi" $m)" ]; then
            ok "man/vi/$1 has the $(man_count "$en" $m) .$m of man/$1"
        else
            notok "man/vi/$1 has $(man_count "$vi" $m) .$m, man/$1 $(man_count "$en" $m)"
        fi
    done
    # both pages: a line of the English one begun with "..." (a request to
    # troff) passed make test and failed only the installed page's check
    for page in "man/$1" "man/vi/$1"; do
        if MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$top/$page" >/dev/null 2>"$work/man-warn" &&
            [ ! -s "$work/man-warn" ]; then
            ok "man -l $page renders without a warning"
        else
            notok "man -l $page: $(head -3 "$work/man-warn")"
        fi
    done
done

# 3. the source files of the repository layout
layout=$(awk '/^## Repository layout/ { f = 1 } f' "$docs/layout.md")
for f in "$top"/src/*.c "$top"/src/*.def; do
    b=$(basename "$f")
    if printf '%s\n' "$layout" | grep -q "[^a-z_]$b"; then
        ok "README layout names src/$b"
    else
        notok "doc/layout.md's \"Repository layout\" does not name src/$b"
    fi
done

# 4. limits: the README's figures are the code's constants
limit() { # WHAT VALUE-FROM-CODE README-PHRASE-WITH-%s
    # README.md says the limits in short, doc/limits.md in full
    phrase=$(printf "$3" "$2")
    if [ -n "$2" ] && cat "$readme" "$docs/limits.md" | tr '\n' ' ' | tr -s ' ' | grep -qF "$phrase"; then
        ok "limit $1: README or doc/limits.md says \"$phrase\""
    else
        notok "limit $1: the code says '$2', README.md and doc/limits.md lack \"$phrase\""
    fi
}
limit "file size" "$(sed -n 's/.*max_bytes = \([0-9]*\)u \* 1024 \* 1024;.*/\1/p' "$top/src/load.c")" \
    "may be up to %s MiB"
limit "nesting" "$(sed -n 's/.*max_depth = \([0-9]*\);.*/\1/p' "$top/src/load.c")" \
    "nest %s levels deep"
limit "max errors" "$(sed -n 's/.*DIAG_DEFAULT_MAX_ERRORS \([0-9]*\).*/\1/p' "$top/src/diag.h")" \
    "(default %s;"
limit "read budget" "$(sed -n 's/.*READPOLICY_BUDGET ((size_t)\([0-9]*\) \* 1024 \* 1024).*/\1/p' \
    "$top/src/readpolicy.h")" "at most %s MiB"
limit "files read" "$(sed -n 's/.*READPOLICY_MAX_FILES \([0-9]*\).*/\1/p' "$top/src/readpolicy.h")" \
    "and %s files per plan"
limit "include depth" "$(sed -n 's/.*MAX_INCLUDE_DEPTH = \([0-9]*\),.*/\1/p' "$top/src/include.c")" \
    "include others %s levels deep"
limit "printed names" "$(sed -n 's/.*INLINE_MAX_PRINTED ((size_t)OUTPUT_CAP_MIB(\([0-9]*\)) << 20).*/\1/p' "$top/src/textref.h")" \
    "may print up to %s MiB of names"
limit "reference words" "$(sed -n 's/.*TEXTREF_MAX_ARGS = \([0-9]*\) .*/\1/p' "$top/src/textref.h")" \
    "one reference holds at most %s ids"
limit "attachments" "$(sed -n 's/.*ATTACH_MAX_ATTACHMENTS = \([0-9]*\) .*/\1/p' "$top/src/plan.h")" \
    "up to %s attachments"
limit "stack" "$(sed -n 's/.*define STACK_NEED (\([0-9]*\)L \* 1024).*/\1/p' "$top/src/stack.h")" \
    "a stack of %s KB at most"
limit "value size" "$(sed -n 's/.*LOADER_MAX_VALUE_BYTES = \([0-9]*\) << 20 .*/\1/p' "$top/src/load.h")" \
    "one value in it up to %s MiB"
limit "name length" "$(sed -n 's/.*YREAD_MAX_NAME_CHARS = \([0-9]*\) .*/\1/p' "$top/src/yread.h")" \
    "may be up to %s characters (KH115"
limit "template steps" "$(sed -n 's/.*MAX_RENDER_STEPS = \([0-9]*\) \* 1000,.*/\1,000/p' "$top/src/template.c")" \
    "KH807 after %s steps"
limit "template output" "$(sed -n 's/.*MAX_RENDER_MIB = OUTPUT_CAP_MIB(\([0-9]*\)).*/\1/p' "$top/src/template.c")" \
    "or %s MiB of repeated output"
limit "figure steps" "$(sed -n 's/.*FIG_WORK_BUDGET = \([0-9]*\) \* 1000 \* 1000,.*/\1/p' "$top/src/figures_impl.h")" \
    "may cost %s million steps"
limit "figure names" "$(sed -n 's/.*FIG_LIST_MIB = OUTPUT_CAP_MIB(\([0-9]*\)).*/\1/p' "$top/src/figures_impl.h")" \
    "their lists may print %s MiB of names"
limit "figure depth" "$(sed -n 's/.*FIG_MAX_DEPTH = \([0-9]*\) .*/\1/p' "$top/src/figures_impl.h")" \
    "go at most %s deep (KH511)"
limit "table items" "$(sed -n 's/.*TABLE_WORK_BUDGET = \([0-9]*\) \* 1000 \* 1000 .*/\1/p' "$top/src/attach_impl.h")" \
    "may go over %s million items"
limit "hint id length" "$(sed -n 's/.*define SUGGEST_MAX_BYTES \([0-9]*\).*/\1/p' "$top/src/suggest.c")" \
    "skip ids over %s bytes"
limit "hint comparisons" "$(sed -n 's/.*comparisons_left = \([0-9]*\);.*/\1/p' "$top/src/suggest.c" | sed 's/^500000$/half a million/')" \
    "stop after %s comparisons"
limit "quoted value" "$(sed -n 's/.*MSG_VALUE_MAX = \([0-9]*\), MSG_VALUE_HEAD = \([0-9]*\), MSG_VALUE_TAIL = \([0-9]*\),.*/\1 characters is shown as its first \2 characters, "...", and its last \3/p' "$top/src/diagfmt.c")" \
    "over %s"
limit "source window" "$(sed -n 's/.*SNIPPET_WIDTH = \([0-9]*\),.*/\1/p' "$top/src/diag.c")" \
    "a source line over %s characters as a window"

# 5. the make targets README.md and tests/README.md name
# (a rule "TARGET:" or "A TARGET B:" of the Makefile; not make -n, which
# would run the recipes' $(MAKE) lines)
for t in $(cat "$readme" "$docs"/*.md "$top/tests/README.md" | tr '\n' ' ' | tr -s ' ' | grep -oE '`(nice )?make [a-z][a-z-]*' | sed 's/.*make //' | sort -u); do
    if grep -qE "^([^:#= ]+ )*$t( [^:#= ]+)*:" "$top/Makefile"; then
        ok "make $t exists"
    else
        notok "the README names 'make $t', which the Makefile lacks"
    fi
done

# 6. each .gitattributes the README shows is one git reads without a
# complaint: git has no comment after an attribute ("**/registry.yaml diff
# # shared ..." printed "# is not a valid attribute name" on every git
# diff, s13user F1), and the driver's file gets diff=khgen
awk '/^    # \.gitattributes$/ { n++; f = 1; next }
     f && /^    [^ ]/ { print > (dir "/gitattr" n); next } { f = 0 }' dir="$work" "$readme" "$docs"/*.md
attrs=$(ls "$work"/gitattr* 2>/dev/null | wc -l)
[ "$attrs" -ge 2 ] || notok "README's .gitattributes blocks: $attrs found, 2 expected"
for a in "$work"/gitattr*; do
    [ -f "$a" ] || continue
    rm -rf "$work/git" && mkdir -p "$work/git/plans/yen-the" && sed 's/^    //' "$a" >"$work/git/.gitattributes"
    (cd "$work/git" && git init -q && git check-attr diff plans/a.yaml plans/yen-the/registry.yaml) \
        >"$work/attr.out" 2>"$work/attr.err"
    if [ ! -s "$work/attr.err" ] && grep -q '^plans/a.yaml: diff: khgen' "$work/attr.out"; then
        ok "README's $(basename "$a") .gitattributes reads cleanly"
    else
        notok "README's $(basename "$a") .gitattributes: $(head -c 300 "$work/attr.err" "$work/attr.out")"
    fi
done

# 7. the yearly cycle's sample: the lines README shows of `khgen new --from
# plans/yen-the-2024.yaml --year 2025` are what it prints (the note's line
# was 17:32, the title is on line 19: s13user F6)
mkdir -p "$work/cycle" && cp -r "$top/plans/." "$work/cycle/"
(cd "$work/cycle" && "$khgen" new --from yen-the-2024.yaml --year 2025 -o yen-the-2025.yaml) \
    >"$work/new.out" 2>&1
sed 's#yen-the-2025.yaml#plans/yen-the-2025.yaml#g; s#from yen-the-2024.yaml#from plans/yen-the-2024.yaml#' \
    "$work/new.out" >"$work/new.plans"
missing=0
awk '/^        khgen: wrote plans\/yen-the-2025.yaml/ { f = 1 } f && /^        [^ .]/ && !/^        \.\.\./ { print }
     f && /^$/ { exit }' "$readme" "$docs"/*.md | sed 's/^        //' >"$work/new.readme"
[ -s "$work/new.readme" ] || missing=1
while IFS= read -r line; do
    grep -qxF "$line" "$work/new.plans" || { missing=1; notok "README's khgen new sample: '$line' is not printed"; }
done <"$work/new.readme"
[ $missing -eq 0 ] && ok "README's khgen new sample lines ($(wc -l <"$work/new.readme")) are printed"

# 8. the links between README.md and doc/*.md, and the lines' length
python3 "$top/tests/readme/links.py" "$top" >"$work/links.out" 2>&1
cat "$work/links.out"
pass=$((pass + $(grep -c '^ok - ' "$work/links.out")))
fail=$((fail + $(grep -c '^not ok - ' "$work/links.out")))
grep -q '^ok - ' "$work/links.out" || notok "tests/readme/links.py printed no result"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
