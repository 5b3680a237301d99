#!/bin/sh
# tests/hardening/fixlang26.sh KHGEN WORKDIR - session 26's fixes of the
# plan language's leftovers (session 25's LOW and MEDIUM findings; issue 8:
# never a silently wrong output, one mistake one diagnostic):
#   1. a YAML yes/no word written without quotes where a text goes
#      (`number: true` printed "Số: true/KH-UBND", exit 0): KH124, an error,
#      one rule for every text key (src/yread.c, yread_bool_texts);
#   2. the header's `code` written "KH - UBND", "kh-ubnd", or of another kind
#      ("QĐ-UBND" on a KẾ HOẠCH), printed without a word: KH173, one symbol
#      form with a basis's number (src/basis_form.c);
#   3. a basis's `kind: Decision` printed "Căn cứ Decision số ..." (KH161),
#      its number "263/QĐ-TTg," printed "263/QĐ-TTg, ngày" (KH173, printed
#      without the comma), a number's symbol in small letters or of another
#      kind (KH173); "Văn bản" is a kind (was "did you mean 'Biên bản'?");
#   4. a null on a key the plan needs gave two messages (`khgen: ~` KH107 and
#      KH104, `header: ~` and "has no 'header'", `recipients: ~` and KH160,
#      `signature: ~` and KH160, `lines: ~` and "has no 'lines'"): one;
#   5. `date: 0000-01-01` said "check the day and the month": the year;
#      `governing_body: ubnd tỉnh bắc giang` printed as typed: KH178;
#   6. the soft hyphen, variation selectors, Hangul fillers, U+034F,
#      U+180E, U+FFF9-U+FFFB and private use characters passed without
#      KH020; the source line a message echoes printed U+200B and the tag
#      characters raw (now U+FFFD, as control characters);
#   7. KH901 on a directory the user may not write in spoke of free space:
#      now the permission (and a read-only file system, a full device);
#   8. the closing "Trên đây là Kế hoạch năm 2023" in the plan of 2024: KH315
#      read titles only; now the closing's year of the plan, and not a
#      range, a cited document's year or a year after "giai đoạn".
# Controls: README's example, plans/, the seeds' plans (imported) get none
# of the new warnings; each new loop timed at its worst shape (4n: under
# the limit; n and 4n measured by hand in the session's report).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
py=/usr/bin/python3

# says NAME FILE STATUS TEXT...: check_says, and the messages hold no
# other code than those of TEXT's "[KHnnn]"s (one mistake, one message)
only() {
    _name=$1 _file=$2
    shift 2
    "$khgen" check "$_file" >"$work/out" 2>"$work/err"
    _codes=$(grep -o '\[KH[0-9]*\]' "$work/err" | sort -u | tr -d '\n')
    if [ "$_codes" = "$1" ] && grep -q "^1 error generated" "$work/err"; then
        ok "$_name"
    else
        not_ok "$_name: codes $_codes (want $1, one error): $(head -c 500 "$work/err")"
    fi
}

# ---- 1. a yes/no word where a text goes ---------------------------------------
edited b1 'number: ""  ' 'number: true'
check_says "header number: true is KH124 with what to write" "$work/p/b1.yaml" 1 \
    "[KH124]: 'number' is a text, and 'true' without quotes is YAML's yes/no value, not a text: write the text meant, or put the word in quotes (\"true\") if it is meant"
edited b2 'issuer: [ỦY BAN NHÂN DÂN, ' 'issuer: [yes, ' 'place: Yên Thế' 'place: Off'
check_says "an issuer's line yes and place: Off are KH124 (any of YAML's cases)" "$work/p/b2.yaml" 1 \
    ":5:12: error[KH124]: 'issuer' is a text, and 'yes'" ":9:10: error[KH124]: 'place' is a text, and 'Off'"
