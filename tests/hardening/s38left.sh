#!/bin/sh
# tests/hardening/s38left.sh KHGEN WORKDIR - what session 38's attack
# (s38attack) left open and s38left fixed (issue 8; reproducers in
# /tmp/s38attack/ of that session). Each case fails at main e4b47f86 (the
# binary before s38left's fixes) and passes after:
#  M2  `khgen new -o sub/n.yaml` of a plan whose include: or import: path
#      is written with a YAML escape ("q\"uote'.yaml", "nl\nx.yaml", a
#      backslash, 'it''s.yaml', in a flow list too): the path was not
#      rewritten ("were not changed"), the new plan failed its own check
#      (KH001), exit 1. Now the whole quoted scalar is replaced by the path
#      written as the importer's writer writes a scalar (emit_quoted), and
#      the new plan checks clean, reading the same file.
#  Y   `khgen new --year 2.025e3` (0x7E9, +2025, 1800) said only "new needs
#      --from PLAN.yaml and --year N", `init --year` "needs a year
#      1900-2999": neither named the value. Now one message (cli_year)
#      names it and says what to write, exit 2.
#  M5  `khgen import` of a .docx with two zip entries of one name said
#      "(zip: File already exists)", libzip's words: now what is wrong in
#      khgen's (two files inside it of the same name) and what to do.
#  M6  `khgen import` of a .txt that is not UTF-8 said "(byte 167)", an
#      offset: now file:line:col of the first bad byte, the byte, and, where
#      that line alone reads as TCVN3/VNI/Windows-1258, which one and the
#      command that converts it; a binary byte at its line:col too.
#  L1  `khgen check dir.yaml` (a directory) said KH001 "Is a directory"
#      where every other path khgen reads says KH031: now KH031 (check,
#      build).
#  L2  DEL, C1 controls (U+0085) and U+FFFE in an imported .txt or .md
#      were dropped without a word; the loader warns (KH014) for the same
#      characters written as escapes: now one KH014 at the first, with how
#      many (one list of those characters, unispace_forbidden).
#  L3  Word's literal "{{year}" imports as "{{{{year}}" (right: it prints
#      "{{year}"), and the imported plan then got KH212 for "{{year}}"
#      inside it: the doubled-reference warning now takes a run of braces
#      whole ("{{year}}" alone is still warned).
# Each case runs khgen new and check once or twice: about a second.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
readme_base
P=$work/p

