#!/bin/sh
# tests/install/run.sh WORKDIR - `make install` and what it installs.
#
#   make install DESTDIR=WORKDIR/root PREFIX=/usr
# must install the binary, both man pages, the bash completion, the
# schema, the templates, the message catalog, and the README with its
# topic files (share/doc/khgen/README.md, doc/*.md); the installed khgen must
# find its Vietnamese catalog; `man -l` must render both pages without a
# warning; the completion script, in a real bash, must complete the
# subcommands and the diagnostic codes of `explain`; `make uninstall`
# must remove every file and directory again. Uses the release build (make khgen).
# Prints ok/not ok lines and "N passed, M failed".
set -u
work=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
rm -rf "$work"
mkdir -p "$work"
root=$work/root
passed=0
failed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }
bad() { echo "not ok - $1"; failed=$((failed + 1)); }

if make -s install DESTDIR="$root" PREFIX=/usr >"$work/log" 2>&1; then
    ok "make install DESTDIR=... PREFIX=/usr"
else
    bad "make install failed"
    tail -5 "$work/log" | sed 's/^/    /'
fi
for f in usr/bin/khgen usr/share/man/man1/khgen.1 usr/share/man/man5/khgen-plan.5 \
    usr/share/man/vi/man1/khgen.1 usr/share/man/vi/man5/khgen-plan.5 \
    usr/share/bash-completion/completions/khgen usr/share/khgen/schema/khgen-plan.schema.json \
    usr/share/khgen/templates/plan.md usr/share/khgen/templates/wording.yaml \
    usr/share/khgen/templates/catalogs/qd318-xa-ntm.yaml usr/share/locale/vi/LC_MESSAGES/khgen.mo \
    usr/share/doc/khgen/README.md usr/share/doc/khgen/doc/language.md usr/share/doc/khgen/doc/commands.md; do
    if [ -f "$root/$f" ]; then ok "installed /$f"; else bad "missing /$f"; fi
done
# the installed README's links to its topic files lead to them (s43readme)
missing=
for d in $(grep -o '](doc/[a-z]*\.md' "$root/usr/share/doc/khgen/README.md" 2>/dev/null | sed 's/^](//' | sort -u); do
    [ -f "$root/usr/share/doc/khgen/$d" ] || missing="$missing $d"
done
if [ -f "$root/usr/share/doc/khgen/README.md" ] && [ -z "$missing" ]; then
    ok "the installed README's links to doc/*.md lead to installed files"
else bad "the installed README's links lead nowhere:$missing"; fi
[ -x "$root/usr/bin/khgen" ] && ok "/usr/bin/khgen is executable" || bad "/usr/bin/khgen not executable"

# the installed binary finds its catalog beside it (../share/locale)
out=$(env -u LC_ALL -u LANGUAGE -u KHGEN_LOCALEDIR LANG=vi_VN.UTF-8 "$root/usr/bin/khgen" explain KH203 2>&1 | head -1)
case $out in
    "KH203 (lỗi): "*) ok "the installed khgen speaks Vietnamese from its installed catalog" ;;
    *) bad "installed khgen explain KH203 in Vietnamese: $out" ;;
esac

# man -l renders the four pages (English, Vietnamese), without warnings
# (C.UTF-8: the Vietnamese letters are glyphs of the terminal, not of ASCII)
for page in usr/share/man/man1/khgen.1 usr/share/man/man5/khgen-plan.5 \
    usr/share/man/vi/man1/khgen.1 usr/share/man/vi/man5/khgen-plan.5; do
    if MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$root/$page" >"$work/page.txt" 2>"$work/warn" &&
        [ ! -s "$work/warn" ] && grep -q '^NAME\|^TÊN' "$work/page.txt" && grep -q 'khgen' "$work/page.txt"; then
        ok "man -l renders /$page ($(wc -l <"$work/page.txt") lines, no warning)"
    else
        bad "man -l /$page"
        head -5 "$work/warn" | sed 's/^/    /'
    fi
done
grep -q 'convert' "$work/page.txt" 2>/dev/null || true

# man's own search finds the Vietnamese pages where an official's `man
# khgen` looks for them: under MANPATH/vi, for the language vi (`-L vi`
# stands for LANG=vi_VN.UTF-8, whose locale the machine may not have
# generated); the English ones for any other language (s18user)
for spec in "vi khgen 1 vi/man1/khgen.1" "vi khgen-plan 5 vi/man5/khgen-plan.5" \
    "en khgen 1 man1/khgen.1" "C khgen-plan 5 man5/khgen-plan.5"; do
    set -- $spec
    found=$(MANPATH="$root/usr/share/man" LC_ALL=C.UTF-8 man -L "$1" -w "$3" "$2" 2>&1)
    if [ "$found" = "$root/usr/share/man/$4" ]; then
        ok "man -L $1 $3 $2 finds /usr/share/man/$4"
    else
        bad "man -L $1 $3 $2 found: $found (wanted /usr/share/man/$4)"
    fi
