#!/bin/sh
# tests/hardening/s51province.sh KHGEN WORKDIR - session 51's new user, the
# Văn phòng UBND of a province merged on 1 July 2025 (Tuyên Quang and Hà
# Giang: 117 xã and 7 phường), drafting the province's plan of 2026 over a
# shared registry of its units and communes that the communes' plans
# include (doc/cycle.md's repository of the communes' plans). Each case
# fails at 08f292d0 (the session's start) unless it is named a guard:
#  F1   `init --include chung/registry.yaml "Xã Hàm Yên"` over the
#       province's registry left out the skeleton's unit `mttq` because the
#       registry has a unit of that id, the province's "Ủy ban Mặt trận Tổ
#       quốc Việt Nam tỉnh": the commune's propaganda task was led by the
#       province's Mặt trận, exit 0, no word (a phường's too). Now the
#       skeleton keeps its own under `mttq-xa`, with a TODO naming the
#       registry's, and its tasks name it; the document names the
#       commune's Mặt trận, never the province's.
#  F1q  a phường's skeleton unit with a comma in its name ("Phòng Kinh
#       tế, Hạ tầng và Đô thị", quoted) beside the registry's of that name
#       under another id was kept (its name read up to the comma), KH257 at
#       once; now the tasks name the registry's unit and the skeleton
#       checks clean.
#  F1g  (guard) a registry whose `mttq` has the skeleton's own name, or
#       that has no `mttq`: the skeleton's tasks name `mttq` and there is
#       one such unit (kills a mutant that renames every unit).
#  F2   a commune's plan that includes the province's registry of its 124
#       communes (117 xã, 7 phường; 30 aiming at nông thôn mới in 2026)
#       counted and listed them as its own: "{count localities target=ntm
#       target_year=year} thôn" printed "31 thôn" (30 communes and its one
#       thôn) and its Biểu 01 of the locality-targets preset listed the 30
#       other xã under "Cấp xã", exit 0, no word. Now KH269 at the figure
#       ('parent=xa-ham-yen') and at the table ('where: {parent:
#       xa-ham-yen}'), each with a note at the registry's first such
#       commune; -Werror refuses the plan; with the filter written the plan
#       checks clean and prints "1 thôn" and its one thôn.
#  F2g  (guard) no KH269 where the communes are the plan's to count: the
#       province's plan over the same registry (its Biểu lists the 30), the
#       commune itself (a figure over id=xa-ham-yen), and a merged
#       commune's old communes written in its own plan (cycle.md).
#  F2t  (guard) a commune's plan of 2,000 distinct figures over a registry
#       of 10,000 communes checks within the timed limit: the walks of the
#       other communes that F2's warning adds are bounded (two million
#       items in all; pins the cost, which passes at 08f292d0 too).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# the province's registry: its departments, its Mặt trận, and communes
registry() { # registry FILE [MTTQ-NAME]
    mttq=${2:-Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh}
    {
        echo "import: [qd318-xa-ntm]"
        echo "units:"
        echo "  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới tỉnh}"
        echo "  - {id: stc, name: Sở Tài chính}"
        echo "  - {id: kthtdt, name: \"Phòng Kinh tế, Hạ tầng và Đô thị\"}"
        echo "  - {id: mttq, name: $mttq}"
        echo "levels:"
        echo "  - {id: ntm, name: nông thôn mới}"
        echo "  - {id: ntm-nc, name: nông thôn mới nâng cao}"
    } >"$1"
}

