#!/bin/sh
# tests/hardening/review28.sh KHGEN WORKDIR - what session 28's white-box
# review of session 27's new code found (issue 8; /tmp/s28review/findings.md
# in its session), each with the variant of a fix's reproducer it did not
# cover:
#  H1 a node's `label` is printed as written (KH210 says so, and session
#     27 escaped a body table's label and the other fields printed as
#     written: s27attack H1), yet a section's, clause's or task's label
#     went into its heading line as Markdown: `label: "*I*."` printed "I."
#     in italics, its stars gone, in every format; a point's, bullet's or
#     paragraph's "*a*)" did so in the .md alone (the .html and .docx print
#     it as written), and a part's "Phần *một*" in all three. Now escaped
#     where a Markdown line holds it (render.c render_put_label), printed
#     as written everywhere; `khgen diff` shows a changed label so too.
#     (s28fixlow's 07b09cd2, s27attack L8, landed the same escape first;
#     its heading line's marker, a titled task's label outside the
#     emphasis, was printed from the escaped head in the .html and .docx,
#     "\*3\*. Việc có nhãn", backslashes and all, and `khgen diff` showed a
#     changed label "[-I. *I*.-]{+II. *II*.+}": both fixed here.)
#  H2 `khgen diff` printed one of two outputs at random for the same two
#     plans: of old parts equally alike a new part (no exact match), the
#     first one touched was taken, and they are touched in the order of
#     their words' hashes, which session 27 seeded at random per process
#     (s27review H2, H4: "no output depends on it"): a paragraph "moved
#     from I.1" in one run was "changed from II.1" in another, 6 runs in
#     40. Now of equal scores the part at the new one's place, then the
#     first in the old document's order (similar.c).
#  H3 session 27 read a --templates file through /proc/self/fd (s27outputs
#     F9, a descriptor of the file whose path was checked): where there is
#     no /proc (a bare chroot or container, which util.c's write_unnamed
#     serves), the read failed with ENOENT, taken for "no such template",
#     and the build printed the built-in plan.md and wording, exit 0, no
#     word. Now the file is opened by its name again and read when it is
#     the checked one (its device and inode), else refused (EAGAIN).
#  M4 without /proc a build wrote nothing: each output's unnamed temporary
#     (O_TMPFILE) is named through /proc/self/fd, which is not there, so
#     every build failed, KH901 "cannot write 'x.md': No such file or
#     directory". Now an unnamed file is used only where /proc can name it,
#     else a named temporary, as util.c's write_unnamed does (outputs.c).
#  H4 a signature block set with tabs (s27review H5: lines between two of
#     the block are any line only under "Nơi nhận", else recipients or
#     capitals) was told a signature's by "Nơi nhận" as typed in one run:
#     "NƠI NHẬN:" in capitals, "Nơi " and "nhận:" in two runs, or a
#     no-break space between, ended the block at the first recipient
#     typed without its dash; the recipients were lost and read as the
#     signer's name, exit 0, no word. Now found in any case, across runs.
#  H5 (this session's new code) s28foreign's Obsidian comment ("%%...%%")
#     looked for its closing "%%" from each "%%" after a space to the
#     line's end: a paragraph of " %%a" 20,000 times took 0.7 s to import,
#     80,000 times 10.7 s (quadratic). Now a line searched to its end once.
#  M1 KH213 (s27review H3: "trước ngày {due}" over a `before:` deadline
#     prints "trước ngày trước ngày ...") read the words before '{due}' as
#     parted by spaces only: "trước\u00a0ngày {due}" (a no-break space, as
#     Word pastes it), "trước **ngày** {due}", "trước *ngày {due}*" and
#     "trước ngày" over a line break printed the words twice, exit 0, no
#     warning. Now a no-break space, a line break and emphasis marks part
#     the words too (due_words.c), the message quoting the words as printed.
#  M2 a .docx's table column of text whose cells are centred (khgen prints
#     a column given `align: center` so) was imported without the align, as
#     the .md's ":---:" gives it: the rebuilt plan printed it on the left,
#     and `khgen diff` of tests/e2e's le-thuy-2025 and its own .docx's
#     import said "căn lề: stt trái [-giữa-]{+trái+} giữa" (session 27's
#     new line). Now the reader writes the delimiter row the .md has
#     (docx_tree.c docx_delimiter_row), one decision for both.
#  M3 the row of column numbers under a table's header (s27: "(1)", "(2)",
#     ... left out) typed as offices also type it, "1 | 2 | 3 | 4=3x2", was
#     read as the first row of data: the table kept it, its "Tổng cộng" row
#     no totals. Now left out too, in three columns or more.
#  L1 KH315 (a closing naming the plan with last year's year; s27's
#     draft_range_dash) read a range typed with spaces, "Trên đây là Kế
#     hoạch năm 2023 - 2025", as the year 2023 alone: "the plan is for
#     2024: a year left from the plan it was copied from?", untrue (and an
#     error under -Werror). Now a spaced dash with a digit after it is a
#     range too.
#  L2 a legal basis's `name` (a law's, cited without a number) is prose:
#     its references are checked as a text site's, yet it was printed raw:
#     "Luật Ngân sách nhà nước năm {year}" printed its braces, exit 0, no
#     word. Now expanded, as its `by` and `about` are.
#  L3 a failed build removes the directories it made for its outputs
#     (s27outputs F2), walking up the -o path from its end to the first it
#     made: "-o new/../old/sub" made new and old/sub, and the walk removed
#     old, another's empty directory, too. Now the directories made are
#     listed as made, and only those are removed, the last first.
# Each H, M and L case fails with the binary from before its fix; the guards
# passed before and must still.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p

