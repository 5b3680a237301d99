#!/bin/sh
# tests/hardening/low34.sh KHGEN WORKDIR - session 33's LOW leftovers
# (issue 8), each failing before its fix unless called a guard (s34low):
#  1  `init "Quan Son"` (Quan Sơn, a district, typed without marks) was
#     read as the kind quận and the name "Son": "QUẬN SON", "UBND quận
#     Son". A one-word kind typed without marks ("Quan", "Xa", "Tinh") is
#     the kind only before a number or a name of two words or more
#     ("Quan 1", "Xa Dong Huu": guards); otherwise the name as typed,
#     with a note (en, vi).
#  2  import of a .txt: "1. Dự án 1: Hỗ trợ ... các thôn khó khăn." (a
#     heading that ends in ".") became the clause "Dự án 1" with the
#     project's name as its text; a title ending in an item's number stays
#     whole. Guards: "Cấp thôn, bản: Phấn đấu ... ." and "Đến năm 2025:
#     Phấn đấu ... ." still split into title and text.
#  3  a "<br>" line between a Biểu's title and its table (a .txt's: the
#     fuzz reproducer of session 33) became the note "\n" with a review
#     comment quoting it; a blank note is no note. Guards: a .md's "<br>"
#     line there (the .md reader drops it: no note before either), and a
#     line "Nguồn<br>số liệu" there is still the note, its comment escaped.
#  4  a sheet name cut at 31 UTF-16 units parted a letter from its
#     combining mark ("x" + U+0303 at unit 31): cut before the letter;
#     the " (2)" cut too. Guard: a label in decomposed Vietnamese (NFD)
#     names its sheet in NFC.
#  5  `convert --from utf-32le` / `utf-32be` were unknown encodings though
#     convert recognises UTF-32 itself; now accepted, and listed in the
#     usage error (en, vi) and --help.
#  6  a read-only (0444) output was replaced keeping its mode; now no
#     writer replaces a file its owner may not write: build (the whole
#     set: nothing written), import -o, new -o, init -o, diff -o and
#     convert -o, even with --force: KH901 "read-only" (en, vi). Guard: a
#     0600 output is still replaced and stays 0600.
#  7  a bare URL in a plan's text became a link in a GFM view of the .md
#     (pandoc -f gfm; GitHub's cmark-gfm), plain in the HTML and .docx:
#     now "https\://", "www\." in the .md; cmark reads the same text as
#     the HTML prints; a URL in a code span is left as it is (guard).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
here=$(cd "$(dirname "$0")" && pwd)
plans=$here/../../plans
W=$work/w
mkdir -p "$W"

# ---- 1: init "Quan Son" -------------------------------------------------------------------
# (--year 2025: a district's name and the district's default level are of
# the years before the two-tier local government; from 2026 a NAME of a
# quận is refused, and the default level is a commune's: s42domain)
"$khgen" init --year 2025 "Quan Son" -o "$W/qs.yaml" >/dev/null 2>"$W/qs.err"
if grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, HUYỆN QUAN SON\]' "$W/qs.yaml" &&
    grep -q '^  issuer_short: UBND huyện Quan Son$' "$W/qs.yaml" &&
    grep -q "'Quan Son' is read as a name, its first word not as the kind 'quận'" "$W/qs.err"; then
    ok "1 init 'Quan Son': the district Quan Son (HUYỆN QUAN SON), not 'quận Son', with a note"
else
    not_ok "1 init 'Quan Son': $(grep -n 'issuer' "$W/qs.yaml" | head -3 | tr '\n' '|') $(head -c 300 "$W/qs.err")"
fi
"$khgen" --lang vi init --year 2025 "Quan Son" -o - 2>"$W/qs.vi" >/dev/null
if grep -q "'Quan Son' được hiểu là một tên" "$W/qs.vi"; then
    ok "1 init 'Quan Son': the note in Vietnamese"
else
    not_ok "1 vi: $(head -c 300 "$W/qs.vi")"
