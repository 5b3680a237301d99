#!/bin/sh
# tests/hardening/s43mem.sh KHGEN WORKDIR - session 43's sixth sweep for
# linear time and bounded memory (issue 8: "never ... time (or memory)
# that grows faster than the input"; "memory bounded per plan"): where the
# memory of the diff, the import and the back ends goes (heaptrack of a
# build whose arena gives each allocation its own malloc; /tmp/s43mem of
# that session), and the texts made again and again.
#  Q1  `khgen diff`: each paragraph a part gathers (a task's `text:` list,
#      a heading's paragraphs) copied the part's whole text into a new
#      string: a task of 8,000 paragraphs (935 KB) took 6.4 GB and 32 s,
#      of 2,000 411 MB; now one buffer a part, 33 MB and 0.19 s.
#  Q2  `khgen import`: the notes of page numbers pasted into the body
#      (KH769) left out in a row were gathered the same way: 4,000 "Trang
#      N" paragraphs took 1 GB and 5 s, 16,000 6.7 GB; now 9 and 17 MB.
# Each is measured at n and 4n with the release build (the better of two
# runs): peak memory (rss_case: 4n within RSS_LINEAR times n; linear is
# under 4, the quadratic code 12 times and more) and CPU time
# (ratio_case, timed.sh), never a wall-clock limit; each run is bounded by
# `ulimit -v` (MEM_CAP_KB), so the old code fails rather than swaps. Both
# fail at d5be71a7 (session 42's stop); their guards (the same output
# before and after: the diff's hunks, the import's notes) pass there too.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
RSS_LINEAR=${RSS_LINEAR:-4}
MEM_CAP_KB=${MEM_CAP_KB:-3000000}

# rss_of COMMAND...: runs it under `ulimit -v $MEM_CAP_KB`; sets $rss (peak
# resident KB, the smaller of two runs) and $status (the first run's)
rss_of() {
    rss=
    for _r in 1 2; do
        (ulimit -v "$MEM_CAP_KB"; exec /usr/bin/time -f '%M' -o "$work/rss" "$@") \
            >"$work/out" 2>"$work/err"
        _st=$?
        [ "$_r" = 1 ] && status=$_st
        _k=$(tail -n 1 "$work/rss")
        case $_k in *[!0-9]* | "") _k=999999999 ;; esac
        [ -z "$rss" ] || [ "$_k" -lt "$rss" ] && rss=$_k
    done
}

# rss_case NAME SMALL BIG COMMAND...: COMMAND with the word FILE as SMALL
# then BIG (4 times it); ok when both end with status 3 or less and BIG's
# peak memory is at most RSS_LINEAR times SMALL's
rss_case() {
    _name=$1 _small=$2 _big=$3
    shift 3
    rss_of $(for a in "$@"; do [ "$a" = FILE ] && printf '%s\n' "$_small" || printf '%s\n' "$a"; done)
    _m1=$rss _s1=$status
    rss_of $(for a in "$@"; do [ "$a" = FILE ] && printf '%s\n' "$_big" || printf '%s\n' "$a"; done)
    _m4=$rss _s4=$status
    if [ "$_s1" -gt 3 ] || [ "$_s4" -gt 3 ]; then
        not_ok "$_name: status $_s1 then $_s4 (under ulimit -v $MEM_CAP_KB KB)"
        sed 's/^/    | /' "$work/err" | head -3
    elif [ "$_m4" -gt $((RSS_LINEAR * _m1)) ]; then
        not_ok "$_name: peak memory ${_m1} KB then ${_m4} KB for 4 times the input (at most ${RSS_LINEAR}x)"
    else
        ok "$_name: peak memory ${_m1} KB then ${_m4} KB"
    fi
}

# ---- Q1: diff of a task of N paragraphs, one in a hundred changed ----------------------
# paras FILE N [e]: a plan whose one task's text is a list of N paragraphs
# (with e, every hundredth one edited)
paras() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
out, n, edit = sys.argv[1], int(sys.argv[2]), len(sys.argv) > 3
o = ["khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]\n  issuer_short: UBND xã An Bình\n"
     "  place: An Bình\n  date: 2024-03-05\n  title: Thực hiện thử năm 2024\n"
     "opening: \"UBND xã xây dựng Kế hoạch như sau:\"\nunits:\n  - {id: vp, name: Văn phòng}\n"
     "body:\n  - section: NỘI DUNG\n    items:\n      - task: Tổ chức thực hiện\n        lead: vp\n"
     "        text:\n"]
