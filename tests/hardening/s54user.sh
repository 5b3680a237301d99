#!/bin/sh
# tests/hardening/s54user.sh KHGEN WORKDIR - session 54's new user: the IT
# officer and the văn thư of UBND phường Sài Gòn (Thành phố Hồ Chí Minh, a
# ward since 1 July 2025), the README only, then doc/: the ward's plan of
# 2026 for đô thị văn minh, its khu phố, a Biểu per khu phố, the five
# formats, git with khgen's diff driver, a colleague's LibreOffice edit
# imported and reviewed. Each case fails at e9b37102 (session 54's start)
# unless it is named a guard:
#  F1   a Biểu whose columns say `total: true` but which has no `totals:`
#       line printed its rows alone, in every format, exit 0 and no word:
#       the households per khu phố the ward asked to sum were summed
#       nowhere. Now KH641 at the first such column's `total`, with the
#       `totals: true` to add; -Werror refuses the plan.
#  F1g  (guard) `totals: true` prints the row "Tổng cộng" with the sums,
#       `totals: false` is the drafter's choice, and a preset's column
#       (locality-criteria, whose preset has its totals; a --templates
#       preset without one, whose file is the province's) is not the
#       drafter's: none of them is warned.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ward WHERE TOTALS_LINE: the ward's plan, its Biểu 01 of households per
# khu phố with two columns to sum, and TOTALS_LINE ("" for none) under it
ward() {
    cat >"$1" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG SÀI GÒN]
  issuer_short: UBND phường Sài Gòn
  number: ""
  code: KH-UBND
  place: Sài Gòn
  date: 2026-01
  title: Xây dựng đô thị văn minh năm {year} trên địa bàn phường Sài Gòn
bases:
  - text: Căn cứ tình hình thực tế của địa phương
opening: "UBND phường xây dựng Kế hoạch năm {year}, như sau:"
units:
  - {id: vhxh, name: Phòng Văn hóa - Xã hội}
localities:
  - {id: kp1, name: "Khu phố 1", kind: khu phố}
  - {id: kp2, name: "Khu phố 2", kind: khu phố}
body:
  - section: MỤC TIÊU
    items:
      - bullet: "{loc kp1 kp2} đạt chuẩn \"Khu phố văn minh đô thị\" ({att bieu01} đính kèm)."
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - task: ""
        text: "{unit vhxh} hướng dẫn các khu phố đăng ký."
        lead: vhxh
        due: 2026-11
        show: [due]
closing: Trên đây là Kế hoạch năm {year} của UBND phường Sài Gòn.
recipients: [UBND Thành phố, Các khu phố, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Trần Văn Bình
attachments:
  - id: bieu01
    label: Biểu 01
    title: Số hộ đạt Gia đình văn hóa năm {year}
    columns:
      - {key: stt, type: stt, header: TT}
      - {key: kp, header: Khu phố}
      - {key: so_ho, header: Số hộ, type: int, total: true}
      - {key: ho_vh, header: Số hộ đạt Gia đình văn hóa, type: int, total: true}
    rows:
      - {kp: Khu phố 1, so_ho: 412, ho_vh: 398}
      - {kp: Khu phố 2, so_ho: 385, ho_vh: 370}
YAML
    [ -n "$2" ] && printf '    %s\n' "$2" >>"$1"
    return 0
}

# ---- F1: total: true in a table with no totals line -----------------------------------
bad=
mkdir -p "$work/f1"
ward "$work/f1/p.yaml" ""
"$khgen" check "$work/f1/p.yaml" >"$work/f1/check.out" 2>&1
st=$?
[ "$st" -eq 0 ] || bad="$bad [check exit $st, want 0: a warning]"
grep -q '^.*/p\.yaml:41:55: warning\[KH641\]: column .so_ho. has .total: true., but its table has no .totals. line' \
    "$work/f1/check.out" || bad="$bad [no KH641 at 41:55: $(head -c 300 "$work/f1/check.out")]"
