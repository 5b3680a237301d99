#!/bin/sh
# tests/legacy/run.sh KHGEN ENCODER WORKDIR - legacy Vietnamese encodings.
#
# From each seed text (tests/seeds/*.txt) and each example plan, writes the
# same text in TCVN3 (ABC) and VNI-Windows (ENCODER: the converter's own
# tables inverted, tests/legacy/encode.c), Windows-1258 (iconv, which writes
# tone marks as combining characters) and UTF-16 with and without a BOM
# (iconv), then requires:
#   - `khgen check FILE` names the encoding and the command that converts it;
#   - `khgen convert FILE -o OUT` writes exactly the UTF-8 original in NFC;
#   - `khgen convert` never overwrites without --force;
#   - `khgen import` of the seeds in each encoding gives the plan their UTF-8
#     original gives (import reads legacy text through the same converter).
# TCVN3 has no curly quotes, dashes or ellipsis (its 8-bit positions hold
# letters), so the TCVN3 originals use ASCII ones, as ABC typists did.
# Also: UTF-8 with one stray byte and Latin-1 French are not taken for
# Vietnamese. Prints ok/not ok lines and "N passed, M failed".
set -u
khgen=$1
encoder=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
passed=0
failed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }
bad() { echo "not ok - $1"; failed=$((failed + 1)); }

# nfc IN OUT [8bit|ascii]: the NFC form of IN; 8bit: without the
# characters no 8-bit Vietnamese encoding has (>= for U+2265); ascii: also
# with ASCII quotes, dashes and dots
nfc() {
    /usr/bin/python3 - "$1" "$2" "${3:-}" <<'PY'
import sys, unicodedata
text = unicodedata.normalize("NFC", open(sys.argv[1], encoding="utf-8").read())
if sys.argv[3]:
    # no 8-bit Vietnamese encoding has these
    text = text.replace("\u2265", ">=").replace("\u2264", "<=")
if sys.argv[3] == "ascii":
    for a, b in {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                 "\u2013": "-", "\u2014": "-", "\u2026": "..."}.items():
        text = text.replace(a, b)
open(sys.argv[2], "w", encoding="utf-8", newline="").write(text)
PY
}

# expect_named FILE WORDS: khgen check names the encoding, and the command
# it suggests converts the file (it once suggested 'khgen convert FILE',
# which refuses to overwrite FILE without --force); run on a copy
expect_named() {
    "$khgen" --lang en check "$1" >/dev/null 2>"$work/err"
    cp "$1" "$work/suggested.yaml"
    if grep -q "$2" "$work/err" && grep -q "convert it with: khgen convert --force $1" "$work/err" &&
        "$khgen" convert --force "$work/suggested.yaml" 2>/dev/null &&
        iconv -f UTF-8 -t UTF-8 "$work/suggested.yaml" >/dev/null 2>&1; then
        ok "$(basename "$1"): named as $2"
    else
        bad "$(basename "$1"): not named as $2"
        sed 's/^/    /' "$work/err" | head -5
    fi
}

# expect_converts FILE REFERENCE
expect_converts() {
    rm -f "$work/out"
    if "$khgen" --lang en convert "$1" -o "$work/out" 2>"$work/err" && cmp -s "$work/out" "$2"; then
        ok "$(basename "$1"): converts to the UTF-8 original"
    else
        bad "$(basename "$1"): conversion differs from the original"
        sed 's/^/    /' "$work/err" | head -3
        [ -f "$work/out" ] && diff "$2" "$work/out" | head -6 | sed 's/^/    /'
    fi
}

