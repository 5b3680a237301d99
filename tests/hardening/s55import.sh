#!/bin/sh
# tests/hardening/s55import.sh KHGEN WORKDIR - session 55's import of last
# year's plan from its PDF text (session 54's leftovers). Each case fails
# at 9e6b1b6b (session 54's stop) unless it is named a guard:
#  R1  le-thuy's Bảng 1 made seven columns wide, printed by LibreOffice
#      (lead54-wide-lo.txt, pdftotext -layout): the table runs over a page
#      break, where the PDF prints its three-line header again over the
#      totals row "Cộng 1.574". At 9e6b1b6b the table ended at the break:
#      the header's lines and the totals row were paragraphs ("TT
#      phương tiện ... Cộng 1.574"), exit 0, no word. Now the repeated
#      header is no line of the table, the totals row is the table's
#      (`totals: Cộng`, "Số lượng" summed), and the note under it its
#      own paragraph.
#  R2  the same through Chromium's PDF (lead54-wide-ch.txt).
#  R3g (guard) a header printed again with one word changed is not the
#      header: its lines stay in the text (paragraphs), nothing dropped;
#      kills a mutant that empties any lines under a page break.
#  T1  a tight body table (le-thuy's Bảng 1 of four columns, s54import's
#      B.yaml; build warns KH635) whose "Số TT" LibreOffice prints a
#      letter a line, "S" / "ố" / "T" / "T", over lines that hold the
#      header's other cells ("Số" / "lượng"), and whose row 3 prints
#      "3 Phao cứu sinh ..." one space apart (s55import-tight-lo.txt): at
#      9e6b1b6b sections "S" and "T", the rows paragraphs, exit 0, no
#      word. Now the table as the plan has it: "Số TT", "Lực lượng,
#      phương tiện", "Số lượng" (summed), "Nơi bố trí", three rows, the
#      totals row.
#  T2  the same through Chromium (s55import-tight-ch.txt).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
khgen=$1
work=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$work" && mkdir -p "$work"
export LC_ALL=C.UTF-8 LANGUAGE=
pass=0 fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

# the table of Bảng 1 in the YAML y, up to the next section
table1() { sed -n '/- table: Lực lượng, phương tiện của huyện/,/- section:/p' "$1"; }

for engine in lo ch; do
    case $engine in lo) id=R1 name=LibreOffice ;; *) id=R2 name=Chromium ;; esac
    "$khgen" import -o "$work/$engine.yaml" "$top/tests/hardening/lead54-wide-$engine.txt" \
        >/dev/null 2>"$work/$engine.err"
    st=$?
    t=$(table1 "$work/$engine.yaml")
    if [ "$st" -eq 0 ] && printf '%s\n' "$t" | grep -q '^ *totals: Cộng$' &&
        printf '%s\n' "$t" | grep -q '{key: c4, header: "Số lượng", type: int, total: true}' &&
        [ "$(printf '%s\n' "$t" | grep -c '^ *- \[')" = 3 ] &&
        printf '%s\n' "$t" | grep -q '^ *- para: Số liệu rà soát đến ngày 31/3/{year}\.$' &&
        ! printf '%s\n' "$t" | grep -q 'para:.*\(phương tiện\|Cộng\|1\.574\)'; then
        ok "$id: $name's text of a table over a page break, its three-line header printed again over the totals row: one table, its totals 'Cộng', no header line a paragraph"
    else
        not_ok "$id: status $st; $(printf '%s\n' "$t" | grep -n 'totals\|para\|c4' | tr '\n' '|' | head -c 600)"
    fi
done

# R3g: the repeated header's first line changed ("Nơi bố trí" -> "Nơi đặt")
sed 's/^\( Số     Lực lượng,        Đơn vị   Số         \)Nơi bố trí/\1Nơi đặt   /' \
    "$top/tests/hardening/lead54-wide-lo.txt" >"$work/changed.txt"
"$khgen" import -o "$work/changed.yaml" "$work/changed.txt" >/dev/null 2>"$work/changed.err"
st=$?
if [ "$st" -eq 0 ] && grep -q 'Nơi đặt' "$work/changed.txt" && grep -q '^ *- para:.*Nơi đặt.*Đơn vị quản lý' "$work/changed.yaml"; then
    ok "R3g guard: a header printed again with a word changed is no repeat: its lines stay in the text"
else
    not_ok "R3g guard: status $st; $(grep -n 'Nơi đặt\|Cộng' "$work/changed.yaml" | head -5 | tr '\n' '|')"
fi

# the tight table: its columns, rows and totals, no letter a section
tight_ok() {
    t=$(table1 "$1")
    printf '%s\n' "$t" | grep -q '{key: stt, type: stt, header: "Số TT"}' &&
        printf '%s\n' "$t" | grep -q 'header: "Lực lượng, phương tiện"}' &&
        printf '%s\n' "$t" | grep -q 'header: "Số lượng", type: int, total: true}' &&
        printf '%s\n' "$t" | grep -q 'header: "Nơi bố trí"}' &&
        printf '%s\n' "$t" | grep -q '^ *- \["Phao cứu sinh các loại", 1200, "Kho vật tư của huyện tại thị trấn Kiến Giang"\]$' &&
        [ "$(printf '%s\n' "$t" | grep -c '^ *- \[')" = 3 ] && printf '%s\n' "$t" | grep -q '^ *totals: Cộng$' &&
        ! grep -q '^ *- section: [ST]$' "$1"
}
for engine in lo ch; do
    case $engine in lo) id=T1 name=LibreOffice ;; *) id=T2 name=Chromium ;; esac
    "$khgen" import -o "$work/t-$engine.yaml" "$top/tests/hardening/s55import-tight-$engine.txt" \
        >/dev/null 2>"$work/t-$engine.err"
    st=$?
    if [ "$st" -eq 0 ] && tight_ok "$work/t-$engine.yaml"; then
        ok "$id: $name's text of a tight table whose 'Số TT' prints a letter a line and whose row 3 prints its number one space before its text: the plan's table"
    else
        not_ok "$id: status $st; $(grep -n 'section:\|header:\|^ *- \[' "$work/t-$engine.yaml" | head -12 | tr '\n' '|' | head -c 800)"
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
