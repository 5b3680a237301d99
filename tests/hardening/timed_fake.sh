# tests/hardening/timed_fake.sh - sourced by the suites that test timed.sh
# itself (s46time, s47time): made-up timings, so that their verdicts do not
# depend on the machine's load. Needs $work.

# fake NAME: a command whose runs cost the figures of $work/fake.NAME, one
# "CPU[:STATUS]" a line, in turn (the last one again when the list is used
# up; STATUS 0 unless given); cpu_of, replaced below in each case's
# subshell, reads them instead of timing (a command run four times back to
# back, as scaling_case's n is, "sh -c LOOP sh fake NAME", costs four times
# the figure). Each run is counted in $work/fake.NAME.i.
fake_cpu() {
    _times=1
    [ "$1" = sh ] && _times=4
    while [ "$#" -gt 0 ] && [ "$1" != fake ]; do shift; done
    _f=$work/fake.$2
    _i=$(cat "$_f.i" 2>/dev/null || echo 0)
    _i=$((_i + 1))
    echo "$_i" >"$_f.i"
    _line=$(sed -n "${_i}p" "$_f")
    [ -n "$_line" ] || _line=$(tail -n 1 "$_f")
    cpu=$(awk "BEGIN {printf \"%.2f\", ${_line%%:*} * $_times}")
    status=0
    case $_line in *:*) status=${_line#*:} ;; esac
    : >"$work/out"
    : >"$work/err"
}
