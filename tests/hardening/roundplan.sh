# tests/hardening/roundplan.sh - what the round-trip suites (round23.sh,
# round24.sh, round25.sh, fiximp24.sh) share, sourced by each after
# timed.sh (which sets $khgen and $work): a plan made of the header every
# case shares, the round trip of it through the .md and the .docx, and a
# hand-written .md plan imported.

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

# mdplan NAME: a hand-written .md plan (not khgen's output), its body
# from stdin, as $work/m/NAME.md, imported to $work/m/NAME.yaml and, when
# the suite sets mdplan_build=1, built to $work/m/o/NAME.md (errors of
# both in $work/m/NAME.err)
mdplan() {
    {
        printf '**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**  \nSố: 12/KH-UBND\n\n'
        printf '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n'
        printf '*Đồng Hưu, ngày 05 tháng 01 năm 2024*\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n'
        printf '**I. NHIỆM VỤ**\n\n'
        cat
        printf '\n\n**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n'
    } >"$work/m/$1.md"
    "$khgen" import --force -o "$work/m/$1.yaml" "$work/m/$1.md" >"$work/m/$1.err" 2>&1
    if [ "${mdplan_build:-0}" = 1 ]; then
        "$khgen" build -f md -o "$work/m/o" "$work/m/$1.yaml" >>"$work/m/$1.err" 2>&1
    fi
}
