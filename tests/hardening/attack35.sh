#!/bin/sh
# tests/hardening/attack35.sh KHGEN WORKDIR - what session 35's black-box
# attack on the plan language and what reaches the outputs found (issue 8;
# reproducers in /tmp/s35attack/ of that session). FIND ONLY: every case
# fails at main a649835e; the next session fixes them and registers this
# suite in tests/run_all.sh and tests/README.md. Each case is one finding:
#  H1  a trailing no-break space (U+00A0, pasted from Word) defeats the
#      end-mark rules, exit 0, no message, in every format (PDF too): a
#      closing "…huyện./.\u00a0" prints "…huyện./. ./.", "…huyện\u00a0"
#      "…huyện ./.", "…huyện:\u00a0" "…huyện: ./." (no KH163); the last
#      legal basis "…phương;\u00a0" "…phương; ."; a clause "X:\u00a0" with
#      a text "X: : text";
#  H2  an attachment of the locality-targets preset whose rows are emptied
#      (`rows: []`) or written out prints "Tên {kinds}" and "Thuộc
#      {parent_kinds}", braces and all, exit 0; the only messages (KH210)
#      point at templates/presets/locality-targets.yaml:13:30, the built-in
#      preset, no file beside the plan, none at the plan's line;
#  H3  a body table whose rows are tasks (`items:`) prints each task's
#      columns only: a task's sub-tasks (`items: [{task: Con, lead: tckh,
#      due: 2024-05}]`), its bullets and its `text:` are printed nowhere, in
#      no format, exit 0, no message, while `{count tasks}` counts the
#      sub-tasks ("Có 3 nhiệm vụ" over two printed) and a task-assignments
#      attachment lists them;
#  H4  a task without `lead` drops its `support` and its `lead_note` from
#      the document: `{task: Việc, support: [vpdp]}` and `{task: Việc, due:
#      2024-06, lead_note: (đồng chí ...)}` print "- Việc" (and the deadline
#      line) and nothing else, exit 0, no message (with a lead: "+ Đơn vị
#      thực hiện: X phối hợp với Y (đồng chí ...)");
#  H5  a `part:`'s `text:` (README: every node may have a text, printed
#      after its title) is printed nowhere, in no format, exit 0, no
#      message: "Năm 2023, xã đã đạt nhiều kết quả quan trọng." under
#      "Phần thứ nhất / ĐÁNH GIÁ KẾT QUẢ NĂM 2023" is lost;
#  M1  KH118 (a text that begins with its own label) misses a label alone
#      or with no space after it, and the "a/", "1/", "I - " styles:
#      `clause: "1."` prints "1. 1.", `point: "a)"` "a) a)", `bullet: "-"`
#      "- -", `bullet: "-Hoàn thành"` "- -Hoàn thành", `section: "I - MỤC
#      TIÊU"` "I. I - MỤC TIÊU", no warning;
#  M2  a body table's caption typed with its number ("Bảng 1. Phân công")
#      prints "Bảng 1. Bảng 1. Phân công"; an attachment's title typed with
#      its label ("Biểu 01: Danh sách") prints "Biểu 01" over "BIỂU 01: DANH
#      SÁCH"; no warning;
#  M3  an id listed twice in a reference prints twice, no warning: "{loc
#      dong-huu tan-hiep dong-huu}" "Đồng Hưu, Tân Hiệp, Đồng Hưu", "{att
#      bieu01 bieu01}" "Biểu 01, 01", "{crit 17 17}" "17, 17" (a unit twice
#      in `support` is KH256, a criterion twice KH421);
#  M4  a YAML yes/no word without quotes is KH124 where a text goes, but not
#      in a written row's text cell (`dat: yes` prints "yes", `true`
#      "true") nor in a recipient written as a block item (`- no`);
#  M5  a no-break space in YAML's syntax (after "date:", after a list's
#      "-", as indentation) gives KH005/KH021 messages that never name it:
#      "could not find expected ':' ... add its ':'", "begin this line with
#      '- ' too", "line 9 above is indented 0 spaces";
#  M6  README: a YAML null where no text goes is KH107 "'X' is empty (a
#      YAML null)", never "'~' is not a deadline" - yet `due: {in: ~}` and
#      `{before: ~}` say just that (KH302), `data: ~` "must be a mapping,
#      not a string", a node's `number: ~` "not '~'" (KH108), a basis's
#      `date_style: ~` and a node's `marker: ~` "not '~'" (KH106);
#  M7  a no-break space for a space (Word's Ctrl+Shift+Space, a PDF's
#      copy) hides the text from the checks that read words: `clause:
#      "1.\u00a0Cấp xã"` prints "1. 1. Cấp xã" without KH118, `by:
#      "của\u00a0Thủ tướng"` "của của" without KH172, `number:
#      "263\u00a0/QĐ-TTg"` without KH173, a basis `text: "\u00a0tình hình
#      ..."` printed without "Căn cứ" and without KH176, a deadline's
#      `text: "Quý\u00a0II/2024"` over 2024-Q1 without KH319, "-\u00a0Ý
#      một" lines run on without KH125 (each warned with a plain space);
#  M8  two ids that differ only in case are two entries, no message: units
#      `tckh` and `TCKH`, localities `dong-huu` and `Dong-Huu`, attachments
#      `bieu01` and `Bieu01` (a reference typed in the other case now
#      resolves, silently, to the other entry; "duplicate id" is KH200);
#  M9  README's attachment with its generator's source changed (`rows:
#      {from: tasks}` under `preset: locality-targets`, a one-line edit)
#      gets nine errors, every one at templates/presets/locality-targets.yaml
#      (lines 13-22), the built-in preset, a file beside no plan; none at the
#      plan's line, which is the one to change (the same for each preset
#      over another source);
#  L1  `{due}` of an `ongoing` deadline after a colon in a task's text
#      prints "Hạn: Thường xuyên trong năm 2024." where README says lower
#      case after a colon ("Hạn: quý I/2024" is lower).
# Each case builds README's example with one edit (-f md -o -) or checks
# it: about 40 runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
readme_base
P=$work/p