fi
"$khgen" init --year 2025 "Quan 1" -o - 2>/dev/null | grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, QUẬN 1\]' &&
    "$khgen" init --level xa "Xa Dong Huu" -o - 2>/dev/null | grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, XÃ DONG HUU\]' &&
    "$khgen" init --year 2025 "Tinh Bien" -o - 2>/dev/null | grep -q '^  issuer: \[ỦY BAN NHÂN DÂN, HUYỆN TINH BIEN\]'
if [ $? -eq 0 ]; then
    ok "1 guard: 'Quan 1' a quận, 'Xa Dong Huu' a xã; 'Tinh Bien' a name"
else
    not_ok "1 guard: Quan 1 / Xa Dong Huu / Tinh Bien"
fi

# ---- 2: a "Dự án 1: ..." heading ending in "." ----------------------------------------------
{
    printf 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
    printf 'Độc lập - Tự do - Hạnh phúc\n\nĐồng Hưu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\nRà soát hộ nghèo\n\n'
    printf 'I. NHIỆM VỤ\n\n'
    printf '1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các thôn khó khăn.\n'
    printf 'Đầu tư 45 công trình giao thông nông thôn trên địa bàn xã trong năm 2024.\n\n'
    printf '2. Cấp thôn, bản: Phấn đấu có thêm 04 thôn đạt chuẩn nông thôn mới trong năm.\n\n'
    printf '3. Đến năm 2025: Phấn đấu có thêm 02 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n'
    printf '\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n'
} >"$W/da.txt"
"$khgen" import "$W/da.txt" -o "$W/da.yaml" >/dev/null 2>&1
if grep -q '^      - clause: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các thôn khó khăn\."$' "$W/da.yaml" &&
    ! grep -q '^      - clause: Dự án 1$' "$W/da.yaml"; then
    ok "2 a heading 'Dự án 1: ... khó khăn.' ending in '.' stays one clause title"
else
    not_ok "2 $(sed -n '/^body:/,/^signature:/p' "$W/da.yaml" | head -12 | tr '\n' '|')"
fi
if grep -q '^      - clause: Cấp thôn, bản$' "$W/da.yaml" &&
    grep -q '^        text: Phấn đấu có thêm 04 thôn' "$W/da.yaml" &&
    grep -q '^      - clause: Đến năm [{0-9]' "$W/da.yaml"; then
    ok "2 guard: 'Cấp thôn, bản: Phấn đấu ... .' and 'Đến năm 2025: ...' split into title and text"
else
    not_ok "2 guard: $(sed -n '/^body:/,/^signature:/p' "$W/da.yaml" | tr '\n' '|' | head -c 700)"
fi

# ---- 3: a <br> line between a Biểu's title and its table ------------------------------------
tail -c +2 "$here/../fuzz/crashes/import_text/review-note-line-break" >"$W/br.txt"
"$khgen" import -o "$W/br.yaml" "$W/br.txt" >/dev/null 2>&1
"$khgen" check "$W/br.yaml" >/dev/null 2>"$W/br.err"
if ! grep -q 'KH005' "$W/br.err" && ! grep -q '^    note:' "$W/br.yaml" &&
    ! grep -q 'stood between the title' "$W/br.yaml"; then
    ok "3 a .txt's '<br>' line above a Biểu's table is no note (was a note of a line break)"
else
    not_ok "3 txt: $(grep -n 'note\|stood' "$W/br.yaml" | head -3 | tr '\n' '|')"
fi
"$khgen" build -f md -o "$W/bt" "$plans/binh-trung-2024.yaml" >/dev/null 2>&1
sed 's/^| STT | Tên tiêu chí/<br>\n\n&/' "$W/bt/binh-trung-2024.md" >"$W/brmd.md"
"$khgen" import -o "$W/brmd.yaml" "$W/brmd.md" >/dev/null 2>&1
if grep -q '^<br>$' "$W/brmd.md" && grep -q '^    note: Biểu tổng hợp từ mục' "$W/brmd.yaml" &&
    ! grep -q 'stood between the title' "$W/brmd.yaml"; then
    ok "3 guard: a .md's '<br>' line above a Biểu's table is no note: the table's own note stays as it was"