# ---- F1: a commune's skeleton over the province's registry ---------------------------
bad=
mkdir -p "$work/f1/chung" "$work/f1/xa/ham-yen" "$work/f1/xa/my-lam"
registry "$work/f1/chung/registry.yaml"
cd "$work/f1" || exit 2
for c in "Xã Hàm Yên|xa/ham-yen/xa-ham-yen-2026.yaml|xã" "Phường Mỹ Lâm|xa/my-lam/phuong-my-lam-2026.yaml|phường"; do
    name=${c%%|*}
    rest=${c#*|}
    f=${rest%|*}
    kind=${rest#*|}
    "$khgen" init --year 2026 --include chung/registry.yaml "$name" -o "$f" >/dev/null 2>&1 ||
        bad="$bad [$name: init exit $?]"
    grep -qxF "  - {id: mttq-xa, name: Ủy ban MTTQ và các đoàn thể $kind}" "$f" &&
        grep -q "# TODO: the registry's unit 'mttq' is 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', not this plan's own" "$f" &&
        grep -qxF '        lead: mttq-xa' "$f" && ! grep -q 'lead: mttq$' "$f" ||
        bad="$bad [$name: skeleton: $(grep -n 'mttq' "$f" | head -3 | tr '\n' ' ')]"
    "$khgen" check --allow-read chung "$f" >f1.out 2>&1 && [ ! -s f1.out ] ||
        bad="$bad [$name: check: $(head -c 300 f1.out)]"
    "$khgen" build --allow-read chung -f md -o - "$f" >f1.md 2>f1.err || bad="$bad [$name: build exit $?]"
    grep -q "Đơn vị thực hiện: Ủy ban MTTQ và các đoàn thể $kind phối hợp với" f1.md &&
        ! grep -q "Mặt trận Tổ quốc Việt Nam tỉnh" f1.md ||
        bad="$bad [$name: document: $(grep -m1 'Đơn vị thực hiện' f1.md)]"
done
if [ -z "$bad" ]; then
    ok "F1 a xã's and a phường's skeleton over the province's registry: their own Mặt trận kept as mttq-xa with a TODO, their task led by it, never by the province's; each checks clean"
else
    not_ok "F1:$bad"
fi

# ---- F1q: a quoted name with a comma is the registry's unit of that name -------------
bad=
f=xa/my-lam/phuong-my-lam-2026.yaml
grep -q 'Phòng Kinh tế, Hạ tầng và Đô thị' "$f" && bad="$bad [the skeleton keeps its copy: $(grep -n 'Kinh tế' "$f" | head -2 | tr '\n' ' ')]"
[ "$(grep -c '        lead: kthtdt$' "$f")" -ge 2 ] || bad="$bad [tasks: $(grep -n 'lead: k' "$f" | tr '\n' ' ')]"
if [ -z "$bad" ]; then
    ok "F1q a phường's 'Phòng Kinh tế, Hạ tầng và Đô thị' (quoted, a comma) is the registry's unit of that name: no copy, no KH257, the tasks name kthtdt"
else
    not_ok "F1q:$bad"
fi
cd "$top" || exit 2

# ---- F1g (guard): the same body under the same id, or none ---------------------------
bad=
mkdir -p "$work/f1g/a/chung" "$work/f1g/a/xa" "$work/f1g/b/chung" "$work/f1g/b/xa"
registry "$work/f1g/a/chung/registry.yaml" "Ủy ban MTTQ và các đoàn thể xã"
registry "$work/f1g/b/chung/registry.yaml"
sed -i '/id: mttq/d' "$work/f1g/b/chung/registry.yaml"
for d in a b; do
    cd "$work/f1g/$d" || exit 2
    "$khgen" init --year 2026 --include chung/registry.yaml "Xã Hàm Yên" -o xa/p.yaml >/dev/null 2>&1 ||
        bad="$bad [$d: init exit $?]"
    grep -q 'mttq-' xa/p.yaml && bad="$bad [$d: renamed: $(grep -n 'mttq-' xa/p.yaml | head -2 | tr '\n' ' ')]"
    grep -qxF '        lead: mttq' xa/p.yaml || bad="$bad [$d: the task's lead]"
    n=$(grep -c 'id: mttq' xa/p.yaml)
    case $d in a) [ "$n" -eq 0 ] ;; b) [ "$n" -eq 1 ] ;; esac || bad="$bad [$d: $n mttq units]"
    "$khgen" check --allow-read chung xa/p.yaml >f1g.out 2>&1 && [ ! -s f1g.out ] ||
        bad="$bad [$d: check: $(head -c 300 f1g.out)]"
done
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "F1g (guard) a registry whose mttq is the commune's own name, or without mttq: the skeleton names mttq, no unit renamed, checks clean"
else
    not_ok "F1g:$bad"
fi

# ---- F2: a commune's plan over the province's 124 communes ---------------------------
# the registry: the province's units and its 117 xã (every fourth aiming at
# nông thôn mới in 2026, 30 in all) and 7 phường, xã Hàm Yên the 12th
province_registry() { # province_registry FILE
    registry "$1"
    echo "localities:" >>"$1"
    i=1
    while [ "$i" -le 117 ]; do
        case $i in
        12) echo "  - {id: xa-ham-yen, name: Hàm Yên, kind: xã, criteria_met: 15}" ;;
        *) if [ $((i % 4)) -eq 1 ] && [ "$i" -le 117 ] && [ "$(( (i - 1) / 4 ))" -lt 30 ]; then
               echo "  - {id: xa-$i, name: Xã số $i, kind: xã, criteria_met: 17, target: ntm, target_year: 2026}"
           else
               echo "  - {id: xa-$i, name: Xã số $i, kind: xã, criteria_met: 12}"
           fi ;;
        esac
        i=$((i + 1))
    done >>"$1"
    for p in "Mỹ Lâm" "Minh Xuân" "Nông Tiến" "An Tường" "Bình Thuận" "Hà Giang 1" "Hà Giang 2"; do
        echo "  - {id: p-$(printf '%s' "$p" | cksum | cut -d' ' -f1), name: $p, kind: phường}"
    done >>"$1"
}
commune_plan() { # commune_plan FILE FIGURE-FILTER TABLE-WHERE
    cat >"$1" <<PLAN
khgen: 1
include: [../../chung/registry.yaml]
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ HÀM YÊN]
  issuer_short: UBND xã Hàm Yên
  number: ""
  code: KH-UBND
  place: Hàm Yên
  date: 2026-01
  title: Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {year} trên địa bàn xã Hàm Yên
