# tests/hardening/roundplan.sh - what the round-trip suites (round23.sh,
# round24.sh, fiximp24.sh) share, sourced by each after timed.sh (which
# sets $khgen and $work): a plan made of the header every case shares, and
# the round trip of it through the .md and the .docx.

# plan NAME BODY: $work/p/NAME.yaml, the header every case shares, then
# BODY: the plan's keys after its header (units, body, recipients, ...)
plan() {
    cat >"$work/p/$1.yaml" <<YAML
khgen: 1
import: [qd318-xa-ntm]
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  place: Đồng Hưu
  date: 2024-01-05
  title: Kế hoạch $(echo "$1" | tr a-z A-Z)
$2
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn A}
YAML
}

# round NAME: NAME built to $round_formats (md,docx unless the suite sets
# it; it must hold md and docx) in $work/o/NAME, the .md and the .docx each
# imported to $work/p/NAME-md.yaml and NAME-docx.yaml, and `khgen diff` of
# the plan and each import in $work/NAME-md.diff, NAME-docx.diff (its exit
# status on the last line)
round() {
    "$khgen" build -f "${round_formats:-md,docx}" -o "$work/o/$1" "$work/p/$1.yaml" >"$work/$1.build" 2>&1
    for f in md docx; do
        "$khgen" import --force -o "$work/p/$1-$f.yaml" "$work/o/$1/$1.$f" >/dev/null 2>&1
        "$khgen" diff --no-color "$work/p/$1.yaml" "$work/p/$1-$f.yaml" >"$work/$1-$f.diff" 2>&1
        echo "exit $?" >>"$work/$1-$f.diff"
    done
}

# quiet NAME F: whether `khgen diff` of NAME and its import from F said nothing
quiet() { [ "$(cat "$work/$1-$2.diff")" = "exit 0" ]; }
