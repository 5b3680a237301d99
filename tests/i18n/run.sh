#!/bin/sh
# tests/i18n/run.sh [--update] KHGEN - khgen in Vietnamese.
#
#   1. The message catalog is complete: every message in the sources (as
#      po/extract.sh collects them) has a translation in po/vi.po, none is
#      fuzzy, and po/vi.po compiles with msgfmt -c (same printf conversions
#      as the English); it keeps to po/GLOSSARY.md (tests/i18n/glossary.py:
#      the glossary's Vietnamese term wherever the English has the word,
#      no rejected form, NFC).
#   2. The diagnostics corpus (tests/diag/*.yaml) run with LANG=vi_VN.UTF-8
#      gives exactly tests/i18n/diag-vi/NAME.expected and the status of
#      tests/diag/NAME.status; the same codes, file:line:col, source lines and
#      carets as the English tests/diag/NAME.expected (only the words after
#      "error[KHnnn]: " differ); and no message is left untranslated
#      (KHGEN_I18N_CHECK makes khgen report any message without a
#      translation) nor its translation dropped for its conversions (a
#      case of its own).
#   3. `khgen explain CODE` of every code, the code list, and the help of
#      every command are in Vietnamese, each text translated.
#   4. The language follows LANGUAGE/LC_ALL/LC_MESSAGES/LANG as gettext does,
#      --lang overrides it, and documents are byte-identical in both
#      languages.
#   5. --color=auto|always|never and NO_COLOR behave as in gcc (a terminal
#      is faked with script(1)).
# --update rewrites tests/i18n/diag-vi/*.expected from the current output
# (review them with git diff). Prints ok/not ok lines, "N passed, M failed".
set -u
update=0
jobs=1
while [ $# -gt 1 ]; do
    case $1 in
        --update) update=1; shift ;;
        -j) jobs=$2; shift 2 ;;
        *) break ;;
    esac