grep -q KH178 "$work/err" && not_ok "issuer line yes: KH124 alone, not KH178 too: $(grep KH178 "$work/err")"
edited b3 'title: Danh sách xã phấn đấu đạt chuẩn năm 2024' 'title: NO'
check_says "an attachment's title: NO is KH124" "$work/p/b3.yaml" 1 "error[KH124]: 'title' is a text, and 'NO'"
edited b4 'number: ""  ' 'number: "true"' 'place: Yên Thế' 'place: "no"'
"$khgen" check "$work/p/b4.yaml" >/dev/null 2>"$work/b4.err"
s4=$?
with_groups "$work/p/ex.yaml" "$work/p/b5.yaml" # its totals: Tổng cộng
sed -i 's/^    totals: Tổng cộng$/    totals: true/' "$work/p/b5.yaml"
"$khgen" check "$work/p/b5.yaml" >/dev/null 2>"$work/b5.err"
s5=$?
if [ $s4 -eq 0 ] && [ $s5 -eq 0 ] && ! grep -q KH124 "$work/b4.err" "$work/b5.err" &&
    grep -q 'totals: true' "$work/p/b5.yaml"; then
    ok "control: a quoted \"true\" and \"no\" are text; totals: true is no text"
else
    not_ok "control: quoted yes/no words, totals: true: $s4 $s5 $(cat "$work/b4.err" "$work/b5.err" | head -c 400)"
fi

# ---- 2. the header's code -----------------------------------------------------
edited c1 'code: KH-UBND' 'code: KH - UBND'
check_says "code: KH - UBND is KH173" "$work/p/c1.yaml" 0 \
    "warning[KH173]: the code 'KH - UBND' has a space beside its '-' or '/': Nghị định 30 writes a document's symbol without spaces; write 'KH-UBND'"
edited c2 'code: KH-UBND' 'code: kh-ubnd'
check_says "code: kh-ubnd is KH173" "$work/p/c2.yaml" 0 \
    "warning[KH173]: the code 'kh-ubnd' is not written as Nghị định 30 writes a document's symbol (its kind's abbreviation, then the body's in capitals): write 'KH-UBND'"
edited c3 'code: KH-UBND' 'code: QĐ-UBND'
check_says "code: QĐ-UBND on a KẾ HOẠCH is KH173" "$work/p/c3.yaml" 0 \
    "warning[KH173]: the code 'QĐ-UBND' is a Quyết định's symbol, and this document is a Kế hoạch: write 'KH-UBND', its own kind's abbreviation first"
for code in KH-UBND KH-BCĐ UBND-VX KH-HĐND; do
    edited c4 'code: KH-UBND' "code: $code"
    "$khgen" check "$work/p/c4.yaml" >/dev/null 2>>"$work/c4.err" || echo "status $?" >>"$work/c4.err"
done
if [ ! -s "$work/c4.err" ]; then
    ok "control: codes KH-UBND, KH-BCĐ, UBND-VX, KH-HĐND are silent"
else
    not_ok "control: codes: $(head -c 400 "$work/c4.err")"
fi

# ---- 3. a basis's kind and number ---------------------------------------------
edited k1 'kind: Quyết định' 'kind: Decision'
check_says "basis kind: Decision is KH161" "$work/p/k1.yaml" 0 \
    "warning[KH161]: the kind of this legal basis, 'Decision', is no Vietnamese kind of document and is printed as written, \"Căn cứ Decision số ...\""
edited k2 'number: 263/QĐ-TTg' 'number: 263/QĐ-TTg,'
check_says "basis number '263/QĐ-TTg,' is KH173" "$work/p/k2.yaml" 0 \
    "warning[KH173]: the number '263/QĐ-TTg,' ends with ',', which would print before the words after it (\"263/QĐ-TTg, ngày ...\"); it is printed without: remove it"
"$khgen" build -f md -o - "$work/p/k2.yaml" 2>/dev/null >"$work/k2.md"
if grep -q 'số 263/QĐ-TTg ngày 22/02/2022' "$work/k2.md" && ! grep -q 'QĐ-TTg,' "$work/k2.md"; then
    ok "basis number '263/QĐ-TTg,' printed without its comma"
else
    not_ok "basis number '263/QĐ-TTg,' printed: $(grep 'Căn cứ Q' "$work/k2.md" | head -c 200)"
