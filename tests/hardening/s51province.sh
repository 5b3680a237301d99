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

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
