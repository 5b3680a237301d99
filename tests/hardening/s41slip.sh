#!/bin/sh
# tests/hardening/s41slip.sh KHGEN WORKDIR - a drafter's slips with no rule
# yet (session 40's s40slip leftovers) and a new black-box round (issue 8:
# "hidden broken plans nobody here has seen; never a silently wrong
# document"), from session 41's sweep s41slip (reproducers in /tmp/s41slip/
# of that session: 662 mutants of plans/, the imported seeds, README's
# example and two plans of figures, edited on a phone, merged by git with
# its conflict left, saved by Excel as CSV, with mixed line ends, a
# tab-indented block, a task in capitals). Every case but the guards fails
# at main 654cfcd1 (before s41slip's fixes); each is one finding:
#  H1  a year in a text typed with a thousands separator ("năm 2.024",
#      "giai đoạn 2,021-2,025", "tháng 12/2.024") printed as typed in every
#      format, exit 0, no message: KH037 at the year, with the year to
#      write;
#  H2  a figure's filter 'data.dan_so>=10,000' counted the localities over
#      ten (the decimal comma's reading) where ten thousand was meant, exit
#      0, no message: KH504, it reads two ways, with the form of each;
#  H3  git's merge conflict left inside a '>' text, its markers indented as
#      the text's lines, printed "<<<<<<< HEAD", both versions and
#      ">>>>>>> ...", exit 0, no message: KH038 at the first marker naming
#      each version's lines, and nothing else;
#  H4  a time typed with a phone's space after its colon ("lúc 08: 00" in a
#      '>' text) printed so, exit 0, no message: KH040 with the time to
#      write ("Chỉ tiêu 17: 25 xã" is no time);
#  H5  a bullet typed with Caps Lock on printed in capitals, exit 0, no
#      message: KH136 (a text of abbreviations is not warned);
#  H6  a locality's kind 'xa4' or a basis's 'QD9' (VNI's keys, the input
#      method off) printed so, exit 0, no message, where Telex's 'xax' and
#      'QDD' were told: KH259 and KH161 name the kind meant;
#  M1  (MEDIUM) the same conflict at a line's start was a YAML error about a
#      missing ':' and indentation: KH038, one message, at the marker;
#  M2  (MEDIUM) a plan saved by Excel as CSV (lines in quotes, their quotes
#      doubled, a ',' for each empty cell) was "text after the end of the
#      document ('...')": KH039 naming the save, one message.
# Guards (pass before too): plans/ and README's example get none of KH037,
# KH038, KH039; a count "2.024 hộ" is no year; a filter '>=10.000' counts;
# a '=======' line in a '|' text outside a conflict is text; a plan
# written in JSON's form, a ',' ending each line, is no CSV.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
. "$top/tests/hardening/exedits.sh"

has() { grep -Eq "$2" "$work/$1.err"; }
errs() { grep -E '(error|warning)\[' "$work/$1.err" | cut -c1-160 | tr '\n' ' '; }
msgs() { grep -Ec '(error|warning)\[' "$work/$1.err"; }

# figplan NAME FILTER: a plan of three localities with data and one figure
# '{count localities FILTER}', as $P/NAME.yaml
figplan() {
    cat >"$P/$1.yaml" <<YAML
khgen: 1
header: {issuer: [ỦY BAN NHÂN DÂN, HUYỆN A], place: A, date: 2024-01, title: Thử nghiệm}
localities:
  - {id: a, name: Xã A, kind: xã, data: {dan_so: 12500}}
  - {id: b, name: Xã B, kind: xã, data: {dan_so: 8300}}
  - {id: c, name: Xã C, kind: xã, data: {dan_so: 9}}
body:
  - para: Có {count localities $2} xã trên 10.000 dân.
YAML
}

# ---- H1: a year typed with a thousands separator -----------------------------
mk h1 'mới trên địa bàn huyện năm 2024' 'mới trên địa bàn huyện năm 2.024' \
    'phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025' \
    'phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2,021-2,025' \
    'text: Tham mưu phân bổ nguồn vốn năm {year}.' 'text: Tham mưu phân bổ nguồn vốn năm {year}, trước tháng 12/2.024; hỗ trợ 2.024 hộ.'