[ "$(grep -c 'KH641' "$work/f1/check.out")" -eq 1 ] || bad="$bad [KH641 not once a table]"
grep -q "add 'totals: true'" "$work/f1/check.out" || bad="$bad [no fix named]"
"$khgen" check -Werror "$work/f1/p.yaml" >/dev/null 2>&1
st=$?
[ "$st" -eq 1 ] || bad="$bad [-Werror exit $st, want 1]"
"$khgen" explain KH641 >"$work/f1/explain.out" 2>&1 && grep -q 'totals' "$work/f1/explain.out" ||
    bad="$bad [explain KH641: $(head -c 200 "$work/f1/explain.out")]"
LC_ALL=C.UTF-8 "$khgen" --lang vi check "$work/f1/p.yaml" 2>&1 | grep 'KH641' | grep -q 'cột' ||
    bad="$bad [KH641 not in Vietnamese]"
if [ -z "$bad" ]; then
    ok "F1 a Biểu whose columns say 'total: true' with no 'totals:' line is KH641 at the column's 'total', once, with the line to add; -Werror refuses it"
else
    not_ok "F1:$bad"
fi

# ---- F1g (guard): totals: true, totals: false, a preset's columns ----------------------------
bad=
mkdir -p "$work/f1g"
ward "$work/f1g/t.yaml" "totals: true"
"$khgen" build -o "$work/f1g/o" -f md,xlsx "$work/f1g/t.yaml" >"$work/f1g/t.out" 2>&1 ||
    bad="$bad [build totals: true: $(head -c 200 "$work/f1g/t.out")]"
grep -q 'KH641' "$work/f1g/t.out" && bad="$bad [KH641 with totals: true]"
grep -q '| \*\*Tổng cộng\*\* |  | \*\*797\*\* | \*\*768\*\* |' "$work/f1g/o/t.md" ||
    bad="$bad [no totals row 797, 768: $(grep -i 'tổng' "$work/f1g/o/t.md" | head -c 200)]"
ward "$work/f1g/f.yaml" "totals: false"
"$khgen" check "$work/f1g/f.yaml" >"$work/f1g/f.out" 2>&1 && [ ! -s "$work/f1g/f.out" ] ||
    bad="$bad [totals: false: $(head -c 200 "$work/f1g/f.out")]"
readme_example "$work/f1g/ex.yaml"
sed -i 's/preset: locality-targets/preset: locality-criteria/' "$work/f1g/ex.yaml"
"$khgen" check "$work/f1g/ex.yaml" >"$work/f1g/ex.out" 2>&1
grep -q 'KH641' "$work/f1g/ex.out" && bad="$bad [KH641 at a preset's column: $(head -c 200 "$work/f1g/ex.out")]"
mkdir -p "$work/f1g/tpl/presets"
cat >"$work/f1g/tpl/presets/ho.yaml" <<'YAML'
description: Số hộ của một tỉnh, không có dòng tổng cộng
columns:
  - {key: stt, header: TT, type: stt}
  - {key: kp, header: Khu phố}
  - {key: so_ho, header: Số hộ, type: int, total: true}
YAML
ward "$work/f1g/pr.yaml" "preset: ho"
sed -i '/{key: ho_vh, /d; /{key: so_ho, /d; /{key: kp, header/d; /{key: stt, type: stt/d; s/^    columns:$/    columns: [stt, kp, so_ho]/; s/, ho_vh: [0-9]*//' \
    "$work/f1g/pr.yaml"
"$khgen" check --templates "$work/f1g/tpl" "$work/f1g/pr.yaml" >"$work/f1g/pr.out" 2>&1 && [ ! -s "$work/f1g/pr.out" ] ||
    bad="$bad [a --templates preset's column: $(head -c 300 "$work/f1g/pr.out")]"
if [ -z "$bad" ]; then
    ok "F1g (guard) totals: true prints 'Tổng cộng' 797 and 768; totals: false and a preset's columns are not warned"
else
    not_ok "F1g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