# ---- H1: a node's label printed as written -----------------------------------------------
small h1 <<'EOF2'
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    label: "*I*."
    items:
      - clause: Việc chung
        label: "_1_."
        items:
          - point: Điểm một
            label: "*a*)"
          - para: "Đoạn văn."
            label: "[1]"
          - task: Việc có nhãn
            label: "*3*."
            text: Nội dung việc.
            lead: u
      - part: Tên phần
        label: "Phần *một*"
        items:
          - para: Trong phần.
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
rm -rf "$work/h1"
"$khgen" build -f md,html,docx -o "$work/h1" "$P/h1.yaml" >"$work/out" 2>"$work/err"
st=$?
for f in md html docx; do
    from=$f
    [ $f = md ] && from=gfm
    pandoc -f $from -t plain --wrap=none "$work/h1/h1.$f" 2>/dev/null | sed 's/^ *//' >"$work/h1.$f.txt"
    for want in "*I*. NHIỆM VỤ" "_1_. Việc chung" "*a*) Điểm một" "[1] Đoạn văn." "*3*. Việc có nhãn" \
        "Phần *một*"; do
        what="H1 $f prints the label as written"
        case $f:$want in html:\*a* | html:\[* | docx:\*a* | docx:\[* | md:\[*)
            what="H1 guard (so before): $f prints the label as written" ;;
        esac
        if [ $st -eq 0 ] && grep -qxF -- "$want" "$work/h1.$f.txt"; then
            ok "$what: $want"
        else
            not_ok "$what: want '$want' (exit $st); got: $(grep -E 'NHIỆM|Việc|Điểm|Đoạn|Phần' "$work/h1.$f.txt" | tr '\n' '/' | head -c 400)"
        fi
    done
done
sed 's/label: "\*I\*\."/label: "*II*."/' "$P/h1.yaml" >"$P/h1b.yaml"
"$khgen" diff --no-color "$P/h1.yaml" "$P/h1b.yaml" >"$work/out" 2>&1
st=$?
if [ $st -eq 1 ] && grep -qF -- '[-*I*.-]{+*II*.+} NHIỆM VỤ' "$work/out"; then
    ok "H1 khgen diff shows a label changed as written"
else
    not_ok "H1 khgen diff shows a label changed as written (exit $st): $(head -c 400 "$work/out")"
fi
# guard: the numbers khgen prints itself, unchanged
small h1g <<'EOF2'
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    items:
      - clause: Việc chung
        items:
          - point: Điểm một
          - task: Việc hai
            lead: u
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
rm -rf "$work/h1g"
"$khgen" build -f md -o "$work/h1g" "$P/h1g.yaml" >"$work/out" 2>"$work/err"
if grep -qxF '**I. NHIỆM VỤ**' "$work/h1g/h1g.md" && grep -qxF '**1. Việc chung**' "$work/h1g/h1g.md" &&
    grep -qxF 'a) Điểm một' "$work/h1g/h1g.md" && grep -qxF -- '- Việc hai' "$work/h1g/h1g.md"; then
    ok "H1 guard: automatic labels print as before"
else
    not_ok "H1 guard: automatic labels print as before: $(grep -E 'NHIỆM|Việc|Điểm' "$work/h1g/h1g.md" | tr '\n' '/')"
fi

# ---- H2: khgen diff's choice among parts equally alike, by the seeded hash ------------------
# four old paragraphs, each "alpha beta gamma delta" and a word of its own,
# all four words in one new paragraph elsewhere: equally alike
{
    sed -n '1,8p' "$P/h1g.yaml"
    echo "body:"
    for s in MỘT HAI BA BỐN; do
        printf '  - section: %s\n    items:\n      - para: "alpha beta gamma delta w%s"\n' "$s" "$s"
    done
    printf '  - section: NĂM\n    items:\n      - para: "Nội dung khác hẳn."\n'
    sed -n '/^closing:/,$p' "$P/h1g.yaml"
} >"$P/h2old.yaml"
{
    sed -n '1,8p' "$P/h1g.yaml"
    echo "body:"
    for s in MỘT HAI BA BỐN; do
        printf '  - section: %s\n    items:\n      - para: "Điều mới %s hẳn."\n' "$s" "$s"
    done
    printf '  - section: NĂM\n    items:\n      - para: "alpha beta gamma delta wMỘT wHAI wBA wBỐN"\n'
    sed -n '/^closing:/,$p' "$P/h1g.yaml"
} >"$P/h2new.yaml"
: >"$work/h2.sums"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    "$khgen" diff --no-color "$P/h2old.yaml" "$P/h2new.yaml" >"$work/h2.out" 2>&1
    cksum <"$work/h2.out" >>"$work/h2.sums"
done
if [ "$(sort -u "$work/h2.sums" | wc -l)" -eq 1 ] && grep -qF '@@ V. “alpha beta gamma delta wMỘT wHAI wBA…”: chuyển từ I. @@' "$work/h2.out"; then # (its path V.¶1 named by its words since s45cycle F13)
    ok "H2 khgen diff of parts equally alike: one output in 20 runs, the first part's"
else
    not_ok "H2 khgen diff of parts equally alike: $(sort -u "$work/h2.sums" | wc -l) outputs in 20 runs; last: $(grep '@@' "$work/h2.out" | tr '\n' ' ' | head -c 400)"
fi

# ---- H3: --templates read without /proc --------------------------------------------------------
# (a bare chroot or container: util.c's write_unnamed says so); run where a
# mount namespace can hide /proc (root, unshare), else said skipped; not
# under the sanitizers, which read their options and stop the world
# through /proc (LeakSanitizer's fatal error at every exit)
no_proc_ok() {
    [ "$(id -u)" = 0 ] && ! grep -qa __asan_init "$khgen" &&
        unshare -m sh -c 'mount -t tmpfs none /proc' 2>/dev/null
}
mkdir -p "$work/h3tpl"
cp "$top/templates/plan.md" "$work/h3tpl/plan.md"
echo "<!-- h3 custom -->" >>"$work/h3tpl/plan.md"
if no_proc_ok; then
    unshare -m sh -c 'mount -t tmpfs none /proc && exec "$@"' sh \
        "$khgen" build -f md -o - --templates "$work/h3tpl" "$P/h1g.yaml" >"$work/h3.md" 2>"$work/err"
    st=$?
    if [ $st -eq 0 ] && grep -qF 'h3 custom' "$work/h3.md"; then
        ok "H3 without /proc, a --templates plan.md is read (not the built-in one, exit 0)"
    else
        not_ok "H3 without /proc, a --templates plan.md is read (exit $st): $(tail -c 200 "$work/h3.md") $(head -c 300 "$work/err")"
    fi
else
    ok "H3 skipped: no mount namespace to hide /proc in (not root, no unshare, or a sanitizers' build)"
fi
"$khgen" build -f md -o - --templates "$work/h3tpl" "$P/h1g.yaml" >"$work/h3.md" 2>"$work/err"
if grep -qF 'h3 custom' "$work/h3.md"; then
    ok "H3 guard: with /proc, a --templates plan.md is read"
else
    not_ok "H3 guard: with /proc, a --templates plan.md is read: $(head -c 300 "$work/err")"
fi

# ---- H4: a signature block set with tabs, "Nơi nhận" as Word may hold it -------------------
# (s27's H5 reads lines between two of a block as any line only under
# "Nơi nhận"; mut27_docx.py's tab lines)
mkdir -p "$work/h4"
/usr/bin/python3 - "$work/h4" <<'PY'
import sys
sys.path.insert(0, 'tests/hardening')
import mut27_docx as m
d = sys.argv[1]
def runs_line(left_runs, right):
    ppr = '<w:pPr><w:tabs><w:tab w:val="center" w:pos="6804"/></w:tabs></w:pPr>'
    runs = ''.join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % t for t in left_runs)
    runs += '<w:r><w:tab/><w:t xml:space="preserve">%s</w:t></w:r>' % right
    return '<w:p>%s%s</w:p>' % (ppr, runs)
for name, first in [('plain', m.tab_line('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN')),
                    ('caps', m.tab_line('NƠI NHẬN:', 'TM. ỦY BAN NHÂN DÂN')),
                    ('split', runs_line(['Nơi ', 'nhận:'], 'TM. ỦY BAN NHÂN DÂN')),
                    ('nbsp', m.tab_line('Nơi\u00a0nhận:', 'TM. ỦY BAN NHÂN DÂN'))]:
    lines = [first] + [m.tab_line('Thôn %d;' % (k + 1)) for k in range(5)]
    lines += [m.tab_line('- Lưu: VT.', 'CHỦ TỊCH'), m.tab_line('', 'Trần Văn Bình')]
    m.docx(d + '/%s.docx' % name, m.para('Hoàn thành nhiệm vụ.') +
           m.para('Trên đây là Kế hoạch năm 2025 của UBND xã An Bình./.') + ''.join(lines))
PY
for n in caps split nbsp plain; do
    what="H4 a signature block set with tabs under \"$n\" Nơi nhận: its recipients and signer read"
    [ $n = plain ] && what="H4 guard (so before): a signature block set with tabs under \"Nơi nhận:\""
    "$khgen" import --force -o "$work/h4/$n.yaml" "$work/h4/$n.docx" >/dev/null 2>&1
    if sed -n '/^recipients:/,$p' "$work/h4/$n.yaml" | tr '\n' '|' |
        grep -qF '  - Thôn 5|  - "Lưu: VT"|signature:|  lines:|    - TM. ỦY BAN NHÂN DÂN|    - CHỦ TỊCH|  name: Trần Văn Bình|'; then
        ok "$what"
    else
        not_ok "$what: $(sed -n '/^signature:/,$p' "$work/h4/$n.yaml" | head -8 | tr '\n' '|')"
    fi
done

# ---- H5: an Obsidian comment looked for again at each "%%" of a line (s28foreign) -----------
gen_percent() { # N FILE: one paragraph of N " %%a", no comment closed
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
open(out, 'w', encoding='utf-8').write('**KẾ HOẠCH**\n\n**Thực hiện năm 2024**\n\n**I. NHIỆM VỤ**\n\nLàm'
                                       + ' %%a' * n + '.\n')
PY
}
gen_percent 20000 "$P/t-pct1.md"
gen_percent 80000 "$P/t-pct4.md"
timed_case "H5 import: a line of 20,000 ' %%a' (no Obsidian comment closed)" "$timed" import -o /dev/null --force "$P/t-pct1.md"
timed_case "H5 import: a line of 80,000 ' %%a' (no Obsidian comment closed)" "$timed" import -o /dev/null --force "$P/t-pct4.md"
printf '**KẾ HOẠCH**\n\n**Thực hiện năm 2024**\n\n**I. NHIỆM VỤ**\n\nLàm %%%%nháp%%%% xong %%%%a.\n' >"$P/h5.md"
"$khgen" import -o "$P/h5.yaml" --force "$P/h5.md" >/dev/null 2>&1
# (s31fixmed: one of the two spaces around the comment goes with it)
if grep -qF 'para: Làm xong %%a.' "$P/h5.yaml"; then
    ok "H5 guard: '%%nháp%%' dropped, the unclosed '%%a' after it kept"
else
    not_ok "H5 guard: '%%nháp%% xong %%a': $(grep -F 'Làm' "$P/h5.yaml")"
fi

# ---- M1: KH213's words parted by what prints as a space ----------------------------------
due_case() { # NAME TEXT(YAML double-quoted) WANT(0: no KH213, else the words quoted)
    small due <<EOF2
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        text: "Hoàn thành $2."
        lead: u
        due: {before: 2024-06-30}
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
    "$khgen" check "$P/due.yaml" >"$work/out" 2>"$work/err"
    if [ "$3" = 0 ]; then
        if grep -q KH213 "$work/err"; then not_ok "$1: no KH213 wanted: $(head -c 300 "$work/err")"; else ok "$1"; fi
    elif grep -qF "KH213]: the words before '{due}' are '$3'" "$work/err"; then
        ok "$1"
    else
        not_ok "$1: want KH213 quoting '$3': $(head -c 300 "$work/err")"
    fi
}
due_case "M1 a no-break space between the words" 'trước\u00a0ngày {due}' 'trước ngày'
due_case "M1 a word in bold" 'trước **ngày** {due}' 'trước ngày'
due_case "M1 emphasis opened before the last word" 'trước *ngày {due}*' 'trước ngày'
due_case "M1 a line break between the words" 'trước ngày\n{due}' 'trước ngày'
due_case "M1 guard (KH213 before): the words and a space" 'trước ngày {due}' 'trước ngày'
due_case "M1 guard: a colon after the words, no KH213" 'trước ngày: {due}' 0
due_case "M1 guard: no blank between the words, no KH213" 'trước**ngày {due}' 0
# timed: runs of marks and no-break spaces before each of many '{due}'
gen_marks() { # N FILE
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
run = '** \\u00a0' * 2000
head = ('khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]\n  issuer_short: UBND xã An Bình\n'
        '  place: An Bình\n  date: 2024-03-05\n  title: Thực thi thử năm 2024\n'
        'opening: "UBND xã xây dựng Kế hoạch như sau:"\nunits:\n  - {id: u, name: Phòng A}\n'
        'body:\n  - section: NHIỆM VỤ\n    items:\n')
tasks = ''.join('      - {task: "V%d", text: "a%s trước%s{due}", lead: u, due: {before: 2024-06-30}}\n'
                % (i, run, run) for i in range(n))
open(out, 'w', encoding='utf-8').write(head + tasks)
PY
}
gen_marks 40 "$P/t-marks1.yaml"
gen_marks 160 "$P/t-marks4.yaml"
timed_case "M1 guard (timed) KH213: 40 '{due}' after runs of 8,000 marks and no-break spaces" "$timed" check "$P/t-marks1.yaml"
timed_case "M1 guard (timed) KH213: 160 '{due}' after runs of 8,000 marks and no-break spaces" "$timed" check "$P/t-marks4.yaml"

# ---- M2: a .docx's centred text column imported without `align: center` --------------------
# tests/e2e's le-thuy-2025 (a unit column `align: center`): its .docx's import
# diffed "căn lề: stt trái [-giữa-]{+trái+} giữa" against the plan
rm -rf "$work/m2"
"$khgen" build -f docx,md -o "$work/m2" "$top/tests/e2e/plans/le-thuy-2025.yaml" >/dev/null 2>&1
for f in docx md; do
    "$khgen" import --force -o "$work/m2/$f.yaml" "$work/m2/le-thuy-2025.$f" >/dev/null 2>&1
    "$khgen" diff --no-color "$top/tests/e2e/plans/le-thuy-2025.yaml" "$work/m2/$f.yaml" >"$work/out" 2>&1
    st=$?
    what="M2 the .$f's import of le-thuy-2025 keeps its centred text column: khgen diff the same"
    [ $f = md ] && what="M2 guard (so before): the .md's import of le-thuy-2025: khgen diff the same"
    if [ $st -eq 0 ] && grep -qF '{key: c3, header: "Đơn vị tính", align: center}' "$work/m2/$f.yaml"; then
        ok "$what"
    else
        not_ok "$what (exit $st): $(head -c 300 "$work/out")"
    fi
done
# a body table's int column (centred; a body table's import reads no types)
# came back on the left too; its text column stays on the left
small m2g <<'EOF2'
body:
  - section: NHIỆM VỤ
    items:
      - table: Bảng số liệu
        columns:
          - {key: stt, type: stt, header: TT}
          - {key: a, header: Tên}
          - {key: n, header: Số hộ, type: int}
        rows:
          - [Thôn Một, 12]
          - [Thôn Hai, 30]
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
rm -rf "$work/m2g"
"$khgen" build -f docx -o "$work/m2g" "$P/m2g.yaml" >/dev/null 2>&1
"$khgen" import --force -o "$work/m2g/back.yaml" "$work/m2g/m2g.docx" >/dev/null 2>&1
"$khgen" diff --no-color "$P/m2g.yaml" "$work/m2g/back.yaml" >"$work/out" 2>&1
st=$?
if [ $st -eq 0 ] && grep -qF '{key: c2, header: "Tên"}' "$work/m2g/back.yaml"; then
    ok "M2 a body table's int column comes back centred, its text column on the left: the same"
else
    not_ok "M2 a body table's int column comes back centred, its text column on the left (exit $st): $(head -c 300 "$work/out") $(grep -F 'key: c' "$work/m2g/back.yaml" | head -4)"
fi

# ---- M3: the row of column numbers typed without brackets -----------------------------------
cat >"$P/m3.md" <<'EOF2'
**ỦY BAN NHÂN DÂN**
**XÃ AN BÌNH**

Số: 12/KH-UBND

An Bình, ngày 05 tháng 3 năm 2024

**KẾ HOẠCH**

**Thực hiện năm 2024**

**I. NHIỆM VỤ**

Làm việc.

| STT | Tên thôn | Số hộ | Số khẩu |
|:---:|---|:---:|:---:|
| 1 | 2 | 3 | 4=3x2 |
| 1 | Thôn Một | 12 | 40 |
| 2 | Thôn Hai | 30 | 90 |
| | Tổng cộng | 42 | 130 |

Xong./.
EOF2
"$khgen" import -o "$P/m3.yaml" --force "$P/m3.md" >/dev/null 2>&1
if grep -qF 'totals: Tổng cộng' "$P/m3.yaml" && ! grep -qF '"2", c3: "3"' "$P/m3.yaml" &&
    grep -qF '# review: the row of column numbers' "$P/m3.yaml"; then
    ok "M3 a row of column numbers typed 1, 2, 3, 4=3x2 is left out, the totals read"
else
    not_ok "M3 a row of column numbers typed 1, 2, 3, 4=3x2 is left out: $(sed -n '/table/,/^closing/p' "$P/m3.yaml" | head -14 | tr '\n' '/')"
fi
sed 's/^| 1 | 2 | 3 | 4=3x2 |$/| 1 | 2 | 3 | 5 |/' "$P/m3.md" >"$P/m3b.md"
"$khgen" import -o "$P/m3b.yaml" --force "$P/m3b.md" >/dev/null 2>&1
if grep -qF '{stt: "1", c2: "2", c3: "3", c4: "5"}' "$P/m3b.yaml"; then
    ok "M3 guard: a row 1, 2, 3, 5 is a row"
else
    not_ok "M3 guard: a row 1, 2, 3, 5 is a row: $(sed -n '/rows:/,/^closing/p' "$P/m3b.yaml" | head -6 | tr '\n' '/')"
fi

# ---- M4: a build without /proc ---------------------------------------------------------------
if no_proc_ok; then
    rm -rf "$work/m4"
    for round in 1 2; do # a new directory, then over the outputs there
        unshare -m sh -c 'mount -t tmpfs none /proc && exec "$@"' sh \
            "$khgen" build -o "$work/m4" "$P/h1g.yaml" >"$work/out" 2>"$work/err"
        st=$?
        if [ $st -eq 0 ] && [ -s "$work/m4/h1g.md" ] && [ -s "$work/m4/h1g.docx" ] &&
            [ "$(ls -A "$work/m4" | grep -c '^\.')" -eq 0 ]; then
            ok "M4 without /proc, khgen build writes its outputs (round $round), no temporary left"
        else
            not_ok "M4 without /proc, khgen build writes its outputs (round $round, exit $st): $(ls -A "$work/m4" 2>&1 | tr '\n' ' ') $(head -c 300 "$work/err")"
        fi
    done
else
    ok "M4 skipped: no mount namespace to hide /proc in (not root, no unshare, or a sanitizers' build)"
fi

# ---- L1: KH315 over a spaced range of years --------------------------------------------------
close_case() { # NAME CLOSING WANT(0/1: KH315)
    small cl <<EOF2
units:
  - {id: u, name: Phòng A}
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        lead: u
        due: 2024-06
closing: "$2"
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
    "$khgen" check "$P/cl.yaml" >"$work/out" 2>"$work/err"
    got=0
    grep -q KH315 "$work/err" && got=1
    if [ $got -eq "$3" ]; then ok "$1"; else not_ok "$1: KH315 $got, want $3: $(head -c 300 "$work/err")"; fi
}
close_case "L1 'Kế hoạch năm 2023 - 2025' in the plan of 2024: a range, no KH315" \
    'Trên đây là Kế hoạch năm 2023 - 2025 của UBND xã.' 0
close_case "L1 'Kế hoạch năm 2023 – 2025' (a spaced en dash): a range, no KH315" \
    'Trên đây là Kế hoạch năm 2023 – 2025 của UBND xã.' 0
close_case "L1 guard: 'Kế hoạch năm 2023 - hoàn thành': KH315" 'Trên đây là Kế hoạch năm 2023 - hoàn thành.' 1
close_case "L1 guard: 'Kế hoạch năm 2023-2025': no KH315" 'Trên đây là Kế hoạch năm 2023-2025 của UBND xã.' 0

# ---- L2: a legal basis's `name`, prose, expanded ---------------------------------------------
small l2 <<'EOF2'
units:
  - {id: u, name: Phòng A}
bases:
  - {kind: Luật, name: "Ngân sách nhà nước năm {year} của {unit u}", date: 2015-06-25}
body:
  - section: NHIỆM VỤ
    items:
      - para: Làm việc.
closing: Xong.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: A}
EOF2
"$khgen" build -f md -o - "$P/l2.yaml" >"$work/l2.md" 2>"$work/err"
st=$?
if [ $st -eq 0 ] && grep -qF 'Căn cứ Luật Ngân sách nhà nước năm 2024 của Phòng A ngày 25/6/2015.' "$work/l2.md"; then
    ok "L2 a legal basis's name with {year} and {unit u}: expanded"