opening: "UBND xã xây dựng Kế hoạch năm {year}, như sau:"
units:
  - {id: vp, name: Văn phòng HĐND và UBND xã}
localities:
  - {id: thon-1, name: Thôn Nà Khá, kind: thôn, parent: xa-ham-yen, criteria_met: 14, target: ntm, target_year: 2026}
  - {id: thon-2, name: Thôn Bản Ban, kind: thôn, parent: xa-ham-yen, status: ntm}
body:
  - section: MỤC TIÊU NĂM {year}
    items:
      - bullet: Phấn đấu có {count localities target=ntm target_year=year$2} thôn đạt chuẩn nông thôn mới.
      - para: (Chi tiết theo {att bieu01} đính kèm).
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - task: ""
        text: "{unit vp} theo dõi, tổng hợp."
        lead: vp
        show: []
closing: Trên đây là Kế hoạch năm {year} của UBND xã Hàm Yên.
recipients: [UBND tỉnh, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh sách thôn phấn đấu đạt chuẩn năm {year}
    preset: locality-targets
$3
PLAN
}
bad=
mkdir -p "$work/f2/chung" "$work/f2/xa/ham-yen" "$work/f2/tinh"
province_registry "$work/f2/chung/registry.yaml"
cd "$work/f2" || exit 2
[ "$(grep -c 'target_year: 2026' chung/registry.yaml)" -eq 30 ] &&
    [ "$(grep -c 'kind: ' chung/registry.yaml)" -eq 124 ] || bad="$bad [fixture]"
commune_plan xa/ham-yen/xa-ham-yen-2026.yaml "" ""
"$khgen" check --allow-read chung xa/ham-yen/xa-ham-yen-2026.yaml >f2.out 2>&1 || bad="$bad [check exit $?]"
grep -q "xa-ham-yen-2026.yaml:20:29: warning\[KH269\]: this figure goes over 30 other communes of a shared registry.*add the filter 'parent=xa-ham-yen'" f2.out ||
    bad="$bad [figure: $(grep -m1 KH269 f2.out)]"
grep -q "xa-ham-yen-2026.yaml:.*warning\[KH269\]: attachment 'bieu01' lists 30 other communes of a shared registry.*'where: {parent: xa-ham-yen}'" f2.out ||
    bad="$bad [table: $(grep KH269 f2.out | tail -1)]"
[ "$(grep -c '^chung/registry.yaml:[0-9]*:10: note: xã Xã số 1, another commune, is written here' f2.out)" -eq 2 ] ||
    bad="$bad [notes: $(grep -c note f2.out)]"
"$khgen" check -Werror --allow-read chung xa/ham-yen/xa-ham-yen-2026.yaml >/dev/null 2>&1
[ $? -eq 1 ] || bad="$bad [-Werror did not refuse it]"
commune_plan xa/ham-yen/xa-ham-yen-2026.yaml " parent=xa-ham-yen" "    rows: {where: {parent: xa-ham-yen}}"
"$khgen" check --allow-read chung xa/ham-yen/xa-ham-yen-2026.yaml >f2.out 2>&1 && [ ! -s f2.out ] ||
    bad="$bad [filtered: $(head -c 300 f2.out)]"
"$khgen" build --allow-read chung -f md -o - xa/ham-yen/xa-ham-yen-2026.yaml >f2.md 2>/dev/null ||
    bad="$bad [build exit $?]"
grep -q 'Phấn đấu có 1 thôn đạt chuẩn nông thôn mới' f2.md && grep -q '| 1 | Thôn Nà Khá |' f2.md &&
    ! grep -q 'Xã số' f2.md || bad="$bad [document: $(grep -m1 'Phấn đấu' f2.md)]"
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "F2 a commune's plan over the province's 124 communes: KH269 at the figure and at the Biểu that took 30 other communes for its own, with the filter that keeps its places; so filtered it checks clean, '1 thôn' and its one thôn"
else
    not_ok "F2:$bad"
fi