md h1
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
has h1 "h1\.yaml:11:108: warning\[KH037\]: '2\.024' is the year 2024 typed with a thousands separator.*write '2024'" ||
    bad="$bad [title: $(errs h1)]"
has h1 "h1\.yaml:18:86: warning\[KH037\]: '2,021' is the year 2021" || bad="$bad [basis: $(errs h1)]"
has h1 "h1\.yaml:18:92: warning\[KH037\]: '2,025'" || bad="$bad [range's end]"
has h1 "h1\.yaml:49:73: warning\[KH037\]: '2\.024'" || bad="$bad [date: $(errs h1)]"
[ "$(grep -c 'h1\.yaml:49:.*KH037' "$work/h1.err")" -eq 1 ] || bad="$bad [the count '2.024 hộ' warned]"
verdict "H1 'năm 2.024', 'giai đoạn 2,021-2,025', 'tháng 12/2.024' are KH037 at the year; '2.024 hộ' is not"

# ---- H2: a figure's filter compared with '10,000' ----------------------------
figplan h2 'data.dan_so>=10,000'
md h2
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st: $(grep -o 'Có [0-9]* xã' "$work/h2.md")]"
has h2 "h2\.yaml:8:14: error\[KH504\]: 'data\.dan_so' is compared with '10,000', which reads two ways: 10 .*10\.000 .*write 10\.000 for the whole number, or 10 for the decimal" ||
    bad="$bad [$(errs h2)]"
figplan h2b 'data.dan_so>=2,125'
chk h2b
has h2b "write 2\.125 for the whole number, or 2,1250 for the decimal" || bad="$bad [$(errs h2b)]"
verdict "H2 'data.dan_so>=10,000' is KH504 (ten or ten thousand), with the form of each to write"

# ---- H3, M1: a git merge conflict left in the plan ---------------------------
mk h3 '          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
    '          - bullet: >-\n              <<<<<<< HEAD\n              Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.\n              =======\n              Hoàn thành xã {loc dong-lac} đạt chuẩn nông thôn mới kiểu mẫu.\n              >>>>>>> 3f2a1bc (sửa mục tiêu)'
md h3
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
grep -q '<<<<<<<' "$work/h3.md" && bad="$bad [printed the markers]"
has h3 "h3\.yaml:43:15: error\[KH038\]: git left a merge conflict here: lines 43-47 hold two versions .*\(HEAD\) on line 44 and the other \(3f2a1bc \(sửa mục tiêu\)\) on line 46.*delete the three marker lines" ||
    bad="$bad [$(errs h3)]"
[ "$(msgs h3)" -eq 1 ] || bad="$bad [$(msgs h3) messages]"
verdict "H3 a conflict's markers indented inside a '>' text: KH038 at the first, naming each version's lines, not printed"

mk m1 '  place: Yên Thế\n' '<<<<<<< HEAD\n  place: Yên Thế\n=======\n  place: Bố Hạ\n>>>>>>> sua-dia-danh\n'
chk m1
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
has m1 "m1\.yaml:9:1: error\[KH038\]: git left a merge conflict here: lines 9-13 .*\(HEAD\) on line 10 and the other \(sua-dia-danh\) on line 12" ||
    bad="$bad [$(errs m1)]"
[ "$(msgs m1)" -eq 1 ] || bad="$bad [$(msgs m1) messages: $(errs m1)]"
mk m1b '  place: Yên Thế\n' '<<<<<<< HEAD\n  place: Yên Thế\n=======\n>>>>>>> sua-dia-danh\n'
chk m1b
has m1b "m1b\.yaml:9:1: error\[KH038\]: .*\(HEAD\) on line 10 and the other \(sua-dia-danh\) on no line \(deleted on that side\)" ||
    bad="$bad [$(errs m1b)]"
verdict "M1 a conflict at a line's start is one KH038 at its marker, not a YAML error about ':'"