# mk NAME OLD NEW [OLD NEW]...: README's example with each OLD replaced once
# by NEW, as $P/NAME.yaml; "<NB>" in NEW is a no-break space (U+00A0),
# "\n" a line break
mk() {
    _n=$1
    shift
    /usr/bin/python3 - "$P/ex.yaml" "$P/$_n.yaml" "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
a = sys.argv[3:]
for old, new in zip(a[::2], a[1::2]):
    old = old.replace('\\n', '\n')
    new = new.replace('<NB>', '\u00a0').replace('\\n', '\n')
    if old not in s:
        sys.exit('mk: %r not in the example' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
# md NAME: `build -f md -o -` of $P/NAME.yaml into $work/NAME.md, its
# messages into $work/NAME.err, its status into $st
md() {
    "$khgen" build -f md -o - "$P/$1.yaml" >"$work/$1.md" 2>"$work/$1.err"
    st=$?
}
# chk NAME: `check` of $P/NAME.yaml, messages into $work/NAME.err, $st
chk() {
    "$khgen" check "$P/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
# verdict NAME WHAT: ok when $bad is empty, else not_ok naming it
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
}

# ---- H1: a trailing no-break space and the end marks -----------------------
CL='closing: Trên đây là Kế hoạch năm {year} của UBND huyện.'
mk h1a "$CL" 'closing: "Trên đây là Kế hoạch năm {year} của UBND huyện./.<NB>"'
mk h1b "$CL" 'closing: "Trên đây là Kế hoạch năm {year} của UBND huyện<NB>"'
mk h1c "$CL" 'closing: "Trên đây là Kế hoạch năm {year} của UBND huyện:<NB>"'
mk h1d '  - text: Căn cứ tình hình thực tế của địa phương' \
    '  - text: "Căn cứ tình hình thực tế của địa phương;<NB>"'
mk h1e '      - clause: Phòng Tài chính - Kế hoạch' \
    '      - clause: "Phòng Tài chính - Kế hoạch:<NB>"\n        text: Chủ trì'
bad=
for c in h1a h1b h1c; do
    md $c
    grep -qx 'Trên đây là Kế hoạch năm 2024 của UBND huyện\./\.' "$work/$c.md" ||
        bad="$bad [$c: $(grep 'Trên đây' "$work/$c.md" | head -1), status $st]"
done
md h1d
grep -qx '\*Căn cứ tình hình thực tế của địa phương\.\*' "$work/h1d.md" ||
    bad="$bad [h1d: $(grep 'tình hình thực tế' "$work/h1d.md" | head -1)]"
md h1e
grep -qx '\*\*1\. Phòng Tài chính - Kế hoạch:\*\* Chủ trì' "$work/h1e.md" ||
    bad="$bad [h1e: $(grep 'Chủ trì' "$work/h1e.md" | head -1)]"
verdict "H1 a no-break space after the closing, the last basis or a heading: one end mark, './.' once, no ' ./.', '; .' or ': :'"

# ---- H2: the locality-targets preset over rows that are no localities' ------
PR='rows: {from: localities, where: {target_year: 2024}}'
mk h2a "$PR" 'rows: []'
mk h2b "$PR" 'rows:\n      - [Xã Đồng Hưu, "", 17, "", nông thôn mới, 2024, ""]'
bad=
for c in h2a h2b; do
    md $c
    if grep -q '{kinds}\|{parent\\\?_kinds}' "$work/$c.md" || grep -q '^templates/presets/' "$work/$c.err"; then
        bad="$bad [$c: $(grep '^| STT' "$work/$c.md" | cut -c1-60); $(grep -c '^templates/presets/' "$work/$c.err") message(s) at the built-in preset]"
    fi
done
verdict "H2 a preset table with rows: [] or written rows: no '{kinds}' printed, no message pointing into the built-in preset"

PA='          - para: (Chi tiết theo {att bieu01} đính kèm).'
# ---- H3: what a table's task holds beyond its columns ---------------------
TI='          - {task: Rà soát hồ sơ các xã, lead: vpdp, due: 2024-06}'
mk h3a "$TI" '          - task: Rà soát hồ sơ các xã\n            lead: vpdp\n            due: 2024-06\n            items:\n              - {task: Kiểm tra hồ sơ đất đai, lead: tckh, due: 2024-05}'
mk h3b "$TI" '          - task: Rà soát hồ sơ các xã\n            lead: vpdp\n            due: 2024-06\n            items:\n              - bullet: Gồm hồ sơ đất đai và xây dựng'
mk h3c "$TI" '          - task: Rà soát hồ sơ các xã\n            lead: vpdp\n            due: 2024-06\n            text: Rà soát toàn bộ hồ sơ đất đai của các xã.'
bad=
for cw in 'h3a:Kiểm tra hồ sơ đất đai' 'h3b:Gồm hồ sơ đất đai' 'h3c:Rà soát toàn bộ hồ sơ'; do
    c=${cw%%:*}
    md "$c"
    grep -qF "${cw#*:}" "$work/$c.md" || grep -q 'warning\[\|error\[' "$work/$c.err" ||
        bad="$bad [$c: '${cw#*:}' printed nowhere, status $st, no message]"
done
verdict "H3 a table task's sub-task, bullet or text: printed, or a message (it was dropped from every format)"

# ---- H4: support and lead_note of a task without a lead ------------------
mk h4a "$PA" "$PA"'\n          - task: Rà soát hồ sơ\n            support: [vpdp]'
mk h4b "$PA" "$PA"'\n          - task: Rà soát hồ sơ\n            due: 2024-06\n            lead_note: (đồng chí Mạc Khánh Hưng)'
bad=
for cw in 'h4a:Văn phòng Điều phối nông thôn mới huyện' 'h4b:Mạc Khánh Hưng'; do
    c=${cw%%:*}
    md "$c"
    # the unit is printed elsewhere in the example: look under the task only
    sed -n '/^- Rà soát hồ sơ$/,/^\*\*/p' "$work/$c.md" | grep -qF "${cw#*:}" || grep -q 'warning\[\|error\[' "$work/$c.err" ||
        bad="$bad [$c: '${cw#*:}' not under the task, status $st, no message]"
done
verdict "H4 a task's support or lead_note without a lead: printed, or a message (dropped silently)"

# ---- H5: a part's text ---------------------------------------------------
small h5 <<'EOF'
body:
  - part: ĐÁNH GIÁ KẾT QUẢ NĂM 2023
    text: Năm 2023, xã đã đạt nhiều kết quả quan trọng.
    items:
      - section: KẾT QUẢ
        items: [Đạt 19 tiêu chí.]
  - part: NHIỆM VỤ NĂM 2024
    items:
      - section: NHIỆM VỤ
        items: [Duy trì.]
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF
md h5
bad=
grep -qF 'Năm 2023, xã đã đạt nhiều kết quả quan trọng.' "$work/h5.md" || grep -q 'warning\[\|error\[' "$work/h5.err" ||
    bad=" the text printed nowhere, status $st, no message"
verdict "H5 a part's text: printed under its title, or a message"

# ---- M1: KH118's gaps ------------------------------------------------------
PA='          - para: (Chi tiết theo {att bieu01} đính kèm).'
mk m1a 'clause: Cấp xã' 'clause: "1."'
mk m1b "$PA" "$PA"'\n          - point: "a)"'
mk m1c "$PA" "$PA"'\n          - bullet: "-"'
mk m1d "$PA" "$PA"'\n          - bullet: "-Hoàn thành hồ sơ"'
mk m1e "$PA" "$PA"'\n          - point: "a)Hoàn thành hồ sơ"'
mk m1f 'clause: Cấp xã' 'clause: "1.Cấp xã"'
mk m1g "$PA" "$PA"'\n          - point: "a/ Hoàn thành hồ sơ"'
mk m1h 'clause: Cấp xã' 'clause: "1/ Cấp xã"'
mk m1i 'section: MỤC TIÊU' 'section: "I - MỤC TIÊU"'
bad=
for c in m1a m1b m1c m1d m1e m1f m1g m1h m1i; do
    chk $c
    grep -q 'warning\[KH118\]' "$work/$c.err" || bad="$bad $c"
done
verdict "M1 KH118 at '1.', 'a)', '-' alone, '-Hoàn thành', 'a)Hoàn thành', '1.Cấp xã', 'a/ ...', '1/ ...', 'I - ...' (each printed its label twice, no warning; missing at)"

# ---- M2: a caption or an attachment title typed with its number ------------
mk m2a '      - table: Phân công rà soát' '      - table: "Bảng 1. Phân công rà soát"'
mk m2b 'title: Danh sách xã phấn đấu đạt chuẩn năm 2024' 'title: "Biểu 01: Danh sách xã phấn đấu đạt chuẩn năm 2024"'
bad=
for c in m2a m2b; do
    chk $c
    grep -q 'warning\[' "$work/$c.err" || bad="$bad $c"
done
verdict "M2 a warning at a caption 'Bảng 1. ...' (printed 'Bảng 1. Bảng 1. ...') and a title 'Biểu 01: ...' under the label 'Biểu 01' (missing at)"

# ---- M3: an id twice in a reference -----------------------------------------
R='(Chi tiết theo {att bieu01} đính kèm).'
mk m3a "$R" '"(Chi tiết theo {att bieu01} đính kèm). Xã {loc dong-huu tan-hiep dong-huu}."'
mk m3b "$R" '"(Chi tiết theo {att bieu01 bieu01} đính kèm)."'
mk m3c "$R" '"(Chi tiết theo {att bieu01} đính kèm). Tiêu chí {crit 17 17}."'
bad=
for c in m3a m3b m3c; do
    chk $c
    grep -q 'warning\[' "$work/$c.err" || bad="$bad $c"
done
verdict "M3 a warning at {loc a b a}, {att x x}, {crit 17 17} (printed 'Đồng Hưu, Tân Hiệp, Đồng Hưu', 'Biểu 01, 01', '17, 17'; missing at)"

# ---- M4: yes/no words in a cell and a recipient ----------------------------
mk m4a '    preset: locality-targets\n    rows: {from: localities, where: {target_year: 2024}}' \
    '    columns: [stt, {key: name, header: Tên}, {key: dat, header: Đạt chuẩn}]\n    rows:\n      - {name: Đồng Hưu, dat: yes}\n      - {name: Tân Hiệp, dat: true}'
mk m4b 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:\n  - UBND tỉnh\n  - no\n  - "Lưu: VT"'
bad=
for c in m4a m4b; do
    chk $c
    grep -q 'KH124' "$work/$c.err" || bad="$bad $c (status $st)"
done
verdict "M4 KH124 at a text cell 'yes'/'true' and a recipient '- no' (printed 'yes', 'true', '- no;'; missing at)"

# ---- M5: a no-break space in YAML's syntax ---------------------------------
mk m5a '  date: 2024-01 ' '  date:<NB>2024-01 '
mk m5b 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:\n  -<NB>UBND tỉnh\n  - "Lưu: VT"'
mk m5c '  place: Yên Thế' '<NB> place: Yên Thế'
bad=
for c in m5a m5b m5c; do
    chk $c
    grep -E 'error\[|warning\[' "$work/$c.err" | head -1 | grep -qi 'U+00A0\|no-break' ||
        bad="$bad [$c: $(grep -E 'error\[|warning\[' "$work/$c.err" | head -1 | sed "s|^$P/||" | cut -c1-110)]"
done
verdict "M5 the first message names the no-break space in 'date:\\u00a0', '-\\u00a0item', a \\u00a0 indent"

# ---- M6: YAML's null and KH107 ---------------------------------------------
N='            due: 2024-Q1'
mk m6a "$N" '            due: {in: ~, text: Quý I/2024}'
mk m6b "$N" '            due: {before: ~}'
mk m6c "$N" "$N"'\n            data: ~'
mk m6d '      - clause: Cấp xã' '      - clause: Cấp xã\n        number: ~'
mk m6e '  - kind: Quyết định' '  - kind: Quyết định\n    date_style: ~'
mk m6f '      - clause: Cấp xã' '      - clause: Cấp xã\n        marker: ~'
bad=
for c in m6a m6b m6c m6d m6e m6f; do
    chk $c
    if ! grep -q 'error\[KH107\]' "$work/$c.err" || grep -q "'~'\|not a string" "$work/$c.err"; then
        bad="$bad [$c: $(grep 'error\[' "$work/$c.err" | head -1 | sed 's/^.*error/error/' | cut -c1-70)]"
    fi
done
verdict "M6 KH107 'is empty (a YAML null)' at due in/before, data, number, date_style, marker: ~ (README: never ''~' is not a deadline')"

# ---- M7: a no-break space for a space hides the words from the checks ----
T='text: Tham mưu phân bổ nguồn vốn năm {year}.'
mk m7a 'clause: Cấp xã' 'clause: "1.<NB>Cấp xã"'
mk m7b 'by: Thủ tướng Chính phủ' 'by: "của<NB>Thủ tướng Chính phủ"'
mk m7c 'number: 263/QĐ-TTg' 'number: "263<NB>/QĐ-TTg"'
mk m7d '  - text: Căn cứ tình hình thực tế của địa phương' '  - text: "<NB>tình hình thực tế của địa phương"'
mk m7e "$N" '            due: {in: 2024-Q1, text: "Quý<NB>II/2024"}'
mk m7f "$T" 'text: |\n              Tham mưu:\n              -<NB>Ý một\n              -<NB>Ý hai'
bad=
for cc in m7a:KH118 m7b:KH172 m7c:KH173 m7d:KH176 m7e:KH319 m7f:KH125; do
    c=${cc%%:*}
    chk "$c"
    grep -q "warning\[${cc#*:}\]" "$work/$c.err" || bad="$bad $cc"
done
verdict "M7 a no-break space for a space: KH118, KH172, KH173, KH176, KH319, KH125 as with a space (missing)"

# ---- M8: ids that differ only in case -------------------------------------
mk m8a '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n  - {id: TCKH, name: Phòng Nội vụ}' \
    'support: [vpdp]' 'support: [vpdp, TCKH]'
mk m8b '  - {id: dong-lac,' '  - {id: Dong-Huu, name: Đồng Hưu B, kind: xã, criteria_met: 12, target: ntm, target_year: 2024}\n  - {id: dong-lac,'
mk m8c '(Chi tiết theo {att bieu01} đính kèm).' '(Chi tiết theo {att bieu01 Bieu01} đính kèm).'
printf '  - {id: Bieu01, label: Biểu 02, title: Hai, columns: [stt, {key: a, header: A}], rows: [[x]]}\n' >>"$P/m8c.yaml"
bad=
for c in m8a m8b m8c; do
    chk $c
    grep -q 'warning\[\|error\[' "$work/$c.err" || bad="$bad $c (status $st)"
done
verdict "M8 a message at an id that differs from another only in case (units TCKH/tckh, localities Dong-Huu/dong-huu, attachments Bieu01/bieu01; missing at)"

# ---- M9: a preset over another source: messages only in the built-in preset -
mk m9 'rows: {from: localities, where: {target_year: 2024}}' 'rows: {from: tasks}'
chk m9
bad=
grep -q "^$P/m9.yaml:[0-9]*:[0-9]*: error\\[" "$work/m9.err" ||
    bad=" status $st, $(grep -c 'error\[' "$work/m9.err") errors, at: $(grep 'error\[' "$work/m9.err" | cut -d: -f1-2 | sort -u | tr '\n' ' ')"
verdict "M9 rows: {from: tasks} under preset locality-targets: an error at the plan's line, not only at the built-in preset's"

# ---- L1: {due} of 'ongoing' after a colon ----------------------------------
mk l1 "$T" 'text: "Hạn: {due}."' "$N" '            due: ongoing'
md l1
bad=
grep -qx -- '- Hạn: thường xuyên trong năm 2024\.' "$work/l1.md" ||
    bad=" [$(grep 'Hạn:' "$work/l1.md" | head -1)]"
verdict "L1 'Hạn: {due}.' of an ongoing deadline prints 'Hạn: thường xuyên trong năm 2024.' (lower case after a colon)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