for src in tests/seeds/*.txt plans/*.yaml; do
    name=$(basename "$src")
    nfc "$src" "$work/$name.ref"
    nfc "$src" "$work/$name.8bit.ref" 8bit
    nfc "$src" "$work/$name.ascii.ref" ascii
    "$encoder" tcvn3 "$work/$name.ascii.ref" "$work/$name.tcvn3" 2>"$work/err" || bad "$name: tcvn3 encoder"
    [ -s "$work/err" ] && bad "$name: characters lost in TCVN3: $(cat "$work/err")"
    "$encoder" vni "$work/$name.8bit.ref" "$work/$name.vni" 2>"$work/err" || bad "$name: vni encoder"
    [ -s "$work/err" ] && bad "$name: characters lost in VNI: $(cat "$work/err")"
    iconv -f UTF-8 -t CP1258 "$work/$name.8bit.ref" >"$work/$name.cp1258" || bad "$name: iconv CP1258"
    iconv -f UTF-8 -t UTF-16 "$work/$name.ref" >"$work/$name.utf16" || bad "$name: iconv UTF-16"
    iconv -f UTF-8 -t UTF-16BE "$work/$name.ref" >"$work/$name.utf16be" || bad "$name: iconv UTF-16BE"

    expect_named "$work/$name.tcvn3" "looks like TCVN3 (ABC), the encoding of .VnTime fonts"
    expect_named "$work/$name.vni" "looks like VNI-Windows"
    expect_named "$work/$name.cp1258" "looks like Windows-1258"
    expect_named "$work/$name.utf16" "is UTF-16, not UTF-8"
    expect_named "$work/$name.utf16be" "is UTF-16, not UTF-8"
    expect_converts "$work/$name.tcvn3" "$work/$name.ascii.ref"
    expect_converts "$work/$name.vni" "$work/$name.8bit.ref"
    expect_converts "$work/$name.cp1258" "$work/$name.8bit.ref"
    expect_converts "$work/$name.utf16" "$work/$name.ref"
    expect_converts "$work/$name.utf16be" "$work/$name.ref"
done

# khgen import reads the same converter: a seed in each encoding imports
# to the plan its UTF-8 original gives
mkdir -p "$work/u8" "$work/u7" "$work/enc"
for seed in tests/seeds/*.txt; do
    name=$(basename "$seed")
    # the same file name everywhere: import names its source in the plan
    cp "$work/$name.8bit.ref" "$work/u8/plan.txt"
    cp "$work/$name.ascii.ref" "$work/u7/plan.txt"
    "$khgen" import "$work/u8/plan.txt" -o "$work/want-8bit.yaml" --force 2>/dev/null
    "$khgen" import "$work/u7/plan.txt" -o "$work/want-ascii.yaml" --force 2>/dev/null
    for enc in tcvn3 vni cp1258 utf16; do
        want=$work/want-8bit.yaml
        [ $enc = tcvn3 ] && want=$work/want-ascii.yaml
        [ $enc = utf16 ] && iconv -f UTF-8 -t UTF-16 "$work/u8/plan.txt" >"$work/$name.utf16"
        cp "$work/$name.$enc" "$work/enc/plan.txt"
        rm -f "$work/got.yaml"
        if "$khgen" import "$work/enc/plan.txt" -o "$work/got.yaml" 2>"$work/err" &&
            [ -s "$want" ] && cmp -s "$work/got.yaml" "$want"; then
            ok "khgen import of $name in $enc gives the plan of its UTF-8 original"
        else
            bad "khgen import of $name in $enc differs from its UTF-8 original"
            head -3 "$work/err" | sed 's/^/    /'
            diff "$want" "$work/got.yaml" 2>&1 | head -4 | sed 's/^/    /'
        fi
    done
done

# a converted plan checks clean
plan=$(ls plans/*.yaml | head -n 1)
pname=$(basename "$plan")
cp "$work/$pname.vni" "$work/plan.yaml"
if "$khgen" convert "$work/plan.yaml" --force 2>/dev/null && "$khgen" check "$work/plan.yaml" 2>"$work/err"; then
    ok "a VNI plan converted in place (--force) checks clean"
else
    bad "a VNI plan converted in place does not check clean"
    head -5 "$work/err" | sed 's/^/    /'
fi

# never overwrite without --force
cp "$work/$pname.tcvn3" "$work/keep.yaml"
"$khgen" convert "$work/keep.yaml" 2>"$work/err"
status=$?
if [ $status -eq 2 ] && cmp -s "$work/keep.yaml" "$work/$pname.tcvn3" && grep -q -- '--force' "$work/err"; then
    ok "convert in place without --force refuses (exit 2), file untouched"
else
    bad "convert in place without --force: exit $status"
fi
echo "already here" >"$work/exists.txt"
"$khgen" convert "$work/keep.yaml" -o "$work/exists.txt" 2>/dev/null
status=$?
if [ $status -eq 2 ] && [ "$(cat "$work/exists.txt")" = "already here" ]; then
    ok "convert -o onto an existing file without --force refuses"
else
    bad "convert -o onto an existing file: exit $status"
fi
if "$khgen" convert "$work/keep.yaml" -o "$work/exists.txt" --force 2>/dev/null &&
    cmp -s "$work/exists.txt" "$work/$pname.ascii.ref"; then
    ok "convert -o --force overwrites"
else
    bad "convert -o --force did not overwrite with the conversion"
fi

# no false alarms
printf 'title: K\341\272\277 ho\341 ch Y\303\252n Th\341\272\277 \304\221\341\273\223ng\n' >"$work/damaged.yaml"
"$khgen" check "$work/damaged.yaml" 2>"$work/err"
if grep -q 'invalid UTF-8 (byte 0xE1): re-save the file as UTF-8' "$work/err" &&
    ! grep -q 'looks like' "$work/err"; then
    ok "UTF-8 with one stray byte is reported as invalid UTF-8, not as a legacy file"
else
    bad "UTF-8 with one stray byte: $(head -1 "$work/err")"
fi
# a UTF-8 plan with one line pasted from a Windows-1258 document (black-box
# F41): check names the line's encoding and the command; convert repairs
# that line and keeps the others, giving the UTF-8 original back
orig=$(ls plans/*.yaml | head -1)
line=$(grep -n '^  place: ' "$orig" | head -1 | cut -d: -f1)
if [ -n "$line" ]; then
    { head -n $((line - 1)) "$orig"; sed -n "${line}p" "$orig" | iconv -f UTF-8 -t CP1258;
      tail -n +$((line + 1)) "$orig"; } >"$work/mixed.yaml"
    "$khgen" check "$work/mixed.yaml" 2>"$work/err"
    if grep -q "^$work/mixed.yaml:$line:.*KH003.*this line looks like Windows-1258.*khgen convert --force" "$work/err"; then
        ok "a Windows-1258 line in a UTF-8 plan is named at its line, with the command"
    else
        bad "a Windows-1258 line in a UTF-8 plan: $(head -1 "$work/err")"
    fi
    "$khgen" convert "$work/mixed.yaml" -o "$work/mixed.out" 2>"$work/err"
    if [ $? -eq 0 ] && cmp -s "$work/mixed.out" "$orig"; then
        ok "convert repairs the Windows-1258 line and keeps the UTF-8 ones"
    else
        bad "convert of a mixed file: $(head -1 "$work/err")"
    fi
    # the same, saved by an editor with a byte order mark (fuzz_convert in
    # CI): the mark goes, as it goes from a whole UTF-8 file
    { printf '\357\273\277'; cat "$work/mixed.yaml"; } >"$work/mixed-bom.yaml"
    "$khgen" convert "$work/mixed-bom.yaml" -o "$work/mixed-bom.out" 2>"$work/err"
    if [ $? -eq 0 ] && cmp -s "$work/mixed-bom.out" "$orig"; then
        ok "convert of a mixed file with a byte order mark drops the mark"
    else
        bad "convert of a mixed file with a byte order mark: $(head -c 3 "$work/mixed-bom.out" | od -An -tx1) $(head -1 "$work/err")"
    fi
else
    bad "no 'place:' line in $orig"
fi
# a file already UTF-8: converted to itself, and said so (black-box F18)
"$khgen" convert "$orig" -o - >"$work/same.out" 2>"$work/err"
if [ $? -eq 0 ] && cmp -s "$work/same.out" "$orig" && grep -q 'already UTF-8 in NFC; copied as it is' "$work/err"; then
    ok "convert -o - of a UTF-8 file copies it and says it was UTF-8 already"
else
    bad "convert of a UTF-8 file: $(head -1 "$work/err")"
fi
printf 'title: Le ch\342teau de la for\352t, \351t\351 \340 No\353l, \347a va tr\350s bien\n' >"$work/latin1.yaml"
"$khgen" check "$work/latin1.yaml" 2>"$work/err"
if ! grep -q 'looks like' "$work/err" && grep -q KH003 "$work/err"; then
    ok "Latin-1 French is not taken for Vietnamese"
else
    bad "Latin-1 French: $(head -1 "$work/err")"
fi
"$khgen" convert "$work/latin1.yaml" -o "$work/latin1.out" 2>"$work/err"
status=$?
if [ $status -eq 1 ] && grep -q -- '--from' "$work/err"; then
    ok "convert of an unrecognised file says so and names --from (exit 1)"
else
    bad "convert of an unrecognised file: exit $status"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
