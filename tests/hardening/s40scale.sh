#!/bin/sh
# tests/hardening/s40scale.sh KHGEN WORKDIR - session 40's third sweep for
# linear time and bounded memory (issue 8: "never ... time that grows
# faster than the input"; "memory bounded per plan"). What s39scale left,
# and the paths session 39 added, measured at 1x, 2x, 4x and 8x
# (/tmp/s40scale/gen, user time and max RSS of the release build; the
# report lists the figures).
#  F1  a sum of a data key with no filter ({sum localities data.kI})
#      walked every locality, counting the n-1 that lack the key (KH506)
#      and a use of each: n localities each with a key of its own and a
#      figure over each cost n squared, and 10,000 went past KH507's budget
#      (a valid plan refused, exit 1; 20,000 cost 0.8 s). Now the key's holders are added up
#      from the index of the data keys, the others counted as n minus them.
#  F2  the same over the tasks ({sum tasks data.kI}): 16,000 refused.
#  F3  `import --templates DIR` read DIR's wording.yaml again for each
#      "(Kèm theo ...)" line (a template set made per line): lines times
#      the wording's size, in time and in memory never freed (200 Biểu
#      under a 3.5 MB wording: 14 s, 1.25 GB). Now read once per import.
#  F4  and cut the wording of the line into its words and tags for each
#      line: a wording of 1.2 MB cost 17 ms a line (an 8 MiB document
#      holds 100,000 lines). Now cut once.
# Each case fails before its fix (ff71a1cc): F1's and F2's guards (KH507
# at 4n; their ratios are cut short by the budget), F3's and F4's ratios (17 and 16 times). Timed cases
# compare CPU at n and 4n (ratio_case, the better of two runs), never a
# wall-clock limit.
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

# sparse FILE SOURCE N FIGURE: a plan of N localities (SOURCE localities)
# or N tasks (tasks), entry I with the data key kI, and N paragraphs, the
# figure FIGURE with %d for I
sparse() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
out, src, n, fig = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
o = ["khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  issuer_short: UBND huyện A\n"
     "  place: A\n  date: 2024-03-05\n  title: Thực hiện thử năm 2024\n"
     "opening: \"UBND huyện xây dựng Kế hoạch như sau:\"\nunits:\n  - {id: u0, name: Phòng A}\n"]
if src == "localities":
    o.append("localities:\n")
    o.extend("  - {id: l%d, name: Xã %d, kind: xã, data: {k%d: %d}}\n" % (i, i, i, i % 7 + 1) for i in range(n))
o.append("body:\n  - section: NỘI DUNG\n    items:\n")
if src == "tasks":
    o.extend("      - task: Việc %d\n        lead: u0\n        data: {k%d: %d}\n" % (i, i, i % 7 + 1) for i in range(n))
else:
    o.append("      - task: Việc chung\n        lead: u0\n")
o.extend(("      - para: Có " + fig + " mục.\n") % i for i in range(n))
o.append("closing: Trên đây là Kế hoạch.\nrecipients: [UBND tỉnh, \"Lưu: VT\"]\nsignature:\n"
         "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
open(out, "w", encoding="utf-8").write("".join(o))
PY
}

# ---- F1: a sum per locality's own key, no filter ------------------------------
sparse "$P/f1.yaml" localities 5000 '{sum localities data.k%d}'
sparse "$P/f4.yaml" localities 20000 '{sum localities data.k%d}'
# each figure leaves n-1 out (KH506, folded past the cap; KH260's tag for
# it asks the hints' budget, which caps that work: 2,500 then 10,000 cost
# 5 to 6.3 times under ASan); never KH507
ratio_want='0 KH507 0 0'
ratio_case "F1 5,000 then 20,000 localities, each its own data key and a sum of it (KH507 at 20,000 before)" \
    "$P/f1.yaml" "$P/f4.yaml" "$timed" check FILE
"$khgen" build -f md -o - "$P/f1.yaml" >"$work/f1.md" 2>"$work/f1.err"
"$khgen" check "$P/f1.yaml" >/dev/null 2>"$work/f1.chk"
_n=$(grep -c '^Có [1-7] mục\.$' "$work/f1.md")
_w=$(grep -c 'warning\[KH506\]: 4999 of the 5000 localities have no data.k0; ' "$work/f1.chk")
_l=$(grep -c "note: 'l1' has no data.k0" "$work/f1.chk")
if [ "$_n" -eq 5000 ] && [ "$_w" -eq 1 ] && [ "$_l" -eq 1 ]; then
    ok "F1 each of the 5,000 sums prints its one locality's value; KH506 counts the 4,999 without it, naming the first"
else
    not_ok "F1 $_n of 5,000 sums print a value, KH506 '4999 of the 5000' $_w times, the note on l1 $_l times: $(head -c 300 "$work/f1.chk")"
fi

# ---- F2: the same over tasks --------------------------------------------------
sparse "$P/g1.yaml" tasks 4000 '{sum tasks data.k%d}'
sparse "$P/g4.yaml" tasks 16000 '{sum tasks data.k%d}'
ratio_want='0 KH507 0 0'
ratio_case "F2 4,000 then 16,000 tasks, each its own data key and a sum of it (KH507 at 16,000 before)" \
    "$P/g1.yaml" "$P/g4.yaml" "$timed" check FILE