for i in range(n):
    o.append("          - Đoạn văn số %d của nhiệm vụ, nội dung chi tiết về việc triển khai "
             "thực hiện%s.\n" % (i, " (sửa)" if edit and i % 100 == 7 else ""))
o.append("closing: Trên đây là Kế hoạch.\nrecipients: [UBND huyện, \"Lưu: VT\"]\nsignature:\n"
         "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
open(out, "w", encoding="utf-8").write("".join(o))
PY
}
paras "$P/q1a.yaml" 500
paras "$P/q1b.yaml" 500 e
paras "$P/q4a.yaml" 2000
paras "$P/q4b.yaml" 2000 e
# the diff of the pair FILE (the old side) and FILE's b (the new side)
printf '#!/bin/sh\n"%s" diff "$1" "${1%%a.yaml}b.yaml"\n' "$timed" >"$work/pair.sh"
rss_case "Q1 diff of a task of 500 then 2,000 paragraphs, one in a hundred changed (411 MB at 2,000 before)" \
    "$P/q1a.yaml" "$P/q4a.yaml" sh "$work/pair.sh" FILE
ratio_case "Q1 the same diff's CPU time (17 times for 4 times the input before)" \
    "$P/q1a.yaml" "$P/q4a.yaml" sh "$work/pair.sh" FILE
# guard: the hunks are those of the paragraphs changed, 20 of 2,000
"$timed" diff --format md "$P/q4a.yaml" "$P/q4b.yaml" >"$work/q1.md" 2>"$work/q1.err"
_st=$?
_ins=$(grep -o '(sửa)' "$work/q1.md" | wc -l)
if [ "$_st" -eq 1 ] && [ "$_ins" -eq 20 ] && [ ! -s "$work/q1.err" ]; then
    ok "Q1 guard: the diff of 2,000 paragraphs shows the 20 changed (exit 1)"
else
    not_ok "Q1 guard: status $_st, '(sửa)' shown $_ins times (want 20): $(head -c 300 "$work/q1.err")"
fi

# ---- Q2: import of N page numbers in a row --------------------------------------------
# pages FILE N: a .txt plan whose body has N paragraphs "Trang 1" ... in a row
pages() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
o = ["ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\n\nAn Bình, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\nRà soát\n\n"
     "I. NHIỆM VỤ\n\nNội dung.\n\n"]
o += ["Trang %d\n\n" % (i + 1) for i in range(n)]
o.append("Nội dung tiếp.\n")
open(out, "w", encoding="utf-8").write("".join(o))
PY
}
pages "$P/pg1.txt" 500
pages "$P/pg4.txt" 2000
rss_case "Q2 import of 500 then 2,000 page numbers pasted in a row (KH769; 290 MB at 2,000 before)" \
    "$P/pg1.txt" "$P/pg4.txt" "$timed" import --force -o "$work/pg.yaml" FILE
ratio_case "Q2 the same import's CPU time" \
    "$P/pg1.txt" "$P/pg4.txt" "$timed" import --force -o "$work/pg.yaml" FILE
# guard: each number is left out with its note, in order, on the paragraph
# after them: the first 50 notes written, the rest counted (KH759's budget)
"$timed" import --force -o "$work/pg4.yaml" "$P/pg4.txt" >/dev/null 2>"$work/pg4.err"
_st=$?
_notes=$(grep -c "is a page's number, as printed at a page's foot or top" "$work/pg4.yaml")
_order=$(grep -o "'Trang [0-9]*' is a page's number" "$work/pg4.yaml" | sed -n '1p;$p' | tr '\n' ' ')
if [ "$_st" -eq 0 ] && [ "$_notes" -eq 50 ] && grep -q '2000 warnings generated' "$work/pg4.err" &&
    grep -q '# review: \.\.\. and 1950 more notes' "$work/pg4.yaml" &&
    [ "$_order" = "'Trang 1' is a page's number 'Trang 50' is a page's number " ] &&
    grep -A1 "'Trang 50' is a page's number" "$work/pg4.yaml" | grep -q '1950 more notes' &&
    grep -q '^ *- para: Nội dung tiếp\.$' "$work/pg4.yaml" && ! grep -q '^ *- .*Trang [0-9]' "$work/pg4.yaml"; then
    ok "Q2 guard: the 2,000 numbers left out, the first 50 noted in order and the rest counted, 2,000 KH769"
else
    not_ok "Q2 guard: status $_st, $_notes notes (want 50), first and last: $_order; $(tail -n 2 "$work/pg4.err" | head -c 300)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