done
khgen=$1
case $khgen in /*) ;; *) khgen=$(pwd)/$khgen ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }
bad() { echo "not ok - $1"; failed=$((failed + 1)); }
# vi CMD...: runs khgen in Vietnamese as a user's shell would (LANG only)
vi() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=vi_VN.UTF-8 KHGEN_I18N_CHECK=1 "$khgen" "$@"; }
en() { env -u LANGUAGE -u LC_MESSAGES LC_ALL=C.UTF-8 "$khgen" "$@"; }

# ---- 1. the catalog against the sources ----------------------------------
todo="run 'make po', translate every entry of po/vi.po whose msgstr is empty (remove any '#, fuzzy' line after checking it), then rebuild"
if sh po/extract.sh "$tmp/khgen.pot" 2>"$tmp/err"; then
    if msgcmp --use-untranslated po/vi.po "$tmp/khgen.pot" >"$tmp/cmp" 2>&1; then
        ok "every message of the sources is in po/vi.po"
    else
        bad "messages of the sources missing from po/vi.po: $todo"
        grep -v '^msgcmp' "$tmp/cmp" | head -20 | sed 's/^/    /'
    fi
    if cmp -s "$tmp/khgen.pot" po/khgen.pot; then
        ok "po/khgen.pot is up to date"
    else
        bad "po/khgen.pot is not what the sources give: $todo"
        diff "$tmp/khgen.pot" po/khgen.pot | grep '^[<>] msgid' | head -10 | sed 's/^/    /'
    fi
else
    bad "po/extract.sh failed"
    sed 's/^/    /' "$tmp/err"
fi
untranslated=$(msgattrib --untranslated --no-obsolete po/vi.po | grep -c '^msgid ' )
fuzzy=$(msgattrib --only-fuzzy --no-obsolete po/vi.po | grep -c '^msgid ')
# msgattrib prints the header entry too when it prints anything
if [ "$untranslated" -eq 0 ] && [ "$fuzzy" -eq 0 ]; then
    ok "po/vi.po has no untranslated or fuzzy entry"
else
    bad "po/vi.po has untranslated or fuzzy entries: $todo"
    msgattrib --untranslated --only-fuzzy --no-obsolete po/vi.po 2>/dev/null | grep '^msgid' | head -10 | sed 's/^/    /'
    msgattrib --untranslated --no-obsolete po/vi.po | grep '^msgid' | head -10 | sed 's/^/    /'
fi
if msgfmt -c -o /dev/null po/vi.po 2>"$tmp/err"; then
    ok "po/vi.po compiles with msgfmt -c (conversions match the English)"
else
    bad "msgfmt -c po/vi.po"
    head -10 "$tmp/err" | sed 's/^/    /'
fi

# the catalog keeps to po/GLOSSARY.md: one Vietnamese term per English word,
# no rejected form, NFC, one style of tone marks (tests/i18n/glossary.py)
if python3 tests/i18n/glossary.py >"$tmp/glossary" 2>&1; then
    ok "po/vi.po keeps to po/GLOSSARY.md ($(grep -c '^ok' "$tmp/glossary") checks)"
else
    bad "po/vi.po departs from po/GLOSSARY.md (python3 tests/i18n/glossary.py --all lists every case)"
    grep -v '^ok' "$tmp/glossary" | head -20 | sed 's/^/    /'
fi

# ---- 2. the diagnostics corpus in Vietnamese -----------------------------
# the structure of a diagnostics stream: locations, levels, codes, source
# and caret lines; the words of the messages left out
shape() {
    sed -e 's/^\(\([^ ]*:[0-9]*:[0-9]*: \|[^ ]*: \)\{0,1\}\)\(error\|warning\)\[\(KH[0-9]*\)\]: .*/\1\3[\4]/' \
        -e 's/^\(\([^ ]*:[0-9]*:[0-9]*: \|[^ ]*: \)\{0,1\}\)note: .*/\1note/' \
        -e '/^[0-9][0-9]* \(errors\?\|warnings\?\)/d' -e '/^Phát hiện /d' \
        -e '/^[0-9]* error.* generated\.$/d' "$1"
}
# vi_case NAME: one case of the corpus; prints nothing when it holds,
# else its "not ok" line and the difference (its files in $tmp/NAME.*)
vi_case() {
    name=$1
    plan=tests/diag/$name.yaml
    t=$tmp/$name
    args=""
    [ -f "tests/diag/$name.args" ] && args=$(cat "tests/diag/$name.args")
    # shellcheck disable=SC2086
    vi check $args "$plan" >"$t.out" 2>"$t.err"
    status=$?
    want="tests/i18n/diag-vi/$name.expected"
    [ $update -eq 1 ] && cp "$t.err" "$want"
    problems=""
    [ -f "$want" ] || problems="$problems; no $want (run: sh tests/i18n/run.sh --update KHGEN, then review it with git diff)"
    [ -f "$want" ] && ! cmp -s "$t.err" "$want" && problems="$problems; output differs from $want"
    read -r want_status <"tests/diag/$name.status"
    [ "$status" = "$want_status" ] || problems="$problems; exit status $status"
    grep -q 'untranslated message' "$t.err" && problems="$problems; untranslated: $(grep 'untranslated message' "$t.err" | head -3 | tr '\n' ' ')"
    # a translation khgen dropped for its conversions (KHGEN_I18N_CHECK):
    # counted on its own below
    grep -m1 'translation dropped' "$t.err" >"$tmp/$name.dropped"
    if [ -f "tests/diag/$name.expected" ]; then
        shape "$t.err" >"$t.vi.shape"
        shape "tests/diag/$name.expected" >"$t.en.shape"
        cmp -s "$t.vi.shape" "$t.en.shape" || problems="$problems; codes, positions or source lines differ from the English"
    fi
    if [ -n "$problems" ]; then
        echo "not ok - vi corpus $name${problems}"
        [ -f "$want" ] && diff -u "$want" "$t.err" | head -12 | sed 's/^/    /'
    fi
}
# -j JOBS: case i goes to worker i mod JOBS (as tests/diag/run.sh does);
# the report is the same, in the same order
i=0
for plan in tests/diag/*.yaml; do
    echo "$(basename "$plan" .yaml)" >>"$tmp/worker.$((i % jobs))"
    i=$((i + 1))
done
for w in "$tmp"/worker.*; do
    (while read -r name; do vi_case "$name" >"$tmp/$name.result"; done <"$w") &
done
wait
corpus_ok=0
corpus_bad=0
for plan in tests/diag/*.yaml; do
    name=$(basename "$plan" .yaml)
    if [ ! -f "$tmp/$name.result" ]; then
        bad "vi corpus $name did not run"
        corpus_bad=$((corpus_bad + 1))
    elif [ -s "$tmp/$name.result" ]; then
        bad "$(head -n 1 "$tmp/$name.result" | sed 's/^not ok - //')"
        tail -n +2 "$tmp/$name.result"
        corpus_bad=$((corpus_bad + 1))
    else
        corpus_ok=$((corpus_ok + 1))
    fi
done
if [ $corpus_bad -eq 0 ] && [ $corpus_ok -gt 0 ]; then
    ok "diagnostics corpus in Vietnamese: $corpus_ok cases, same codes and positions as in English, every message translated"
fi
# no translation dropped for its conversions in any diagnostic of the
# corpus: fixi18n26's T1, which ran the corpus in Vietnamese a second time
# for it (the same command, environment and directory; session 36 moved it
# here onto these runs)
dropped=0
for plan in tests/diag/*.yaml; do
    name=$(basename "$plan" .yaml)
    if [ -s "$tmp/$name.dropped" ]; then
        dropped=$((dropped + 1))
        echo "# $name: $(cat "$tmp/$name.dropped")"
    fi
done
if [ "$dropped" -eq 0 ]; then
    ok "no translation of the diagnostics corpus dropped for its conversions (fixi18n26's T1)"
else
    bad "$dropped cases of tests/diag with a translation dropped for its conversions (fixi18n26's T1)"
fi
# a case with diagnostics really is in Vietnamese
if grep -q 'không có đơn vị' tests/i18n/diag-vi/*.expected 2>/dev/null; then
    ok "the Vietnamese corpus holds Vietnamese messages"
else
    bad "the Vietnamese corpus holds no Vietnamese message"
fi

# ---- 3. explain and help --------------------------------------------------
codes=$(en explain | cut -d' ' -f1)
# The English texts are only what the Vietnamese must differ from: under
# `make check` (the sanitizers' build) they come from the release build
# ($root/khgen, which make check builds too) when it lists the same codes
# with the same summaries; the Vietnamese run under the build given. Two
# sanitized processes a code were half of this part's time, and the
# English ones asserted nothing the release's do not (an English explain
# that failed would leave its file empty, which no case here catches).
ref=$khgen
if [ -x "$root/khgen" ] && [ "$(en explain 2>&1)" = "$(env -u LANGUAGE -u LC_MESSAGES LC_ALL=C.UTF-8 \
    "$root/khgen" explain 2>&1)" ]; then
    ref=$root/khgen
fi
n=0
mkdir -p "$tmp/explain"
for code in $codes; do
    n=$((n + 1))
    vi explain "$code" >"$tmp/explain/$code.vi" 2>"$tmp/explain/$code.err"
    env -u LANGUAGE -u LC_MESSAGES LC_ALL=C.UTF-8 "$ref" explain "$code" >"$tmp/explain/$code.en"
done
# one pass over them all (a few processes per code made this the slowest
# part of the suite): the explanation (third line) must differ from the
# English one, the first line is "CODE (lỗi|cảnh báo): ", the example
# heading is translated, nothing went to stderr
bad_codes=$(cd "$tmp/explain" && for code in $codes; do
    printf '%s.vi %s.en %s.err ' "$code" "$code" "$code"; done |
    xargs awk '
        BEGIN { for (i = 1; i < ARGC; i++) { c = ARGV[i]; sub(/\..*/, "", c); seen[c] = 1 } }
        FNR == 1 { file = FILENAME; code = file; sub(/\..*/, "", code) }
        file ~ /\.err$/ { bad[code] = 1 }
        file ~ /\.vi$/ {
            vi[code, FNR] = $0; nvi[code] = FNR
            if (FNR == 1 && $0 !~ ("^" code " \\((lỗi|cảnh báo)\\): ")) bad[code] = 1
            if ($0 ~ /^Example:/) bad[code] = 1
        }
        file ~ /\.en$/ {
            en[code, FNR] = $0; nen[code] = FNR
        }
        END {
            for (code in seen) {
                if (!nvi[code]) bad[code] = 1
                same = nvi[code] == nen[code]
                for (i = 1; same && i <= nvi[code]; i++)
                    same = vi[code, i] == en[code, i]
                if (same || vi[code, 3] == en[code, 3]) bad[code] = 1
            }
            for (code in bad) print code
        }')
