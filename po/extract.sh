#!/bin/sh
# po/extract.sh OUT.pot - collects every translatable message of khgen.
#
# Messages are found by xgettext in the calls that take a message format:
# the diagnostics functions (diag.h), the stages' own report wrappers, _()
# and N_() (i18n.h) and usage_error() in main.c. Every string of the code
# table src/codes.def (summaries, explanations, examples) is taken too, except
# the codes themselves. A stage that adds a wrapper of its own (a function
# taking a code and a format) lists it below with the position of its
# format argument, as xgettext's --keyword=NAME:N.
#
# `make po` runs this and merges the result into po/vi.po.
#
# po/extract.sh --diagnostics OUT.pot collects only the message templates of
# the diagnostics (the calls that take a code: diag_error, diag_warning,
# diag_report and the stages' wrappers), without _(), N_(), usage_error(),
# diag_note() (a note points at a place; its error says what to do),
# po/extra.c and codes.def: tests/diag/whattodo.py reads them to check that
# each says what to do.
set -eu
diag_only=0
if [ "${1:-}" = --diagnostics ]; then
    diag_only=1
    shift
fi
LC_ALL=C.UTF-8
export LC_ALL
out=${1:-po/khgen.pot}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

general="--keyword=_ --keyword=N_ --keyword=i18n_tr --keyword=i18n_ntr:1,2 --keyword=usage_error:1
 --keyword=diag_note:3 --keyword=diag_note_on_line:3"
[ $diag_only -eq 1 ] && general=""
common="$general
 --keyword=diag_error:5 --keyword=diag_warning:5 --keyword=diag_report:6
 --keyword=PARSE_ERROR:4 --keyword=NODE_ERROR:4 --keyword=load_error:5
 --keyword=ATT_ERROR:4"

# keywords that mean different things in different files
extra_for() {
    case $1 in
        src/check.c|src/check_dates.c|src/check_codes.c) echo "--keyword=check_error:5" ;;
        src/inline.c) echo "--keyword=check_error:3 --keyword=check_warning:3" ;;
        src/figures.c|src/figures_options.c|src/figures_eval.c|src/figures_ids.c|src/figures_scope.c) echo "--keyword=fig_report:4" ;;
        src/template.c|src/template_wording.c) echo "--keyword=tpl_report:7" ;;
        src/docx_kept.c) echo "--keyword=KEPT_WARN:2,3" ;;
        *) echo "" ;;
    esac
}

n=0
extra=po/extra.c
[ $diag_only -eq 1 ] && extra=""
for f in $(ls src/*.c | LC_ALL=C sort) $extra; do
    n=$((n + 1))
    # shellcheck disable=SC2046,SC2086
    xgettext --from-code=UTF-8 --language=C -k $common $(extra_for "$f") \
        --flag=diag_error:5:c-format --flag=diag_warning:5:c-format \
        --flag=diag_note:3:c-format --flag=diag_report:6:c-format \
        --add-comments=TRANSLATORS: --no-wrap --no-location \
        -o "$tmp/$n.pot" "$f" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
done
# the code table (src/codes.def): every string is a summary, an
# explanation or an example
[ $diag_only -eq 1 ] || xgettext --from-code=UTF-8 --language=C -a --no-wrap --no-location -o "$tmp/codes-all.pot" src/codes.def \
    2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
if [ $diag_only -eq 0 ]; then
    sed -i 's/charset=CHARSET/charset=UTF-8/' "$tmp/codes-all.pot"
    msggrep --no-wrap --no-location -v --msgid -E -e '^KH[0-9]+$' "$tmp/codes-all.pot" -o "$tmp/codes.pot"
    # examples and explanations are not printf formats even when they hold '%'
    sed -i '/^#, c-format/d' "$tmp/codes.pot"
fi
# xgettext writes "charset=CHARSET" in a new template; the sources are UTF-8
for f in "$tmp"/*.pot; do
    [ -f "$f" ] && sed -i 's/charset=CHARSET/charset=UTF-8/' "$f"
done
ls "$tmp"/*.pot | grep -v codes-all >"$tmp/list"
msgcat --use-first --no-wrap --no-location --sort-output -f "$tmp/list" -o "$tmp/all.pot"
# a header, without the creation date, so the file only changes with messages
{
    printf 'msgid ""\nmsgstr ""\n'
    printf '"Project-Id-Version: khgen\\n"\n'
    printf '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    printf '"Content-Transfer-Encoding: 8bit\\n"\n'
    printf '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    # everything after msgcat's own header (up to its first blank line)
    sed '1,/^$/d' "$tmp/all.pot"
} >"$tmp/final.pot"
# drop messages that hold no word to translate ("%s", "%s: %s")
msggrep --no-wrap --no-location --sort-output --msgid -E -e '[A-Za-z]{2}' "$tmp/final.pot" -o "$out"
