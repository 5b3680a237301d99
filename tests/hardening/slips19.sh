#!/bin/sh
# tests/hardening/slips19.sh KHGEN WORKDIR - what session 19 fixed of the
# silent passes slips.py found over its varied base (tests/hardening/
# slips-vary; issue 8: 18 mutants that exited 0 with another document, or
# an error at the wrong place). Each is a one-line slip:
#  - a `data:` key misspelt in one locality (`dan_s0` for `dan_so`): its
#    cell blank, the total smaller, status 0; now KH260 at the key, "did
#    you mean 'dan_so'?", for a task's `data:` too; when it was the only
#    locality with the key, the column's KH614 stands with it, and the
#    warning says which locality lost it; `x: ~` of that only locality
#    was KH614 at the column too, and is now an empty value as `x: ""` is;
#  - `totals: ""`, `totals:` alone or `totals: "   "`: no totals row,
#    status 0; now KH165 at the line, saying how to say none;
#  - `heading:` cut to nothing: an untitled group row; now KH165;
#  - `- task: Hỗ trợ xã` cut to `- task:` above its text (two lines read as
#    one: the text printed as the task's line); now KH165;
#  - an indicator `1.234` (a number with the thousands dot) of a criterion
#    whose indicators the catalog leaves out, printed "Chỉ tiêu 1.234"; now
#    KH403, an error;
#  - slips.py judged a cut registry line that changes an entry's id by that
#    line only, though the errors rightly stand at the id's uses in the
#    plan; it now credits them (shared_registry-253); and it took an
#    emptied group row's `heading` for a harmless written cell.
# The last case replays those 18 mutants and the 3 emptied headings with
# slips.py. Each case fails
# with the binary before the fix (main at 3a0fdbe), the last with its
# slips.py too.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
mkdir -p "$work/p"

# a plan with a generated table over the localities' data and a task's
# data summed in the text; the slip is given as OLD NEW pairs
cat >"$work/p/base.yaml" <<'YAML'
khgen: 1
import: [qd318-xa-ntm]
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN AN BÌNH]
  issuer_short: UBND huyện An Bình
  place: An Bình
  date: 2024-03-05
  title: Thực thi thử năm 2024
units:
  - {id: a, name: Phòng A}
localities:
  - {id: dong-hoa, name: Đông Hòa, kind: xã, data: {dan_so: 1200}}
  - {id: binh-son, name: Bình Sơn, kind: xã, data: {dan_so: 900}}
  - {id: tan-an, name: Tân An, kind: xã, data: {dan_so: 700, ho_ngheo: 12}}
body:
  - section: NHIỆM VỤ
    items:
      - task: Hỗ trợ xã
        text: Hỗ trợ {loc dong-hoa binh-son tan-an}; {sum tasks data.kinh_phi} triệu đồng.
        lead: a
        data: {kinh_phi: 120}
        assign:
          - {unit: a, indicators: [1.2]}
      - task: Theo dõi
        text: Theo dõi.
        lead: a
        data: {kinh_phi: 80}
      - para: Xem {att b1} và {att b2}.
attachments:
  - id: b1
    label: Biểu 01
    title: Dân số
    columns:
      - stt
      - {key: name, header: Xã}
      - {key: dan_so, header: Dân số, type: int, total: true}
      - {key: ho_ngheo, header: Hộ nghèo, type: int}
    rows: {from: localities}
    totals: Tổng cộng
  - id: b2
    label: Biểu 02
    title: Hộ nghèo
    columns:
      - stt
      - {key: ten, header: Nội dung}
      - {key: n, header: Số hộ, type: int, total: true}
    rows:
      - heading: Xã khu vực I
      - {ten: Đông Hòa, n: 12}
    totals: true
YAML
"$khgen" check "$work/p/base.yaml" >/dev/null 2>"$work/err" && [ ! -s "$work/err" ] ||
    not_ok "setup: the base plan does not check clean: $(head -c 300 "$work/err")"