# ---- M2: new -o in another directory, an include: path with an escape -------
# m2 NAME FILE-ON-DISK LINE-IN-PLAN: the plan includes FILE (a registry of
# one unit, rr) through LINE; new -o sub/n.yaml must rewrite the path to
# ../FILE and the new plan must check clean, reading that registry.
m2() {
    _d=$work/m2-$1
    mkdir -p "$_d/sub"
    printf 'units:\n  - {id: rr, name: Phòng Đăng ký}\n' >"$_d/$2"
    /usr/bin/python3 - "$P/ex.yaml" "$_d/p.yaml" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
line = sys.argv[3].replace('\\N', '\n')
s = s.replace('khgen: 1', 'khgen: 1\n' + line, 1)
s = s.replace('  - {id: vpdp,', '  - {id: rr2, name: "X {unit rr}"}\n  - {id: vpdp,', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    (cd "$_d" && "$khgen" new --allow-read . --from p.yaml --year 2025 -o sub/n.yaml \
        >out 2>err)
    _st=$?
    bad=
    [ "$_st" -eq 0 ] || bad="$bad new exit $_st ($(grep -o 'KH[0-9]*' "$_d/err" | head -1));"
    (cd "$_d" && "$khgen" check --allow-read . sub/n.yaml >/dev/null 2>cerr)
    _cs=$?
    [ "$_cs" -eq 0 ] || bad="$bad the new plan's check exit $_cs;"
    grep -q 'were not changed' "$_d/err" && bad="$bad path left as written;"
    if [ -z "$bad" ]; then ok "M2 new -o sub/: $1 rewritten, the new plan checks"
    else not_ok "M2 new -o sub/: $1:$bad"; fi
}
m2 dquote "q\"uote'.yaml" 'include:\N  - "q\"uote'"'"'.yaml"   # a comment'
m2 newline "$(printf 'nl\nx.yaml')" 'include: ["nl\nx.yaml"]'
m2 backslash 'bs\x.yaml' 'include:\N  - "bs\\x.yaml"'
m2 squote "it's.yaml" "include:\\N  - 'it''s.yaml'"
m2 hexesc 'hx.yaml' 'include: ["h\x78.yaml"]'
m2 cr "$(printf 'c\rr.yaml')" 'include: ["c\rr.yaml"]'

# ---- Y: a bad --year named ------------------------------------------------------
for y in 2.025e3 0x7E9 +2025 1800; do
    "$khgen" new --from "$P/ex.yaml" --year "$y" -o "$work/y.yaml" >/dev/null 2>"$work/y.err"
    _st=$?
    "$khgen" init --year "$y" -o "$work/yi.yaml" "Xã Đồng Hưu" >/dev/null 2>"$work/yi.err"
    _si=$?
    if [ "$_st" -eq 2 ] && [ "$_si" -eq 2 ] &&
        grep -qF "khgen: new: --year '$y' is not a year 1900-2999 written in digits: give one as --year 2025" "$work/y.err" &&
        grep -qF "khgen: init: --year '$y' is not a year" "$work/yi.err" &&
        [ ! -e "$work/y.yaml" ] && [ ! -e "$work/yi.yaml" ]; then
        ok "Y --year $y: named by new and init, exit 2, nothing written"
    else not_ok "Y --year $y: new exit $_st: $(head -1 "$work/y.err"); init exit $_si: $(head -1 "$work/yi.err")"; fi
done

# ---- M5: a .docx with duplicate zip entries ------------------------------------
/usr/bin/python3 - "$work/dup.docx" <<'PY'
import sys, zipfile, warnings
warnings.simplefilter('ignore')
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
    z.writestr('word/document.xml', '<w:document/>')
    z.writestr('word/document.xml', '<w:document/>')
PY
"$khgen" import "$work/dup.docx" -o "$work/dup.yaml" >/dev/null 2>"$work/dup.err"
_st=$?
if [ "$_st" -ne 0 ] && grep -q "KH754.*two of the files inside it have the same name.*save it again as .docx" "$work/dup.err" &&
    ! grep -qi "already exists" "$work/dup.err"; then
    ok "M5 a .docx with two parts of one name: said in khgen's words, exit $_st"
else not_ok "M5 duplicate parts: exit $_st: $(head -1 "$work/dup.err")"; fi

# ---- M6: a .txt not UTF-8, at its line and column ---------------------------------
printf 'Kế hoạch\r\nnăm 2024\nx\351y\n' >"$work/bad.txt"
"$khgen" import "$work/bad.txt" -o "$work/bad.yaml" >/dev/null 2>"$work/bad.err"
_st=$?
if [ "$_st" -ne 0 ] && grep -q "bad.txt:3:2: error\[KH753\]: invalid UTF-8 (byte 0xE9)" "$work/bad.err"; then
    ok "M6 a .txt not UTF-8: the first bad byte at 3:2, exit $_st"
else not_ok "M6 not UTF-8: exit $_st: $(head -1 "$work/bad.err")"; fi
# a TCVN3 line ("Kế hoạch" in .VnTime) pasted under a UTF-8 one
printf 'Kế hoạch năm 2024 của xã Đồng Hưu\nK\341 ho\270ch\n' >"$work/paste.txt"
"$khgen" import "$work/paste.txt" -o "$work/paste.yaml" >/dev/null 2>"$work/paste.err"
_st=$?
if [ "$_st" -ne 0 ] && grep -q "paste.txt:2:2: error\[KH753\]: .*looks like TCVN3.*khgen convert" "$work/paste.err"; then
    ok "M6 a pasted TCVN3 line: named at 2:2 with the command, exit $_st"
else not_ok "M6 pasted line: exit $_st: $(head -1 "$work/paste.err")"; fi
printf 'ab\r\ncd\001\n' >"$work/bin.txt"
"$khgen" import "$work/bin.txt" -o "$work/bin.yaml" >/dev/null 2>"$work/bin.err"
_st=$?
if [ "$_st" -ne 0 ] && grep -q "bin.txt:2:3: error\[KH753\]: .*binary data (byte 0x01)" "$work/bin.err"; then
    ok "M6 a binary byte in a .txt: at 2:3, exit $_st"
else not_ok "M6 binary byte: exit $_st: $(head -1 "$work/bin.err")"; fi

# ---- L1: a directory as the plan ------------------------------------------------
mkdir -p "$work/dir.yaml"
for c in check build; do
    "$khgen" $c "$work/dir.yaml" >/dev/null 2>"$work/dir.err"
    _st=$?
    if [ "$_st" -ne 0 ] && grep -q "error\[KH031\]: the plan '.*dir.yaml' is not a regular file (a directory)" "$work/dir.err" &&
        ! grep -q "KH001" "$work/dir.err"; then
        ok "L1 $c of a directory: KH031, exit $_st"
    else not_ok "L1 $c of a directory: exit $_st: $(head -1 "$work/dir.err")"; fi
done

# ---- L2: controls dropped from an imported .txt/.md, warned ------------------------
for ext in txt md; do
    printf 'KẾ HOẠCH\nThực hiện\302\205 năm 2024\357\277\276 xong\177.\n' >"$work/c1.$ext"
    "$khgen" import "$work/c1.$ext" -o "$work/c1-$ext.yaml" >/dev/null 2>"$work/c1.err"
    _st=$?
    if [ "$_st" -eq 0 ] && grep -q "c1.$ext:2:10: warning\[KH014\]: control character U+0085 left out of the imported plan (3 in the file" "$work/c1.err" &&
        ! grep -q "$(printf '\302\205')" "$work/c1-$ext.yaml"; then
        ok "L2 .$ext with U+0085, U+FFFE, DEL: one KH014 at 2:10, none in the plan"
    else not_ok "L2 .$ext controls: exit $_st: $(head -1 "$work/c1.err")"; fi
done

# ---- L3: a literal "{{year}" imported, no false KH212 -------------------------------
printf 'KẾ HOẠCH\nThực hiện năm 2024\n\nI. MỤC TIÊU\n\nGhi {{year} vào mẫu.\n' >"$work/lit.txt"
"$khgen" import "$work/lit.txt" -o "$work/lit.yaml" >/dev/null 2>&1
"$khgen" build -f md -o - "$work/lit.yaml" >"$work/lit.md" 2>"$work/lit.err"
_st=$?
sed 's/{{{{year}}/{{year}}/' "$work/lit.yaml" >"$work/dbl.yaml"
"$khgen" check "$work/dbl.yaml" >/dev/null 2>"$work/dbl.err"
if [ "$_st" -eq 0 ] && grep -qF 'Ghi {{year} vào mẫu' "$work/lit.md" && ! grep -q KH212 "$work/lit.err" &&
    grep -q "KH212.*'{{year}}' is printed as written" "$work/dbl.err"; then
    ok "L3 an imported literal {{year}: printed as written, no KH212; {{year}} still KH212"
else not_ok "L3 literal {{year}: exit $_st: $(grep KH212 "$work/lit.err" | head -1) / $(head -1 "$work/dbl.err")"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