# ---- F3: import --templates, a large wording and many "(Kèm theo ...)" lines -----
# tplshape DIR N BYTES: DIR/p.yaml of N attachments, DIR/t/wording.yaml
# the built-in one and a comment of about BYTES; DIR/p.md its Markdown
tplshape() {
    mkdir -p "$1/t"
    /usr/bin/python3 - "$top/templates/wording.yaml" "$@" <<'PY'
import sys
src, d, n, pad = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
w = open(src, encoding="utf-8").read() + "# " + "đệm " * (pad // 7) + "\n"
open(d + "/t/wording.yaml", "w", encoding="utf-8").write(w)
o = ["khgen: 1", "header:", "  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]", "  issuer_short: UBND huyện A",
     "  number: \"12\"", "  code: KH-UBND", "  place: A", "  date: 2024-03-05", "  title: Thử",
     "opening: \"UBND huyện xây dựng Kế hoạch như sau:\"", "units:", "  - {id: u0, name: Phòng A}",
     "body:", "  - section: NỘI DUNG", "    items:",
     "      - para: Chi tiết theo " + ", ".join("{att b%d}" % i for i in range(n)) + ".",
     "closing: Trên đây là Kế hoạch.", "recipients: [UBND tỉnh, \"Lưu: VT\"]", "signature:",
     "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]", "  name: Nguyễn Văn A", "attachments:"]
for i in range(n):
    o += ["  - id: b%d" % i, "    label: Biểu %02d" % (i + 1), "    title: Bảng %d" % i,
          "    columns: [stt, {key: a, header: Nội dung}]", "    rows:", "      - {a: Một}"]
open(d + "/p.yaml", "w", encoding="utf-8").write("\n".join(o) + "\n")
PY
    "$khgen" build -f md -o - --templates "$1/t" "$1/p.yaml" >"$1/p.md" 2>/dev/null
}
tplshape "$work/t1" 10 500000
tplshape "$work/t4" 40 2000000
_k=$(grep -c '^\*(Kèm theo Kế hoạch số 12/KH-UBND' "$work/t4/p.md")
[ "$_k" -eq 40 ] || not_ok "setup: F3's Markdown has $_k '(Kèm theo' lines, not 40"
# ratio_case's FILE is one word: the directory, its files named by imp.sh
printf '"$1" import --force -o "$2/o.yaml" --templates "$2/t" "$2/p.md"\n' >"$work/imp.sh"
ratio_case "F3 import --templates: 10 lines under a 0.5 MB wording, then 40 under 2 MB (16 times before)" \
    "$work/t1" "$work/t4" sh "$work/imp.sh" "$timed" FILE
if grep -q '^  - id: bieu-40$' "$work/t4/o.yaml" 2>/dev/null && ! grep -q KH "$work/err"; then
    ok "F3 the 40 Biểu import under their wording, no message"
else
    not_ok "F3 the import: $(grep -c '^  - id:' "$work/t4/o.yaml" 2>/dev/null) attachments; $(head -c 300 "$work/err")"
fi

# ---- F4: import --templates, a long wording of the line itself -----------------
# bigword DIR N WORDS: DIR as tplshape's, built with the built-in wording,
# and DIR/t/wording.yaml's attachment_under_title that wording followed
# by WORDS words "đệm" (the document's lines read by it all the same)
bigword() {
    tplshape "$1" "$2" 0
    "$khgen" build -f md -o - "$1/p.yaml" >"$1/p.md" 2>/dev/null
    /usr/bin/python3 - "$1/t/wording.yaml" "$3" <<'PY'
import re, sys
w = open(sys.argv[1], encoding="utf-8").read()
big = ("(Kèm theo Kế hoạch số {{number}}/{{code}} ngày {{date}}{{#issuer}} của {{issuer}}{{/issuer}})"
       + " đệm" * int(sys.argv[2]))
w, n = re.subn(r"^attachment_under_title: .*$", lambda m: 'attachment_under_title: "%s"' % big, w, flags=re.M)
if n != 1:
    sys.exit("bigword: no attachment_under_title")
open(sys.argv[1], "w", encoding="utf-8").write(w)
PY
}
bigword "$work/u1" 10 60000
bigword "$work/u4" 40 240000
ratio_case "F4 import --templates: 10 lines under a wording of 0.3 MB, then 40 under 1.2 MB (16 times before)" \
    "$work/u1" "$work/u4" sh "$work/imp.sh" "$timed" FILE
_k=$(grep -c 'warning\[KH762\]' "$work/err")
if [ "$_k" -ge 40 ] && grep -q '^  - id: bieu-40$' "$work/u4/o.yaml" 2>/dev/null; then
    ok "F4 each of the 40 lines is other than the wording (KH762), the 40 Biểu imported"
else
    not_ok "F4 $_k KH762 of 40 lines: $(head -c 300 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