else
    not_ok "3 md: $(grep -n 'note:\|stood' "$W/brmd.yaml" | head -3 | tr '\n' '|')"
fi
sed 's/^<br>$/Nguồn<br>số liệu/' "$W/br.txt" >"$W/br2.txt"
"$khgen" import -o "$W/br2.yaml" "$W/br2.txt" >/dev/null 2>&1
"$khgen" check "$W/br2.yaml" >/dev/null 2>"$W/br2.err"
if ! grep -q 'KH005' "$W/br2.err" && grep -q '^    # review: "Nguồn\\x0Asố liệu" stood between' "$W/br2.yaml" &&
    grep -q '^    note: "Nguồn\\nsố liệu"$' "$W/br2.yaml"; then
    ok "3 guard: a line with words and a <br> there is the note, its review comment escaped; the plan loads"
else
    not_ok "3 guard: $(grep -n 'note\|stood' "$W/br2.yaml" | head -3 | tr '\n' '|')"
fi

# ---- 4: a sheet name cut between a letter and its combining mark -----------------------------
# label LABEL2 LABEL OUT: binh-trung with its Biểu labelled LABEL and, with
# LABEL2 not empty, a second Biểu so labelled
label() {
    /usr/bin/python3 - "$plans/binh-trung-2024.yaml" "$1" "$2" "$3" <<'PY'
import sys
src, two, one, out = sys.argv[1:5]
s = open(src, encoding='utf-8').read()
s = s.replace('    label: Biểu 01\n', '    label: ' + one + '\n', 1)
if two:
    i = s.index('  - id: bieu01\n')
    s += s[i:].replace('id: bieu01', 'id: bieu02').replace('label: ' + one, 'label: ' + two)
open(out, 'w', encoding='utf-8').write(s)
PY
}
# sheets XLSX: the sheet names of XLSX, one a line, each with its length
sheets() {
    /usr/bin/python3 -c '
import re, sys, zipfile
w = zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml").decode()
for n in re.findall(r"<sheet name=\"([^\"]*)\"", w):
    print("%s|%d" % (n, len(n.encode("utf-16-le")) // 2))' "$1"
}
a18=aaaaaaaaaaaaaaaaaa
x=$(printf 'x\314\203')
label "" "Biểu 01 ${a18}aaaa${x}yz" "$W/m1.yaml"
"$khgen" build -f xlsx -o "$W/m1" "$W/m1.yaml" >/dev/null 2>&1
if [ "$(sheets "$W/m1/m1.xlsx")" = "Biểu 01 ${a18}aaaa|30" ]; then
    ok "4 a sheet name is cut before 'x' + U+0303 at unit 31, not between them"
else
    not_ok "4 cut: $(sheets "$W/m1/m1.xlsx" | od -c | head -5 | tr '\n' ' ')"
fi
label "Biểu 01 ${a18}${x}bbbbbbbbbbd" "Biểu 01 ${a18}${x}bbbbbbbbbbc" "$W/m2.yaml"
"$khgen" build -f xlsx -o "$W/m2" "$W/m2.yaml" >/dev/null 2>&1
if [ "$(sheets "$W/m2/m2.xlsx" | sed -n 2p)" = "Biểu 01 ${a18} (2)|30" ]; then
    ok "4 a second label cut alike: ' (2)' goes before 'x' + U+0303, not between them"
else
    not_ok "4 (2): $(sheets "$W/m2/m2.xlsx" | tr '\n' ' ')"
fi
nfd=$(printf 'Bi\145\314\202\314\211u 01 Danh sa\314\201ch ca\314\201c tho\314\202n phâ\314\201n \304\221a\314\202\314\201u \304\221a\314\243t chua\314\202\314\211n')
label "" "$nfd" "$W/m3.yaml"
"$khgen" build -f xlsx -o "$W/m3" "$W/m3.yaml" >/dev/null 2>&1
if [ "$(sheets "$W/m3/m3.xlsx")" = "Biểu 01 Danh sách các thôn phấn|31" ]; then
    ok "4 guard: a label in decomposed Vietnamese names its sheet in NFC, 31 units"
else
    not_ok "4 NFD: $(sheets "$W/m3/m3.xlsx" | od -c | head -4 | tr '\n' ' ')"
fi

# ---- 5: convert --from utf-32le / utf-32be --------------------------------------------------
printf '\377\376\000\000K\000\000\000\277\036\000\000\n\000\000\000' >"$W/le.txt"
printf '\000\000\000K\000\000\036\277\000\000\000\n' >"$W/be.txt"
"$khgen" convert --from utf-32le "$W/le.txt" -o "$W/le.out" >/dev/null 2>"$W/le.err"
st1=$?
"$khgen" convert --from UTF-32BE "$W/be.txt" -o "$W/be.out" >/dev/null 2>"$W/be.err"
st2=$?
if [ "$st1" -eq 0 ] && [ "$st2" -eq 0 ] && [ "$(cat "$W/le.out")" = "Kế" ] && [ "$(cat "$W/be.out")" = "Kế" ]; then
    ok "5 convert --from utf-32le and --from UTF-32BE convert"
else
    not_ok "5 from: $st1 $st2 $(head -c 200 "$W/le.err") $(head -c 200 "$W/be.err")"
fi
"$khgen" convert --from utf-32 "$W/le.txt" -o - >/dev/null 2>"$W/u.err"
st1=$?
"$khgen" --lang vi convert --from x "$W/le.txt" -o - >/dev/null 2>"$W/u.vi"
"$khgen" convert --help >"$W/help" 2>&1
if [ "$st1" -eq 2 ] && grep -q 'utf-16be, utf-32le, utf-32be or utf-8' "$W/u.err" &&
    grep -q 'utf-32le, utf-32be hoặc utf-8' "$W/u.vi" && grep -q 'utf-32le, utf-32be' "$W/help"; then
    ok "5 the usage error (en, vi) and --help name utf-32le and utf-32be"
else
    not_ok "5 words: $st1 $(head -c 200 "$W/u.err") $(head -c 200 "$W/u.vi")"
fi

# ---- 6: a read-only output is not replaced ---------------------------------------------------
R=$W/ro
mkdir -p "$R"
cp "$plans/binh-trung-2024.yaml" "$R/p.yaml"
"$khgen" build -f md,html -o "$R/out" "$R/p.yaml" >/dev/null 2>&1
chmod 444 "$R/out/p.md"
cp "$R/out/p.html" "$R/html.before"
cp "$R/out/p.md" "$R/md.before"
sed 's/^opening: >-$/opening: >-\n  Mở đầu mới./' "$R/p.yaml" >"$R/p2.yaml" && mv "$R/p2.yaml" "$R/p.yaml"
"$khgen" build -f md,html -o "$R/out" "$R/p.yaml" >/dev/null 2>"$R/build.err"
st=$?
if [ "$st" -eq 3 ] && grep -q "error\[KH901\]: cannot write '.*p\.md': it is read-only (mode 0444)" "$R/build.err" &&
    grep -q 'chmod u+w' "$R/build.err" && cmp -s "$R/html.before" "$R/out/p.html" &&
    cmp -s "$R/md.before" "$R/out/p.md"; then
    ok "6 build over a read-only (0444) .md: KH901 says so, nothing of the set written (exit 3)"
else
    not_ok "6 build: exit $st $(head -c 300 "$R/build.err")"
fi
"$khgen" --lang vi build -f md,html -o "$R/out" "$R/p.yaml" >/dev/null 2>"$R/build.vi"
if grep -q "tệp chỉ đọc (quyền 0444)" "$R/build.vi"; then
    ok "6 the read-only message in Vietnamese"
else
    not_ok "6 vi: $(head -c 300 "$R/build.vi")"
fi
# one-file writers: each over a read-only file, with --force where it takes one
for w in import new init diff convert; do
    printf 'kept\n' >"$R/$w.out"
    chmod 444 "$R/$w.out"
done
printf 'title: Kế hoạch\n' >"$R/c.txt"
"$khgen" import "$R/out/p.md" -o "$R/import.out" --force >/dev/null 2>"$R/import.err"
s_import=$?
"$khgen" new --from "$plans/binh-trung-2024.yaml" --year 2025 -o "$R/new.out" --force >/dev/null 2>"$R/new.err"
s_new=$?
"$khgen" init "Đồng Hưu" -o "$R/init.out" --force >/dev/null 2>"$R/init.err"
s_init=$?
"$khgen" diff -o "$R/diff.out" "$plans/binh-trung-2024.yaml" "$R/p.yaml" >/dev/null 2>"$R/diff.err"
s_diff=$?
"$khgen" convert "$R/c.txt" -o "$R/convert.out" --force >/dev/null 2>"$R/convert.err"
s_convert=$?
bad=
for w in import new init diff convert; do
    eval "st=\$s_$w"
    { [ "$st" -eq 3 ] && [ "$(cat "$R/$w.out")" = kept ] &&
        grep -q "KH901.*it is read-only (mode 0444)" "$R/$w.err"; } || bad="$bad $w:$st:$(head -c 150 "$R/$w.err")"
done
if [ -z "$bad" ]; then
    ok "6 import, new, init, diff and convert -o over a read-only file (--force too): KH901, the file kept"
else
    not_ok "6 one-file writers:$bad"
fi
printf 'private\n' >"$R/priv.yaml"
chmod 600 "$R/priv.yaml"
"$khgen" init "Đồng Hưu" -o "$R/priv.yaml" --force >/dev/null 2>&1
st=$?
if [ "$st" -eq 0 ] && [ "$(stat -c %a "$R/priv.yaml")" = 600 ] && grep -q '^header:' "$R/priv.yaml"; then
    ok "6 guard: a 0600 output is still replaced and stays 0600"
else
    not_ok "6 guard: exit $st mode $(stat -c %a "$R/priv.yaml")"
fi

# ---- 7: a bare URL in a GFM view of the .md ---------------------------------------------------
sed 's|^opening: >-$|opening: >-\n  Xem https://dichvucong.gov.vn/p và www.binhtrung.gov.vn, `https://ma.gov.vn`.|' \
    "$plans/binh-trung-2024.yaml" >"$W/url.yaml"
"$khgen" build -f md,html -o "$W/url" "$W/url.yaml" >/dev/null 2>&1
if command -v pandoc >/dev/null 2>&1; then
    pandoc --wrap=none -f gfm -t html "$W/url/url.md" >"$W/url.gfm" 2>/dev/null
    if grep -q 'Xem https://dichvucong.gov.vn/p và www.binhtrung.gov.vn, <code>https://ma.gov.vn</code>' "$W/url.gfm" &&
        ! grep -q '<a ' "$W/url.gfm"; then
        ok "7 pandoc -f gfm makes no link of a bare URL in the .md (https\\://, www\\.), the code span kept"
    else
        not_ok "7 gfm: $(grep -o '<a [^>]*>' "$W/url.gfm" | head -3 | tr '\n' ' ') $(grep -o 'Xem [^<]*' "$W/url.gfm" | head -1)"
    fi
else
    ok "7 pandoc -f gfm (skipped: no pandoc)"
fi
if command -v cmark >/dev/null 2>&1; then
    h=$(grep -o 'Xem https://dichvucong.gov.vn/p và www.binhtrung.gov.vn, ' "$W/url/url.html" | head -1)
    c=$(cmark "$W/url/url.md" | grep -o 'Xem https://dichvucong.gov.vn/p và www.binhtrung.gov.vn, <code>https://ma.gov.vn</code>' | head -1)
    if [ -n "$h" ] && [ -n "$c" ] && grep -q 'Xem https\\://dichvucong.gov.vn/p và www\\.binhtrung' "$W/url/url.md"; then
        ok "7 cmark reads the .md's escaped URLs as the text the HTML prints"
    else
        not_ok "7 cmark: html '$h' cmark '$c' md $(grep -o 'Xem [^,]*' "$W/url/url.md" | head -1)"
    fi
else
    ok "7 cmark (skipped: no cmark)"
fi

echo "$pass passed, $fail failed"