# ---- M2: a plan saved by Excel as CSV -----------------------------------------
/usr/bin/python3 - "$P/ex.yaml" "$P/m2.yaml" <<'PY'
import sys
out = []
for l in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    out.append('"' + l.replace('"', '""') + '",,' if (',' in l or '"' in l) else l + ',,' if l else l)
open(sys.argv[2], 'w', encoding='utf-8').write('\ufeff' + '\r\n'.join(out))
PY
chk m2
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st]"
has m2 "m2\.yaml:[0-9]+:1: error\[KH039\]: this file is a plan written by a spreadsheet saved as CSV" || bad="$bad [$(errs m2)]"
[ "$(msgs m2)" -eq 1 ] || bad="$bad [$(msgs m2) messages]"
verdict "M2 README's example saved by Excel as CSV is one KH039 naming the save"

# ---- H4: a time typed with a phone's space after its colon --------------------
mk h4 '          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
    '          - bullet: >-\n              Họp lúc 08: 00 ngày 15/3 tại xã {loc dong-lac}; Chỉ tiêu 17: 25 xã.'
md h4
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
has h4 "h4\.yaml:43:23: warning\[KH040\]: '08: 00' is a time typed with a space after its ':'.*write '08:00'" ||
    bad="$bad [$(errs h4)]"
[ "$(grep -c 'KH040' "$work/h4.err")" -eq 1 ] || bad="$bad ['17: 25 xã' warned]"
verdict "H4 'lúc 08: 00' in a '>' text is KH040 with '08:00'; 'Chỉ tiêu 17: 25 xã' is no time"

# ---- H5: a bullet written all in capitals -------------------------------------
mk h5 '          - bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' \
    '          - bullet: HOÀN THÀNH XÂY DỰNG XÃ {loc dong-huu tan-hiep} ĐẠT CHUẨN NÔNG THÔN MỚI.\n          - bullet: UBND, HĐND, MTQG.'
md h5
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
has h5 "h5\.yaml:41:21: warning\[KH136\]: this 'bullet' is written all in capitals.*Caps Lock" || bad="$bad [$(errs h5)]"
[ "$(grep -c 'KH136' "$work/h5.err")" -eq 1 ] || bad="$bad [abbreviations or a section warned: $(errs h5)]"
verdict "H5 a bullet in capitals is KH136; a text of abbreviations and the sections' capitals are not"

# ---- H6: a kind typed with VNI's keys ------------------------------------------
mk h6 '  - {id: dong-lac, name: Đồng Lạc, kind: xã,' '  - {id: dong-lac, name: Đồng Lạc, kind: xa4,' \
    '  - kind: Quyết định' '  - kind: QD9'
chk h6
bad=
has h6 "h6\.yaml:34:42: warning\[KH259\]: the kind of this locality, 'xa4', is 'xã' typed in VNI" || bad="$bad [$(errs h6)]"
has h6 "h6\.yaml:14:5: warning\[KH161\]: the kind of this legal basis, 'QD9', is 'QĐ' typed in VNI" || bad="$bad [basis]"
verdict "H6 a kind typed with VNI's keys ('xa4', 'QD9') is told the kind meant, as Telex's"

# ---- guards -------------------------------------------------------------------
bad=
for f in "$top"/plans/*.yaml "$P/ex.yaml" "$top/tests/hardening/formats11-wide.yaml"; do
    "$khgen" check "$f" >/dev/null 2>"$work/g1.err"
    grep -Eq 'KH037|KH038|KH039' "$work/g1.err" && bad="$bad [$f: $(errs g1)]"
done
verdict "G1 plans/, README's example and a plan in JSON's form: no KH037, KH038, KH039"
figplan g2 'data.dan_so>=10.000'
md g2
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st: $(errs g2)]"
grep -q 'Có 1 xã trên' "$work/g2.md" || bad="$bad [$(grep -o 'Có [0-9]* xã' "$work/g2.md")]"
mk g2b '          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
    '          - bullet: |\n              Tiêu đề\n              =======\n              Hoàn thành xã {loc dong-lac}.'
chk g2b
[ "$st" -eq 0 ] || bad="$bad [g2b status $st: $(errs g2b)]"
verdict "G2 '>=10.000' counts one; a '=======' line in a '|' text outside a conflict is text"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