fi
edited k3 'number: 263/QĐ-TTg' 'number: 263/qđ-ttg'
check_says "basis number's symbol in small letters is KH173" "$work/p/k3.yaml" 0 \
    "warning[KH173]: the symbol of the number '263/qđ-ttg' is not written as Nghị định 30 writes it (the kind's abbreviation, then the body's in capitals): write '263/QĐ-TTg'"
edited k4 'number: 263/QĐ-TTg' 'number: 27/2022/NĐ-CP'
check_says "a Quyết định numbered 27/2022/NĐ-CP is KH173" "$work/p/k4.yaml" 0 \
    "warning[KH173]: the number '27/2022/NĐ-CP' is a Nghị định's, and this basis cites a Quyết định: correct the kind, or the number ('27/2022/QĐ-CP')"
: >"$work/k5.err"
for kb in "Văn bản|123/UBND-NN" "Luật|45/2019/QH14" "Nghị quyết|12/2023/NQ-HĐND" "Kết luận|12-KL/TW" "BC|05/BC-UBND" "Quyết định|263/QĐ-TTg"; do
    edited k5 'kind: Quyết định' "kind: ${kb%%|*}" 'number: 263/QĐ-TTg' "number: ${kb#*|}"
    "$khgen" check "$work/p/k5.yaml" >/dev/null 2>>"$work/k5.err" || echo "status $?" >>"$work/k5.err"
done
if [ ! -s "$work/k5.err" ]; then
    ok "control: bases Văn bản 123/UBND-NN, Luật 45/2019/QH14, NQ-HĐND, 12-KL/TW, BC, QĐ-TTg are silent"
else
    not_ok "control: bases: $(head -c 500 "$work/k5.err")"
fi

# ---- 4. a null on a key the plan needs: one message ----------------------------
edited n1 'khgen: 1 ' 'khgen: ~ '
only "khgen: ~ is KH107 alone (not KH104 too)" "$work/p/n1.yaml" "[KH107]"
awk '/^header:/{print "header: ~"; skip=1; next} skip&&/^  /{next} {skip=0; print}' "$work/p/ex.yaml" \
    >"$work/p/n2.yaml"
only "header: ~ is KH107 alone (not \"has no 'header'\" too)" "$work/p/n2.yaml" "[KH107]"
edited n3 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients: ~'
only "recipients: ~ is KH107 alone (not KH160 too)" "$work/p/n3.yaml" "[KH107]"
awk '/^signature:/{print "signature: ~"; skip=1; next} skip&&/^  /{next} {skip=0; print}' "$work/p/ex.yaml" \
    >"$work/p/n4.yaml"
only "signature: ~ is KH107 alone (not KH160 too)" "$work/p/n4.yaml" "[KH107]"
edited n5 'lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]' 'lines: ~'
only "signature lines: ~ is KH107 alone (not \"has no 'lines'\" too)" "$work/p/n5.yaml" "[KH107]"
# with an include, whose merge drops the plan's nulls first (include.c)
printf 'units:\n  - {id: xx, name: Phòng X}\n' >"$work/p/reg.yaml"
edited n6 'khgen: 1 ' 'khgen: ~
include: [reg.yaml] '
only "control: khgen: ~ in a plan with an include is KH107 alone" "$work/p/n6.yaml" "[KH107]"
sed 's/^recipients: .*/recipients: []/' "$work/p/ex.yaml" >"$work/p/n7.yaml"
check_says "control: recipients: [] is still KH160" "$work/p/n7.yaml" 0 "warning[KH160]: the plan has no 'recipients'"

# ---- 5. a year 0000, the issuer's capitals -------------------------------------
edited d1 'date: 2024-01 ' 'date: 0000-01-01 '
check_says "date: 0000-01-01 says the year" "$work/p/d1.yaml" 1 \
    "error[KH300]: 'date' is '0000-01-01': the year is outside 1900-2999; write the year in full (2025)"
edited d2 'date: 2024-01 ' 'date: 2024-02-30 '
check_says "control: 2024-02-30 still says the day and the month" "$work/p/d2.yaml" 1 \
    "'date' is not a real date: '2024-02-30'; check the day and the month"