nbad=0
for code in $bad_codes; do
    bad "khgen explain $code in Vietnamese"
    head -3 "$tmp/explain/$code.vi" "$tmp/explain/$code.err" | sed 's/^/    /'
    nbad=$((nbad + 1))
done
[ $nbad -eq 0 ] && ok "khgen explain of all $n codes is in Vietnamese"
vi explain >"$tmp/list" 2>"$tmp/err"
if [ ! -s "$tmp/err" ] && [ "$(wc -l <"$tmp/list")" -eq "$n" ] && grep -q 'không tồn tại' "$tmp/list"; then
    ok "khgen explain (the list of codes) is in Vietnamese"
else
    bad "khgen explain list in Vietnamese"
fi
for cmd in "" build check explain convert import new diff init; do
    # shellcheck disable=SC2086
    vi $cmd --help >"$tmp/help" 2>"$tmp/err"
    if [ ! -s "$tmp/err" ] && grep -q '^cách dùng: ' "$tmp/help"; then
        ok "khgen $cmd --help in Vietnamese"
    else
        bad "khgen $cmd --help in Vietnamese"
        head -3 "$tmp/help" "$tmp/err" | sed 's/^/    /'
    fi
done

# ---- 3b. summaries and notes of new, init, import and diff ---------------
# Each command's own output (what it wrote, the notes for the drafter, the
# stats line, diff's report) in Vietnamese: nothing reported by
# KHGEN_I18N_CHECK, and no English word left once locations, the "note:"
# level, quoted text and file names are taken out. The English run is
# checked to hold those words, so the test can fail (diff's report names
# the parts of the document in Vietnamese in both languages).
english='\b(wrote|the|still says|notes|moved|skeleton|bases|deadlines|header|period|left as|fill in|changed|added|deleted)\b'
strip_words() {
    sed -e 's/^[^ ]*:[0-9]*:[0-9]*: note: //' -e 's/"[^"]*"//g' -e "s/'[^']*'//g" \
        -e 's|[^ ]*/[^ ]*||g' -e 's/[a-z_]*\.yaml//g' -e 's/{year}//g' "$1"
}
cmd_lang() { # LABEL ARGS...: runs ARGS in both languages, checks the vi one
    label=$1
    shift
    (cd "$tmp/cmd" && vi "$@") >"$tmp/cv" 2>"$tmp/cve"
    (cd "$tmp/cmd" && en "$@") >"$tmp/ce" 2>&1
    cat "$tmp/cve" >>"$tmp/cv"
    left=$(strip_words "$tmp/cv" | grep -E -i "$english" | head -3)
    if grep -q 'untranslated message' "$tmp/cv"; then
        bad "$label in Vietnamese: $(grep 'untranslated message' "$tmp/cv" | head -2 | tr '\n' ' ')"
    elif [ -n "$left" ]; then
        bad "$label in Vietnamese: English left: $left"
    elif [ -z "${vi_in_both:-}" ] && ! strip_words "$tmp/ce" | grep -E -q -i "$english"; then
        bad "$label: the English run gave none of the words the test looks for"
        head -3 "$tmp/ce" | sed 's/^/    /'
    else
        ok "$label: summary and notes in Vietnamese"
    fi
}
mkdir -p "$tmp/cmd"
cp -r plans/yen-the "$tmp/cmd/"
cp plans/yen-the-2024.yaml "$tmp/cmd/old.yaml"
cmd_lang "khgen new --from PLAN --year N" new --from old.yaml --year 2025 -o new.yaml --force
cmd_lang "khgen init --level xa" init --level xa "Tân Sơn" -o init.yaml --force
cp tests/import/plans/ha-giang-2023.txt "$tmp/cmd/in.txt"
cmd_lang "khgen import --stats" import --stats -o imp.yaml --force in.txt
(cd "$tmp/cmd" && en new --from old.yaml --year 2025 -o new.yaml --force) >/dev/null 2>&1
vi_in_both=1
cmd_lang "khgen diff" diff old.yaml new.yaml
cmd_lang "khgen diff -f md" diff -f md old.yaml new.yaml
vi_in_both=