. "$top/tests/hardening/slipcases.sh"

# ---- a data key misspelt in one entry (KH260) --------------------------------
slip key-typo '{dan_so: 1200}' '{dan_s0: 1200}'
at key-typo 12:53 KH260 0
grep -qF "did you mean 'dan_so'?" "$work/err.key-typo" && ok "... it names the key meant" ||
    not_ok "... the key meant not named: $(head -c 300 "$work/err.key-typo")"
slip key-diacritic '{dan_so: 900}' '{dân_so: 900}'
at key-diacritic 13:53 KH260 0
# the only locality with ho_ngheo lost it: the column's KH614, and the
# warning at the locality that says which
slip key-only '{dan_so: 700, ho_ngheo: 12}' '{dan_so: 700, ho_nghen: 12}'
at key-only 14:62 KH260 1
grep -q "key-only.yaml:37:15: error\[KH614\]" "$work/err.key-only" && ok "... with the column's KH614" ||
    not_ok "... no KH614 at the column: $(head -c 400 "$work/err.key-only")"
slip task-key '{kinh_phi: 120}' '{kinh_ph: 120}'
at task-key 21:16 KH260 0
# `ho_ngheo: ~` of the only locality with it: an empty value, as "" is,
# not "no such field" at the column (KH614)
slip null-value '{dan_so: 700, ho_ngheo: 12}' '{dan_so: 700, ho_ngheo: ~}'
"$khgen" check "$work/p/null-value.yaml" >/dev/null 2>"$work/err"
st=$?
[ "$st" -eq 0 ] && ! grep -q KH614 "$work/err" && ok "a data value ~ is an empty value: status 0, no KH614" ||
    not_ok "a data value ~: status $st, $(head -c 300 "$work/err")"

# ---- a value left blank where one was meant (KH165) --------------------------
slip totals-quoted '    totals: Tổng cộng' '    totals: ""'
at totals-quoted 39:13 KH165 0
slip totals-bare '    totals: Tổng cộng' '    totals:'
at totals-bare 39:12 KH165 0
slip totals-spaces '    totals: true' '    totals: "   "'
at totals-spaces 50:13 KH165 0
slip heading-cut '      - heading: Xã khu vực I' '      - heading:'
at heading-cut 48:17 KH165 0
slip task-cut '      - task: Hỗ trợ xã' '      - task:'
at task-cut 18:14 KH165 0

# ---- an indicator written as a number with the thousands dot (KH403) ---------
slip indicator '{unit: a, indicators: [1.2]}' '{unit: a, indicators: [1.234]}'
at indicator 23:36 KH403 1
rm -rf "$work/out"
"$khgen" build -f md -o "$work/out" "$work/p/indicator.yaml" >/dev/null 2>&1
[ ! -e "$work/out/indicator.md" ] && ok "... and the build writes nothing" ||
    not_ok "... the build wrote $(ls "$work/out")"

# ---- session 18's 18 silent or misplaced mutants, replayed -------------------
ids=vary-2025-320,vary-2025-321,vary-2025-329,vary-2025-330,vary-2025-333,vary-2025-416
ids=$ids,vary-2025-417,vary-2025-657,vary-2025-660,vary-2025-1192,vary-2025-1193
ids=$ids,vary-2025-1358,vary-2025-1359,vary-2025-1825,vary-2025-1854,vary-2025-2020
ids=$ids,vary-2025-2063,shared_registry-253
# and the three emptied headings slips.py took for harmless written cells
ids=$ids,vary-2025-1319,vary-2025-1320,vary-2025-1321
$py "$top/tests/hardening/slips.py" "$khgen" "$work/slips" --only "$ids" >"$work/slips.out" 2>&1
if grep -q '^21 passed, 0 failed$' "$work/slips.out"; then
    ok "slips.py: session 18's 18 failing mutants of the varied base and 3 emptied headings pass"
else
    not_ok "slips.py: $(grep -E '^not ok|passed' "$work/slips.out" | cut -c1-200 | head -8)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
