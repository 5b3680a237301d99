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
#  F2   the PDF of that Biểu (LibreOffice's or Chromium's), its text by
#       pdftotext -layout, imported: the last column's "x", printed at its
#       cell's left, ends every row left of its centred header "Đăng ký
#       đạt chuẩn", which import took for a column the rows leave empty:
#       the x's went under a column with no header and the header over
#       nothing, exit 0 and no word (a wrong plan). Now the header right
#       of the rows is the last column's when no header stands over it.
#  F2b  so with a header "Ghi chú" right of it: the x's went under a
#       seventh column with no header, "Đăng ký đạt chuẩn" and "Ghi chú"
#       over nothing; now the x's are the former's, "Ghi chú" left empty.
#  F2g  (guard) a last column whose header stands over its cells ("Đạt"
#       over "x") keeps them, and "Ghi chú" right of the rows is a column
#       they leave empty, as before.
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

# pdf_text FILE EXTRA_HEAD: the ward's signed plan as pdftotext -layout prints
# LibreOffice's PDF of it (s54user), its Biểu's last column "Đăng ký đạt
# chuẩn" of an "x" printed at the cell's left; EXTRA_HEAD a header cell
# after it (a column the rows leave empty), or ""
pdf_text() {
    {
        cat <<'TXT'
   ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   PHƯỜNG SÀI GÒN                       Độc lập - Tự do - Hạnh phúc
     Số: 125/KH-UBND                Sài Gòn, ngày 15 tháng 01 năm 2026

                              KẾ HOẠCH
 Xây dựng đô thị văn minh năm 2026 trên địa bàn phường Sài Gòn

    Căn cứ tình hình thực tế của địa phương.
    UBND phường xây dựng Kế hoạch năm 2026, như sau:
    I. MỤC TIÊU
    - Có 05 khu phố đăng ký đạt chuẩn "Khu phố văn minh đô thị" (Biểu 01 đính
kèm).
    Trên đây là Kế hoạch năm 2026 của UBND phường Sài Gòn./.

Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- UBND Thành phố;                                     CHỦ TỊCH
- Các khu phố;
- Lưu: VT.



                                                      Trần Văn Bình
TXT
        printf '\f                                          Biểu 01\n'
        cat <<'TXT'
             CHỈ TIÊU XÂY DỰNG "KHU PHỐ VĂN MINH ĐÔ THỊ" NĂM 2026
         (Kèm theo Kế hoạch số 125/KH-UBND ngày 15/01/2026 của UBND phường Sài Gòn)

TXT
        printf 'TT               Khu phố         Số hộ      Số hộ đạt Gia đình văn hóa   Tỷ lệ (%%)       Đăng ký đạt chuẩn%s\n' "$2"
        cat <<'TXT'
1    Khu phố 1                    412                  398                 96,6      x
2    Khu phố 2                    385                  370                 96,1      x
3    Khu phố 3                    501                  480                 95,8      x
4    Khu phố 4                    298                  286                 96,0      x
5    Khu phố 5                    344                  327                 95,1      x
TXT
    } >"$1"
}

# ---- F2: a Biểu's last column of short words under a wider header, from a PDF's text ----
bad=
mkdir -p "$work/f2"
pdf_text "$work/f2/signed.txt" ""
"$khgen" import "$work/f2/signed.txt" -o "$work/f2/signed.yaml" >"$work/f2/import.out" 2>&1 ||
    bad="$bad [import exit $?: $(head -c 200 "$work/f2/import.out")]"
grep -q '{key: c6, header: "Đăng ký đạt chuẩn"}' "$work/f2/signed.yaml" || bad="$bad [column 6 not 'Đăng ký đạt chuẩn']"
grep -q 'key: c7' "$work/f2/signed.yaml" && bad="$bad [a seventh column]"
grep -q 'header: ""' "$work/f2/signed.yaml" && bad="$bad [a column with no header]"
grep -q '^      - \["Khu phố 1", 412, 398, 96.6, "x"\]$' "$work/f2/signed.yaml" ||
    bad="$bad [row 1: $(grep '"Khu phố 1"' "$work/f2/signed.yaml")]"
if [ -z "$bad" ]; then
    ok "F2 a PDF's text of a Biểu whose last column holds 'x' at its left under 'Đăng ký đạt chuẩn': the x's are that column's, no column without a header"
else
    not_ok "F2:$bad"
fi

# ---- F2b: so with "Ghi chú" right of it -----------------------------------------------------
bad=
pdf_text "$work/f2/note.txt" "      Ghi chú"
"$khgen" import "$work/f2/note.txt" -o "$work/f2/note.yaml" >"$work/f2/note.out" 2>&1 ||
    bad="$bad [import exit $?: $(head -c 200 "$work/f2/note.out")]"
grep -q '{key: c6, header: "Đăng ký đạt chuẩn"}' "$work/f2/note.yaml" &&
    grep -q '{key: c7, header: "Ghi chú"}' "$work/f2/note.yaml" ||
    bad="$bad [columns: $(grep 'key: c[67]' "$work/f2/note.yaml" | tr '\n' ' ')]"
grep -q '^      - \["Khu phố 1", 412, 398, 96.6, "x", ""\]$' "$work/f2/note.yaml" ||
    bad="$bad [row 1: $(grep '"Khu phố 1"' "$work/f2/note.yaml")]"
if [ -z "$bad" ]; then
    ok "F2b with 'Ghi chú' right of 'Đăng ký đạt chuẩn', the x's are under the latter and 'Ghi chú' is a column the rows leave empty"
else
    not_ok "F2b:$bad"
fi

# ---- F2g (guard): the last column's own header over its cells ------------------------------
bad=
pdf_text "$work/f2/own.txt" "      Ghi chú"
sed -i 's/   Tỷ lệ (%)       Đăng ký đạt chuẩn      Ghi chú$/   Tỷ lệ (%)    Đạt          Ghi chú/' "$work/f2/own.txt"
grep -q 'Đạt          Ghi chú$' "$work/f2/own.txt" || bad="$bad [the header not set]"
"$khgen" import "$work/f2/own.txt" -o "$work/f2/own.yaml" >"$work/f2/own.out" 2>&1 ||
    bad="$bad [import exit $?: $(head -c 200 "$work/f2/own.out")]"
grep -q '{key: c6, header: "Đạt"}' "$work/f2/own.yaml" && grep -q '{key: c7, header: "Ghi chú"}' "$work/f2/own.yaml" ||
    bad="$bad [columns: $(grep 'key: c[67]' "$work/f2/own.yaml" | tr '\n' ' ')]"
grep -q '^      - \["Khu phố 1", 412, 398, 96.6, "x", ""\]$' "$work/f2/own.yaml" ||
    bad="$bad [row 1: $(grep '"Khu phố 1"' "$work/f2/own.yaml")]"
if [ -z "$bad" ]; then
    ok "F2g (guard) 'Đạt' over the x's keeps them, 'Ghi chú' right of the rows is a column they leave empty"
else
    not_ok "F2g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
