#!/bin/sh
# tests/hardening/s42scale.sh KHGEN WORKDIR - session 42's fifth sweep for
# linear time and bounded memory (issue 8: "never ... time that grows
# faster than the input"; "memory bounded per plan"): session 41's new
# code (md_brackets, import_emphasis, import_number, load_rewritten,
# caps_text, year_typed, time_typed, load_dup's pasted-plan rule, the
# `<<:` merge, the diff's one hunk and its added Biểu column, the CLI's
# option table) measured at 1x, 2x, 4x and 8x (/tmp/s42scale/gen, user
# time and max RSS of the release build; the report lists the figures).
#  D1  a key written again many times in one mapping: load_dup_pasted
#      (is the mapping a plan pasted below itself?) hashed the first
#      list's entries again for each repeat: a section's `items:` of
#      20,000 bullets written again 5,000 times took 5.2 s, twice both
#      past a minute. Now hashed once per key (s42review landed the same
#      fix first, for `key: []` written again under a list: these cases
#      guard it in two other shapes).
#  D2  the same in the plan's own mapping (`units:` written again, each
#      list read as the rest of the first): 10,000 units and 2,500 more
#      `units:` 1.6 s, twice both 8.6 s, though the loader reports only
#      the first 50 duplicates (then stops). Its guard: 40 lists written
#      again are each one KH008 and every unit of each is known (no
#      KH202), as before.
# D1's and D2's ratios fail before (at 6c9a8488: 21 and 17 times);
# their guards pass before and after. Timed cases compare CPU at n and 4n
# (ratio_case, the better of two runs), never a wall-clock limit.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"

# shape FILE NAME N: the plan of shape NAME at N (the generators of
# /tmp/s42scale/gen/g42.py, cut to what a case needs)
shape() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
out, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
head = ("khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  issuer_short: UBND huyện A\n"
        "  place: A\n  date: 2024-03-05\n  title: Thực hiện thử năm 2024\n"
        "opening: \"UBND huyện xây dựng Kế hoạch như sau:\"\n")
tail = ("closing: Trên đây là Kế hoạch.\nrecipients: [UBND tỉnh, \"Lưu: VT\"]\nsignature:\n"
        "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
m = n // 4
if name == "items":    # a section's items: of n bullets, then m more items: of one
    o = [head, "units:\n  - {id: u0, name: Phòng A}\nbody:\n  - section: S\n    items:\n"]
    o += ["      - bullet: Nội dung số %d\n" % i for i in range(n)]
    o += ["    items:\n      - bullet: Thêm %d\n" % i for i in range(m)]
else:                  # units: of n units, then m more units: of one, each one a task leads
    o = [head, "units:\n"]
    o += ["  - {id: u%d, name: Phòng %d}\n" % (i, i) for i in range(n)]
    o += ["units:\n  - {id: v%d, name: Tổ %d}\n" % (i, i) for i in range(m)]
    o.append("body:\n  - section: S\n    items:\n")
    o += ["      - {task: Việc %d, lead: u%d}\n" % (i, i) for i in range(n)]
    o += ["      - {task: Việc thêm %d, lead: v%d}\n" % (i, i) for i in range(m)]
o.append(tail)
open(out, "w", encoding="utf-8").write("".join(o))
PY
}

# ---- D1: items: written again 625 then 2,500 times under 2,500 then 10,000 bullets ----
shape "$P/d1.yaml" items 2500
shape "$P/d4.yaml" items 10000
ratio_want='1 error.KH008 1 1'
ratio_case "D1 a section's items: of 2,500 then 10,000 bullets, written again 625 then 2,500 times (21 times before)" \
    "$P/d1.yaml" "$P/d4.yaml" "$timed" check FILE

# ---- D2: units: written again 500 then 2,000 times under 2,000 then 8,000 units ---------
shape "$P/u1.yaml" units 2000
shape "$P/u4.yaml" units 8000
ratio_case "D2 units: of 2,000 then 8,000 units, written again 500 then 2,000 times, each list joined (17 times before)" \
    "$P/u1.yaml" "$P/u4.yaml" "$timed" check FILE
# every unit of every repeat is read (joined): one KH008 a repeat, no unit unknown
shape "$P/u40.yaml" units 160
"$khgen" check --max-errors 0 "$P/u40.yaml" >/dev/null 2>"$work/u1.err"
_st=$?
_dup=$(grep -c "error\[KH008\]: duplicate key 'units' in this mapping: its list is read as the rest of the first one" "$work/u1.err")
_other=$(grep -v 'KH008' "$work/u1.err" | grep -c 'error\[\|warning\[')
if [ "$_st" -eq 1 ] && [ "$_dup" -eq 40 ] && [ "$_other" -eq 0 ]; then
    ok "D2 guard: the 40 lists written again are each one KH008 and read as the rest of the first (no unit unknown, nothing else)"
else
    not_ok "D2 guard: status $_st, $_dup KH008 (want 40), $_other other messages: $(grep -v KH008 "$work/u1.err" | head -c 300)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