# ---- F2g (guard): the communes that are the plan's to count --------------------------
bad=
cd "$work/f2" || exit 2
sed -e 's/XÃ HÀM YÊN/TỈNH TUYÊN QUANG/; s/UBND xã Hàm Yên/UBND tỉnh Tuyên Quang/g; s/place: Hàm Yên/place: Tuyên Quang/' \
    -e 's/địa bàn xã Hàm Yên/địa bàn tỉnh Tuyên Quang/; s/UBND xã xây/UBND tỉnh xây/; s/ thôn đạt chuẩn/ xã đạt chuẩn/' \
    -e 's#\.\./\.\./chung#../chung#; /parent: xa-ham-yen, criteria_met/d; /thon-2/d; s/ parent=xa-ham-yen//; /rows: {where/d' \
    -e '/^localities:$/d; s/Danh sách thôn/Danh sách xã/' xa/ham-yen/xa-ham-yen-2026.yaml >tinh/tinh-2026.yaml
"$khgen" check --allow-read chung tinh/tinh-2026.yaml >f2g.out 2>&1 && [ ! -s f2g.out ] ||
    bad="$bad [province: $(head -c 300 f2g.out)]"
"$khgen" build --allow-read chung -f md -o - tinh/tinh-2026.yaml >f2g.md 2>/dev/null &&
    grep -q 'Phấn đấu có 30 xã đạt chuẩn nông thôn mới' f2g.md &&
    [ "$(grep -c '^| [0-9]* | Xã số' f2g.md)" -eq 30 ] || bad="$bad [province's document]"
commune_plan xa/ham-yen/xa-ham-yen-2026.yaml " parent=xa-ham-yen" "    rows: {where: {parent: xa-ham-yen}}"
sed -i 's/^      - para: (Chi tiết/      - bullet: "Xã có {count localities id=xa-ham-yen} xã tự đánh giá: {list localities kind=xã id=xa-ham-yen}."\n      - para: (Chi tiết/' xa/ham-yen/xa-ham-yen-2026.yaml
"$khgen" check --allow-read chung xa/ham-yen/xa-ham-yen-2026.yaml >f2g.out 2>&1 && [ ! -s f2g.out ] ||
    bad="$bad [the commune itself: $(head -c 300 f2g.out)]"
# a merged commune's old communes, in its own plan
mkdir -p "$work/f2g/xa"
sed -e 's#include: \[../../chung/registry.yaml\]#import: [qd318-xa-ntm]#' \
    -e 's/^localities:/levels:\n  - {id: ntm, name: nông thôn mới}\nlocalities:\n  - {id: xa-ham-yen, name: Hàm Yên, kind: xã}\n  - {id: xa-a, name: Yên Thuận, kind: xã, target: ntm, target_year: 2026}/' \
    -e 's/ parent=xa-ham-yen//; /rows: {where/d; /thôn tự đánh giá\|xã tự đánh giá/d' \
    xa/ham-yen/xa-ham-yen-2026.yaml >"$work/f2g/xa/merged.yaml"
"$khgen" check "$work/f2g/xa/merged.yaml" >f2g.out 2>&1
grep -q KH269 f2g.out && bad="$bad [merged: $(grep -m1 KH269 f2g.out)]"
grep -q 'error' f2g.out && bad="$bad [merged fixture: $(grep -m1 error f2g.out)]"
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "F2g (guard) no KH269 for the province's plan over its communes (its Biểu lists the 30), for the commune itself, nor for a merged commune's old communes in its own plan"
else
    not_ok "F2g:$bad"
fi

# ---- F2t: 2,000 figures over a registry of 10,000 communes ---------------------------
mkdir -p "$work/f2t/chung" "$work/f2t/xa"
{
    registry /dev/stdout | grep -v '^levels:\|^  - {id: ntm'
    echo "levels:"
    echo "  - {id: ntm, name: nông thôn mới}"
    echo "localities:"
    echo "  - {id: xa-ham-yen, name: Hàm Yên, kind: xã}"
    awk 'BEGIN { for (i = 0; i < 10000; i++) printf "  - {id: x%d, name: Xã số %d, kind: xã, target: ntm, target_year: 2026}\n", i, i }'
} >"$work/f2t/chung/registry.yaml"
commune_plan "$work/f2t/xa/p.yaml" "" ""
sed -i 's#\.\./\.\./chung#../chung#' "$work/f2t/xa/p.yaml"
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "      - bullet: Có {count localities target=ntm target_year=year name!=Q%d} thôn.\n", i }' >"$work/f2t/figs"
sed -i "/^      - para: (Chi tiết/r $work/f2t/figs" "$work/f2t/xa/p.yaml"
cd "$work/f2t" || exit 2
timed_case "F2t (guard) a commune's plan of 2,000 figures over a registry of 10,000 communes: check --max-errors 0" \
    "$khgen" check --max-errors 0 --allow-read chung xa/p.yaml
cd "$top" || exit 2

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
