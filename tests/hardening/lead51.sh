#!/bin/sh
# tests/hardening/lead51.sh KHGEN WORKDIR - what session 51's lead fixed of
# the leftovers. Each case fails at 08f292d0 (session 50's stop) unless it
# is named a guard:
#  L1   a plan and the registry it includes, both in a directory whose path
#       is 500 bytes or more, each with a list item joined to the one above
#       at the same line: the registry's KH005 (a joined line YAML cannot
#       read) withdrew the plan's KH021 too, as the tag that ties the two
#       named a file by its path cut to 511 bytes (load_joined.c), so the
#       plan's slip was never told; now a file is named by its source, and
#       each file keeps its own.
#  L2   a key's ':' typed full-width ("date：2024-01-02", an input method's
#       wide mode) was told twice at one place, KH024 (full-width
#       characters) beside KH005 (YAML reads the line as a text), and an
#       item's '-' typed '－' three times (KH024 and two KH005, the second
#       "this line lost its list item's '- '"): one slip, one message now,
#       KH005's, which says the character and what to write. A full-width
#       run of more than the one character keeps its KH024 (guard part:
#       "date：２０２４-01-02" is both a key's ':' and digits no date reads).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- L1: two files' tags told apart whatever their paths' length ----------------------
cd "$work" || exit 2
a=$(printf '%0250d' 0 | tr 0 a)
b=$(printf '%0250d' 0 | tr 0 b)
dir="$work/$a/$b"
mkdir -p "$dir"
cat >"$dir/plan.yaml" <<'PLAN'
khgen: 1
include: [registry.yaml]
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ A]
  issuer_short: UBND xã A
  place: A
  date: 2024-01-02
  title: Thử nghiệm
body:
  - section: NHIỆM VỤ
    items:
      - task: Quy hoạch
        lead: dc
        text: Rà soát quy hoạch chung xây dựng xã.
closing: Trên đây là kế hoạch.
recipients:
  - UBND huyện;
   - UBND các xã;
  - "Lưu: VT."
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
PLAN
{
    i=1
    while [ "$i" -le 15 ]; do echo "#"; i=$((i + 1)); done
    echo "units:"
    echo "  - Công chức Địa chính"
    echo "   - id: dc"
} >"$dir/registry.yaml"
"$khgen" check "$dir/plan.yaml" >l1.out 2>l1.err
rc=$?
if [ "$rc" -eq 1 ] && grep -q "plan.yaml:18:4: warning\[KH021\]" l1.err &&
    grep -q "registry.yaml:18:4: error\[KH005\]" l1.err &&
    grep -q "^1 error, 1 warning generated" l1.err; then
    ok "L1: a registry's KH005 leaves the plan's KH021 at its line, under a 500-byte path"
else
    not_ok "L1: exit $rc; $(grep -E '(warning|error)\[|generated' l1.err | sed 's|.*/||' | cut -c1-60 | tr '\n' ' ')"
fi

# ---- L2: a full-width ':' or '-' YAML needed, told once -------------------------------
cd "$work" || exit 2
l2() { # NAME: the plan of L1 without its include, its date line and first recipient as given
    { grep -v "^include" "$dir/plan.yaml" | sed "s/^  date: 2024-01-02\$/$2/; s/^  - UBND huyện;\$/$3/"; } >"$1.yaml"
    "$khgen" check "$1.yaml" >/dev/null 2>"$1.err"
    echo $?
}
bad=
rc=$(l2 colon '  date：2024-01-02' '  - UBND huyện;')
n=$(grep -c "warning\[KH024\]\|error\[KH005\]" colon.err)
[ "$rc" = 1 ] && [ "$n" = 1 ] && grep -q "colon.yaml:6:7: error\[KH005\].*U+FF1A" colon.err ||
    bad="$bad [':' exit $rc, $n reports: $(grep -o '\[KH[0-9]*\]' colon.err | tr '\n' ' ')]"
rc=$(l2 dash '  date: 2024-01-02' '  － UBND huyện;')
n=$(grep -c "warning\[KH024\]\|error\[KH005\]" dash.err)
[ "$rc" = 1 ] && [ "$n" = 1 ] && grep -q "dash.yaml:16:3: error\[KH005\].*U+FF0D" dash.err ||
    bad="$bad ['-' exit $rc, $n reports: $(grep -o '\[KH[0-9]*\]' dash.err | tr '\n' ' ')]"
rc=$(l2 digits '  date：２０２４-01-02' '  - UBND huyện;')
grep -q "digits.yaml:6:7: warning\[KH024\]" digits.err && grep -q "digits.yaml:6:7: error\[KH005\]" digits.err ||
    bad="$bad [guard: ':２０２４' exit $rc: $(grep -o '\[KH[0-9]*\]' digits.err | tr '\n' ' ')]"
if [ -z "$bad" ]; then
    ok "L2: a full-width ':' or '-' where YAML needs one is told once, by KH005"
else
    not_ok "L2:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