# ---- 4. choosing the language ------------------------------------------
printf 'khgen: 1\nheader: {}\n' >"$tmp/bad.yaml"
lang_case() { # NAME EXPECT(vi|en) ENV... -- ARGS...
    label=$1
    expect=$2
    shift 2
    env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "$@" check "$tmp/bad.yaml" >/dev/null 2>"$tmp/err"
    got=en
    grep -q 'Phát hiện' "$tmp/err" && got=vi
    if [ "$got" = "$expect" ]; then ok "language: $label"; else bad "language: $label gave $got"; fi
}
lang_case "LANG=vi_VN.UTF-8 (no vi locale needed)" vi LANG=vi_VN.UTF-8 "$khgen"
lang_case "LC_ALL=vi_VN.UTF-8" vi LC_ALL=vi_VN.UTF-8 "$khgen"
lang_case "LANG=vi_VN.UTF-8 LC_MESSAGES=en_US.UTF-8" en LANG=vi_VN.UTF-8 LC_MESSAGES=en_US.UTF-8 "$khgen"
lang_case "LANGUAGE=vi with LANG=en_US.UTF-8" vi LANGUAGE=vi LANG=en_US.UTF-8 "$khgen"
lang_case "LANGUAGE=vi under the C locale is ignored, as gettext does" en LANGUAGE=vi LC_ALL=C "$khgen"
lang_case "no variables: English" en "$khgen"
lang_case "--lang vi overrides LC_ALL=C" vi LC_ALL=C "$khgen" --lang vi
lang_case "--lang en overrides LANG=vi_VN.UTF-8" en LANG=vi_VN.UTF-8 "$khgen" --lang=en
"$khgen" --lang fr check "$tmp/bad.yaml" >/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q "unknown language 'fr'" "$tmp/err"; then
    ok "--lang fr is a usage error (exit 2)"