edited g1 '  issuer: [' '  governing_body: ubnd tỉnh bắc giang
  issuer: ['
check_says "governing_body in small letters is KH178" "$work/p/g1.yaml" 0 \
    "warning[KH178]: the governing_body line 'ubnd tỉnh bắc giang' is not in capitals: Nghị định 30 prints the names of the issuing body and of the body above it in capitals; write 'UBND TỈNH BẮC GIANG'"
edited g2 '[ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]' '[Ủy ban nhân dân, HUYỆN YÊN THẾ]'
check_says "an issuer's line with small letters is KH178" "$work/p/g2.yaml" 0 \
    ":5:12: warning[KH178]: the issuer line 'Ủy ban nhân dân' is not in capitals"
edited g3 '  issuer: [' '  governing_body: UBND TỈNH BẮC GIANG
  issuer: ['
"$khgen" check "$work/p/g3.yaml" >/dev/null 2>"$work/g3.err"
if [ $? -eq 0 ] && [ ! -s "$work/g3.err" ]; then
    ok "control: governing_body UBND TỈNH BẮC GIANG is silent"
else
    not_ok "control: governing_body in capitals: $(head -c 300 "$work/g3.err")"
fi

# ---- 6. invisible and private use characters -----------------------------------
: >"$work/u.got"
: >"$work/u.want"
for cp in 00AD FE00 FE0F 115F 1160 3164 FFA0 034F 180E FFF9 FFFB E000 F8FF; do
    $py - "$work/p/ex.yaml" "$work/p/u$cp.yaml" "$cp" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.replace('name: Phòng Tài chính', 'name: Phòng Tài' + chr(int(sys.argv[3], 16)) + ' chính', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    "$khgen" check "$work/p/u$cp.yaml" >/dev/null 2>"$work/u.err"
    echo "$cp $? $(grep -c "^$work/p/u$cp.yaml:25:31: warning\[KH020\]: .*U+$cp" "$work/u.err")" >>"$work/u.got"
    echo "$cp 0 1" >>"$work/u.want"
done
same u "soft hyphen, variation selectors, Hangul fillers, U+034F, U+180E, U+FFF9-FFFB, private use: KH020 at the character, the plan still built"
$py - "$work/p/ex.yaml" "$work/p/pua.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.replace('name: Phòng Tài chính', 'name: Phòng T\uf0e0i chính', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
check_says "a private use character has words of its own" "$work/p/pua.yaml" 0 \
    "warning[KH020]: private use character U+F0E0 (a symbol or old Vietnamese font's, pasted without its font)"
"$khgen" build -f md -o - "$work/p/pua.yaml" 2>/dev/null | grep -q "Phòng T$(printf '\357\203\240')i chính" &&
    ok "control: a private use character is kept in the document, as the zero-width ones" ||
    not_ok "control: a private use character is kept in the document"
# the echoed source line: U+200B and a tag character shown as U+FFFD, not raw
$py - "$work/p/ex.yaml" "$work/p/echo.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.replace('name: Phòng Tài chính', 'name: Phòng Tài\u200b chính\U000e0041', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$work/p/echo.yaml" >/dev/null 2>"$work/echo.err"
zwsp=$(printf '\342\200\213')
tag=$(printf '\363\240\201\201')
if grep -q "KH020" "$work/echo.err" && ! grep -q "$zwsp" "$work/echo.err" && ! grep -q "$tag" "$work/echo.err" &&
    grep -q "Phòng Tài$(printf '\357\277\275') chính$(printf '\357\277\275')" "$work/echo.err"; then
    ok "the echoed source line shows U+200B and a tag character as U+FFFD, not raw"
else
    not_ok "the echoed source line: $(grep -n 'name: Phòng' "$work/echo.err" | od -c | head -5)"
fi
# the caret stays under the character
if grep -A1 "^ *25 | " "$work/echo.err" | sed -n 2p | grep -q '^ *| \{31\}^'; then
    ok "control: the caret under the echoed character"
else
    not_ok "control: the caret: $(grep -A1 '^ *25 | ' "$work/echo.err" | head -4)"
fi

# ---- 7. KH901 by its error ------------------------------------------------------
mkdir -p "$work/ro"
cp "$work/p/ex.yaml" "$work/ro.yaml"
chmod 555 "$work/ro"
chmod 755 "$work"
if [ "$(id -u)" -ne 0 ]; then
    "$khgen" build -f md -o "$work/ro" "$work/ro.yaml" >/dev/null 2>"$work/ro.err"
    s=$?
elif command -v su >/dev/null 2>&1 && su nobody -s /bin/sh -c true 2>/dev/null; then
    chmod 755 "$(dirname "$work")" 2>/dev/null
    su nobody -s /bin/sh -c "'$khgen' build -f md -o '$work/ro' '$work/ro.yaml'" >/dev/null 2>"$work/ro.err"
    s=$?
else
    s=skip
fi
if [ "$s" = skip ]; then
    echo "# skipped (not counted): a directory root may not write in needs another user"
elif [ "$s" -eq 3 ] && grep -q "error\[KH901\]: cannot write '$work/ro/ro.md': .*: you may not write in '$work/ro'; write to a directory you may write in (-o)" "$work/ro.err" &&
    ! grep -q "free space" "$work/ro.err"; then
    ok "KH901 on a directory the user may not write in says so, not free space"
else
    not_ok "KH901 read-only: status $s: $(head -c 300 "$work/ro.err")"
fi
chmod 755 "$work/ro"
# a full device (a tmpfs of 24 KiB), and read-only: only root mounts one
mkdir -p "$work/full"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=24k tmpfs "$work/full" 2>/dev/null; then
    "$khgen" build -o "$work/full" "$work/ro.yaml" >/dev/null 2>"$work/full.err"
    s=$?
    left=$(ls -A "$work/full" | grep -v '^\.' | wc -l)
    if [ $s -eq 3 ] && grep -q "No space left on device: the device (or your quota) is full; free space on it, or give an output directory (-o) on another device" "$work/full.err" &&
        [ "$left" -eq 0 ]; then
        ok "KH901 on a full device says so, nothing written"
    else
        not_ok "KH901 full: status $s, $left files: $(head -c 300 "$work/full.err")"
    fi
    mount -o remount,ro "$work/full"
    "$khgen" build -f md -o "$work/full" "$work/ro.yaml" >/dev/null 2>"$work/full.err"
    if [ $? -eq 3 ] && grep -q "Read-only file system: the directory is on a read-only file system; give an output directory (-o) on a writable one" "$work/full.err"; then
        ok "KH901 on a read-only file system says so"
    else
        not_ok "KH901 read-only file system: $(head -c 300 "$work/full.err")"
    fi
    umount "$work/full"
else
    echo "# skipped (not counted): a full or read-only tmpfs needs root to mount"
fi

# ---- 8. the closing's year ------------------------------------------------------
edited y1 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    'closing: Trên đây là Kế hoạch năm 2023 của UBND huyện.'
check_says "closing 'Kế hoạch năm 2023' in the plan of 2024 is KH315" "$work/p/y1.yaml" 0 \
    ":63:10: warning[KH315]: the closing names the plan 'Kế hoạch năm 2023' but the plan is for 2024: a year left from the plan it was copied from? write the plan's year, or {year} to follow it"
edited y2 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' \
    'closing: Trên đây là kế hoạch thực hiện nông thôn mới năm 2023 của UBND huyện.'
check_says "closing 'kế hoạch thực hiện nông thôn mới năm 2023' is KH315" "$work/p/y2.yaml" 0 \
    "warning[KH315]: the closing names the plan 'kế hoạch thực hiện nông thôn mới năm 2023'"
: >"$work/y3.err"
for c in "Trên đây là Kế hoạch thực hiện giai đoạn 2021-2025 năm 2023." \
    "Trên đây là Kế hoạch thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2023 năm 2023." \
    "Trên đây là Kế hoạch năm 2024, kết quả năm 2023." \
    "Trên đây là Kế hoạch năm 2021-2025 của UBND huyện." \
    "Trên đây là Kế hoạch thực hiện Chỉ thị năm 2023." \
    "Trên đây là Kế hoạch năm {year}; kết quả năm 2023 đã báo cáo." \
    "Kết quả năm 2023 là cơ sở của Kế hoạch này."; do
    edited y3 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.' "closing: \"$c\""
    "$khgen" check "$work/p/y3.yaml" >/dev/null 2>>"$work/y3.err" || echo "status $?" >>"$work/y3.err"
done
if [ ! -s "$work/y3.err" ]; then
    ok "control: a range, a cited document's year, a year of the plan's, another kind, {year}: silent"
else
    not_ok "control: closings: $(head -c 500 "$work/y3.err")"
fi

# ---- controls: README's example, plans/, the seeds' plans ----------------------
: >"$work/ctl.err"
for f in "$work/p/ex.yaml" plans/*.yaml tests/e2e/plans/*.yaml; do
    "$khgen" check "$f" >/dev/null 2>>"$work/ctl.err"
done
for s in tests/seeds/*.txt; do
    n=$(basename "$s" .txt)
    "$khgen" import --force -o "$work/seed-$n.yaml" "$s" >/dev/null 2>&1 || not_ok "setup: import $s"
    "$khgen" check "$work/seed-$n.yaml" >/dev/null 2>>"$work/ctl.err"
done
if ! grep -q 'KH124\|KH178\|KH173\|KH161\|KH315\|KH020\|KH901' "$work/ctl.err"; then
    ok "control: README's example, plans/, the e2e plans and the seeds' plans get none of the new warnings"
else
    not_ok "control: $(grep 'KH124\|KH178\|KH173\|KH161\|KH315\|KH020' "$work/ctl.err" | head -5)"
fi

# ---- time: each new loop at its worst shape (4n) -------------------------------
$py - "$work" <<'PY'
import sys
w = sys.argv[1]
ex = open(w + '/p/ex.yaml', encoding='utf-8').read()
for n, sfx in ((10000, '-n'), (40000, '')):
    # yes/no words: a text_or_list of n items
    open(w + '/t-bool' + sfx + '.yaml', 'w', encoding='utf-8').write(
        ex.replace('issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]',
                   'issuer: [' + ', '.join(['ỦY BAN'] * n) + ']', 1))
    # a basis number of n parts in small Vietnamese letters; n commas at its end
    open(w + '/t-symbol' + sfx + '.yaml', 'w', encoding='utf-8').write(
        ex.replace('number: 263/QĐ-TTg', 'number: "263/' + '-'.join(['đư'] * n) + '"', 1))
    open(w + '/t-mark' + sfx + '.yaml', 'w', encoding='utf-8').write(
        ex.replace('number: 263/QĐ-TTg', 'number: "263/QĐ-TTg' + ',' * (4 * n) + '"', 1))
    # an issuer line of n capitals outside ASCII, its last letter small
    open(w + '/t-caps' + sfx + '.yaml', 'w', encoding='utf-8').write(
        ex.replace('HUYỆN YÊN THẾ]', '"' + 'Ủ' * (4 * n) + 'a"]', 1))
    # the closing: "Kế hoạch " n times, then "năm" n times with digits between
    open(w + '/t-closing' + sfx + '.yaml', 'w', encoding='utf-8').write(
        ex.replace('closing: Trên đây là Kế hoạch năm {year} của UBND huyện.',
                   'closing: "' + 'Kế hoạch x năm ' * n + 'Kế hoạch ' * n + 'năm 1 ' * n + '"', 1))
    # invisible characters: 4n soft hyphens and private use characters
    open(w + '/t-hidden' + sfx + '.yaml', 'w', encoding='utf-8').write(
        ex.replace('name: Phòng Tài chính', 'name: "Phòng Tài' + '\u00ad\ue000' * (2 * n) + '"', 1))
PY
# each at n and 4n (scaling_case): 4n alone against a second stood at
# 0.59-0.83 s of CPU on loaded CI machines (session 45's list); a loop
# gone quadratic is 16 times n, and past the limit at 4n besides
for t in bool symbol mark caps closing hidden; do
    scaling_case "time: the $t check at its worst shape, n and 4n" \
        "$timed" check "$work/t-$t-n.yaml" -- "$timed" check "$work/t-$t.yaml"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