else
    not_ok "L2 a legal basis's name with {year} and {unit u}: expanded (exit $st): $(grep 'Căn cứ' "$work/l2.md") $(head -c 200 "$work/err")"
fi

# ---- L3: a failed build removes only the directories it made ---------------------------------
rm -rf "$work/l3"
mkdir -p "$work/l3/old"
# a file past ulimit -f fails the build after its directories are made
( ulimit -f 1; "$khgen" build -o "$work/l3/new/../old/sub" "$P/h1g.yaml" ) >/dev/null 2>&1
st=$?
if [ $st -ne 0 ] && [ -d "$work/l3/old" ] && [ ! -e "$work/l3/new" ] && [ ! -e "$work/l3/old/sub" ]; then
    ok "L3 a failed build into new/../old/sub removes new and old/sub, not old (exit $st)"
else
    not_ok "L3 a failed build into new/../old/sub (exit $st): $(cd "$work/l3" && find . | tr '\n' ' ')"
fi
rm -rf "$work/l3"
( ulimit -f 1; "$khgen" build -o "$work/l3/a/b/c/" "$P/h1g.yaml" ) >/dev/null 2>&1
if [ ! -e "$work/l3" ]; then
    ok "L3 guard: a failed build into l3/a/b/c/ removes all four it made"
else
    not_ok "L3 guard: a failed build into l3/a/b/c/: $(find "$work/l3" | tr '\n' ' ')"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