else
    bad "--lang fr"
fi

# documents do not depend on the language of messages
plan=$(ls plans/*.yaml | head -n 1)
en build -f md,html -o "$tmp/en-out" "$plan" 2>/dev/null
vi build -f md,html -o "$tmp/vi-out" "$plan" 2>/dev/null
if [ -n "$(ls "$tmp/en-out" 2>/dev/null)" ] && diff -r "$tmp/en-out" "$tmp/vi-out" >/dev/null; then
    ok "documents are byte-identical whatever the language of messages"
else
    bad "documents differ between LANG=vi_VN.UTF-8 and C.UTF-8"
fi

# ---- 5. colours, as gcc --------------------------------------------------
esc=$(printf '\033')
has_sgr() { grep -q "$esc\[" "$1"; }
en --color=always check "$tmp/bad.yaml" 2>"$tmp/c" >/dev/null
if grep -q "$esc\[01;31merror\[KH" "$tmp/c" && grep -q "$esc\[01m" "$tmp/c"; then
    ok "--color=always: location bold, error bold red"
else
    bad "--color=always gives no gcc colours"
fi
en --color=never check "$tmp/bad.yaml" 2>"$tmp/c" >/dev/null
has_sgr "$tmp/c" && bad "--color=never printed colours" || ok "--color=never: no colour"
en check "$tmp/bad.yaml" 2>"$tmp/c" >/dev/null
has_sgr "$tmp/c" && bad "colours in a file by default" || ok "--color=auto (default): no colour when stderr is a file"
NO_COLOR=1 en --color=always check "$tmp/bad.yaml" 2>"$tmp/c" >/dev/null
has_sgr "$tmp/c" && ok "--color=always wins over NO_COLOR" || bad "--color=always with NO_COLOR: no colour"
if command -v script >/dev/null 2>&1; then
    # a terminal: script(1) gives khgen a pty
    TERM=xterm script -qec "env -u NO_COLOR LC_ALL=C.UTF-8 '$khgen' check '$tmp/bad.yaml'" /dev/null >"$tmp/c" 2>&1
    has_sgr "$tmp/c" && ok "--color=auto on a terminal: colours" || bad "no colours on a terminal"
    TERM=xterm NO_COLOR=1 script -qec "LC_ALL=C.UTF-8 '$khgen' check '$tmp/bad.yaml'" /dev/null >"$tmp/c" 2>&1
    has_sgr "$tmp/c" && bad "colours on a terminal with NO_COLOR=1" || ok "NO_COLOR turns --color=auto off on a terminal"
    TERM=dumb script -qec "env -u NO_COLOR LC_ALL=C.UTF-8 '$khgen' check '$tmp/bad.yaml'" /dev/null >"$tmp/c" 2>&1
    has_sgr "$tmp/c" && bad "colours with TERM=dumb" || ok "TERM=dumb: no colour"
fi
"$khgen" --color=sometimes check "$tmp/bad.yaml" >/dev/null 2>&1
[ $? -eq 2 ] && ok "--color=sometimes is a usage error" || bad "--color=sometimes accepted"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
