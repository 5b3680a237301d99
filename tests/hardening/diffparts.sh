# tests/hardening/diffparts.sh - what the round-trip suites that read
# `khgen diff`'s "@@" lines (s37cycle, s38cycle, s39cycle) share, sourced by each
# after timed.sh and after writing $work/old.yaml (s38cycle copied
# s37cycle's until the end of session 38):
# - diffs NAME [OLD]: `khgen diff` of OLD (old.yaml) and NAME.yaml into
#   $work/NAME.out (its "@@" lines into NAME.parts), status in $st;
# - only NAME TITLE LINE...: ok when NAME's diff (exit 1) has exactly the
#   "@@" lines LINE..., in that order (a failure shows 700 bytes of it).
diffs() {
    "$khgen" diff --no-color "$work/${2:-old}.yaml" "$work/$1.yaml" >"$work/$1.out" 2>"$work/$1.err"
    st=$?
    grep '^@@' "$work/$1.out" >"$work/$1.parts"
}
only() {
    _n=$1 _t=$2
    shift 2
    printf '%s\n' "$@" >"$work/$_n.want"
    if [ "$st" = 1 ] && cmp -s "$work/$_n.want" "$work/$_n.parts"; then
        ok "$_t"
    else
        not_ok "$_t: status $st, got: $(tr '\n' '~' <"$work/$_n.out" | head -c 700)"
    fi
}