done
MANWIDTH=80 MANPATH="$root/usr/share/man" LC_ALL=C.UTF-8 man -L vi khgen 2>/dev/null >"$work/vi.txt"
grep -q '^TÊN' "$work/vi.txt" && grep -q 'tạo văn bản Kế hoạch' "$work/vi.txt" &&
    ok "man -L vi khgen shows the Vietnamese page (TÊN, tạo văn bản Kế hoạch)" ||
    bad "man -L vi khgen: $(head -5 "$work/vi.txt" | tr '\n' ' ')"

# the completion in bash: subcommands and codes
cat >"$work/complete.bash" <<BASH
PATH="$root/usr/bin:\$PATH"
. "$root/usr/share/bash-completion/completions/khgen"
comp() { COMP_WORDS=("\$@"); COMP_CWORD=\$((\$# - 1)); COMP_LINE="\$*"; COMP_POINT=\${#COMP_LINE}
         COMPREPLY=(); _khgen; printf '%s\n' "\${COMPREPLY[@]}"; }
echo "commands: \$(comp khgen '' | tr '\n' ' ')"
echo "c: \$(comp khgen c | tr '\n' ' ')"
echo "codes: \$(comp khgen explain '' | tr '\n' ' ')"
echo "kh3: \$(comp khgen explain kh3 | tr '\n' ' ')"
echo "build-options: \$(comp khgen build -- | tr '\n' ' ')"
echo "lang: \$(comp khgen --lang '' | tr '\n' ' ')"
echo "formats: \$(comp khgen build -f '' | tr '\n' ' ')"
echo "build-max: \$(comp khgen build --max | tr '\n' ' ')"
echo "check-max: \$(comp khgen check --max | tr '\n' ' ')"
BASH
bash --norc --noprofile "$work/complete.bash" >"$work/complete.out" 2>&1
line() { sed -n "s/^$1: //p" "$work/complete.out"; }
commands=$(line commands)
missing=""
for c in build check explain convert; do
    case " $commands " in *" $c "*) ;; *) missing="$missing $c" ;; esac
done
if [ -z "$missing" ]; then ok "bash completes the subcommands: $commands"; else bad "subcommands missing:$missing ($commands)"; fi
[ "$(line c | tr -s ' ')" = "check convert " ] && ok "bash completes 'khgen c' to check, convert" || bad "khgen c -> $(line c)"
want=$("$root/usr/bin/khgen" explain | cut -d' ' -f1 | tr '\n' ' ')
if [ -n "$want" ] && [ "$(line codes)" = "$want" ]; then
    ok "bash completes every diagnostic code after 'khgen explain' ($(echo "$want" | wc -w) codes)"
else
    bad "codes after explain: $(line codes | cut -c1-80)"
fi
case $(line kh3) in KH300*KH313*) ok "bash completes 'khgen explain kh3' to KH300 ... KH313" ;; *) bad "kh3 -> $(line kh3)" ;; esac
case " $(line build-options) " in *" --formats "*" --templates "*) ok "bash completes the options of build" ;; *) bad "build options: $(line build-options)" ;; esac
[ "$(line lang)" = "vi en " ] && ok "bash completes --lang with vi and en" || bad "--lang -> $(line lang)"
# the README lists --max-errors for build and check; their --help (where the
# completion reads options) must show it
[ "$(line build-max)" = "--max-errors " ] && ok "bash completes 'khgen build --max' to --max-errors" || bad "build --max -> $(line build-max)"
[ "$(line check-max)" = "--max-errors " ] && ok "bash completes 'khgen check --max' to --max-errors" || bad "check --max -> $(line check-max)"
case " $(line formats) " in *" docx "*) ok "bash completes -f with the formats" ;; *) bad "-f -> $(line formats)" ;; esac

# uninstall leaves nothing: no file, and no directory install created (the
# DESTDIR was empty: every one of them; s16user L2)
make -s uninstall DESTDIR="$root" PREFIX=/usr >"$work/log" 2>&1
left=$(find "$root" -mindepth 1 | sed "s|^$root||")
if [ -z "$left" ]; then ok "make uninstall removes every installed file and directory"; else bad "left after uninstall: $left"; fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
