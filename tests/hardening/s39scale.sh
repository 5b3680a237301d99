#!/bin/sh
# tests/hardening/s39scale.sh KHGEN WORKDIR - session 39's second sweep
# for linear time and bounded memory (issue 8: "never ... time that grows
# faster than the input"; "memory bounded per plan"). What s38scale left,
# and the paths session 38 added, measured at 1x, 2x, 4x and 8x
# (/tmp/s39scale/gen, user time and max RSS of the release build; the
# report lists the figures).
#  F1  a figure whose filter reads a data key ({count localities
#      data.kI=1}) walked every locality, though only those holding the
#      key can pass: n localities each with a key of its own and a figure
#      over each cost n squared; past 5,000 KH507's budget refused a valid
#      plan (exit 1). Now the index of the data keys (query.c) keeps each
#      key's holders and such a figure walks those of its rarest key.
#  F2  the same over the tasks ({count tasks data.kI>=1}): 16,000 tasks
#      were refused (KH507).
#  F3  a figure over a key no locality has (KH505) tagged its warning with
#      KH260's finding by a pass over every key of every locality, once
#      per distinct key (s38review L1: 1,000 x 1,000 localities of 50 keys,
#      0.9 s): now over the distinct keys and the holders of near misses.
# F1 and F2 fail before (their guards: KH507 and exit 1 at 4n; F1's ratio
# is capped by the budget, F2's too), F3's ratio fails before (500 then
# 2,000 localities and figures: 16 times). Timed cases compare CPU at n
# and 4n (ratio_case, the better of two runs), never a wall-clock limit.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
LINEAR=6
FLOOR=0.05

# sparse FILE SOURCE N FIGURE A: a plan of N localities (SOURCE
# localities) or N tasks (tasks), entry I with the data key kI (and A
# keys chi_tieu_0.. besides), and N paragraphs, the figure FIGURE with %d
# for I
sparse() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
out, src, n, fig, a = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
o = ["khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  issuer_short: UBND huyện A\n"
     "  place: A\n  date: 2024-03-05\n  title: Thực hiện thử năm 2024\n"
     "opening: \"UBND huyện xây dựng Kế hoạch như sau:\"\nunits:\n  - {id: u0, name: Phòng A}\n"]
extra = "".join(", chi_tieu_%d: 1" % k for k in range(a))
if src == "localities":
    o.append("localities:\n")
    o.extend("  - {id: l%d, name: Xã %d, kind: xã, data: {k%d: 1%s}}\n" % (i, i, i, extra) for i in range(n))
o.append("body:\n  - section: NỘI DUNG\n    items:\n")
if src == "tasks":
    o.extend("      - task: Việc %d\n        lead: u0\n        data: {k%d: 1%s}\n" % (i, i, extra) for i in range(n))
else:
    o.append("      - task: Việc chung\n        lead: u0\n")
o.extend(("      - para: Có " + fig + " mục.\n") % i for i in range(n))
o.append("closing: Trên đây là Kế hoạch.\nrecipients: [UBND tỉnh, \"Lưu: VT\"]\nsignature:\n"
         "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
open(out, "w", encoding="utf-8").write("".join(o))
PY
}

# ---- F1: a figure per locality's own key -------------------------------------
sparse "$P/f1.yaml" localities 2500 '{count localities data.k%d=1}' 0
sparse "$P/f4.yaml" localities 10000 '{count localities data.k%d=1}' 0
# every locality is used by its figure: no message at all, both sizes
ratio_want='0 KH 0 0'
ratio_case "F1 2,500 then 10,000 localities, each its own data key and a figure over it (KH507, exit 1, before)" \
    "$P/f1.yaml" "$P/f4.yaml" "$timed" check FILE
"$khgen" build -f md -o - "$P/f1.yaml" >"$work/f1.md" 2>"$work/f1.err"
_n=$(grep -c '^Có 1 mục\.$' "$work/f1.md")
if [ "$_n" -eq 2500 ]; then
    ok "F1 each of the 2,500 figures counts its one locality"
else
    not_ok "F1 $_n of 2,500 figures print 'Có 1 mục.': $(head -c 200 "$work/f1.err")"
fi

# ---- F2: the same over tasks --------------------------------------------------
sparse "$P/g1.yaml" tasks 4000 '{count tasks data.k%d>=1}' 0
sparse "$P/g4.yaml" tasks 16000 '{count tasks data.k%d>=1}' 0
ratio_want='0 KH 0 0'
ratio_case "F2 4,000 then 16,000 tasks, each its own data key and a figure over it (KH507, exit 1, before)" \
    "$P/g1.yaml" "$P/g4.yaml" "$timed" check FILE

# ---- F3: figures over keys no locality has -----------------------------------
# fig3 FILE N: N localities of 50 keys and N figures over N keys none has
fig3() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
o = ["khgen: 1", "header:", "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]", "  place: A", "  date: 2024-01",
     "  title: Thử nghiệm", "localities:"]
keys = ", ".join("chi_tieu_%d: 1" % a for a in range(50))
o.extend("  - {id: x%d, name: Xã %d, kind: xã, data: {%s}}" % (i, i, keys) for i in range(n))
o.append("body:")
o.extend("  - bullet: \"Có {count localities data.kq%dzz>=1} xã.\"" % f for f in range(n))
open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
PY
}
fig3 "$P/h1.yaml" 500
fig3 "$P/h4.yaml" 2000
# each figure warns (KH505), folded by the sink; no KH507
ratio_want='0 KH507 0 0'
ratio_case "F3 500 then 2,000 localities of 50 keys and as many figures over keys none has (16 times before)" \
    "$P/h1.yaml" "$P/h4.yaml" "$timed" check FILE

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
