#!/bin/sh
# tests/hardening/lead54.sh KHGEN WORKDIR - session 54's lead: a PDF
# text's table whose cell runs across the next column's place.
#
# le-thuy's Bảng 1 made seven columns wide ("Nơi bố trí thường trực",
# "Đơn vị quản lý", "Ghi chú"), printed by LibreOffice and by Chromium,
# its text by pdftotext -layout (lead54-wide-lo.txt, lead54-wide-ch.txt,
# s54import's reproducer). The unit "Phòng Nông nghiệp và Phát triển nông
# thôn" of rows 2 and 3 begins left of its column's place: "Kho vật tư
# của Phòng Nông" is one cell of "Nơi bố trí" on one line, "nghiệp và
# Phát" the unit's column on the next. At e9b37102 the header was read
# wrong (six columns, "TT", "tính", ...) and the cut warned (KH767); since
# s54import read the header whole (2044fe42), the lines are no longer cut
# and the rows' words mixed with no word, exit 0 (a wrong plan unwarned).
# Each case fails at e9b37102 and at 2044fe42 unless it is named a guard:
#  W1  the LibreOffice text: KH767 names the row's cell that runs across
#      where the next column begins (that column holding the row's words
#      on other lines), and the header is read whole.
#  W2  the same through Chromium's text.
#  W3g (guard) the PDF texts of round33 and round35 (the three plans and
#      le-thuy through both engines) get no such warning.
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

for engine in lo ch; do
    case $engine in lo) id=W1 name=LibreOffice ;; *) id=W2 name=Chromium ;; esac
    "$khgen" import -o "$work/$engine.yaml" "$top/tests/hardening/lead54-wide-$engine.txt" \
        >/dev/null 2>"$work/$engine.err"
    st=$?
    if [ "$st" -eq 0 ] && grep -q "warning\[KH767\]: a cell of this table's row runs across where the next column begins" "$work/$engine.err" &&
        grep -q 'header: "Đơn vị quản lý"' "$work/$engine.yaml"; then
        ok "$id: $name's text of a seven-column table: KH767 names the cell that runs across the next column's place, the header read whole"
    else
        not_ok "$id: status $st; $(head -c 400 "$work/$engine.err") / $(grep -c 'header:' "$work/$engine.yaml" 2>/dev/null) headers"
    fi
done

found=""
for f in "$top"/tests/hardening/round33-*.txt "$top"/tests/hardening/round35-*.txt; do
    b=$(basename "$f" .txt)
    "$khgen" import -o "$work/$b.yaml" "$f" >/dev/null 2>"$work/$b.err"
    grep -q "runs across where the next column begins" "$work/$b.err" && found="$found $b"
    [ -s "$work/$b.yaml" ] || found="$found $b(no plan)"
done
if [ -z "$found" ]; then
    ok "W3g guard: the PDF texts of round33 and round35 get no KH767 for a cell across the next column"
else
    not_ok "W3g guard: warned or failed:$found"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
