#!/bin/sh
# tests/hardening/s48review.sh KHGEN WORKDIR - what session 48's review of
# session 47's src/ changes (4fc689b2..682a4afb) found, and the cases its
# mutation sweeps asked for (issue 8; reproducers in /tmp/s48review/ of that
# session). Each case fails at 682a4afb (session 47's stop) unless it is
# named a guard:
#  T1  KH036's rule for one word typed with Telex's keys (s47user U5) took
#      English words and names alone in a Vietnamese sentence for such a
#      word, a warning on a correct plan: "docx", "Apr", "Petr", "SaaS",
#      "Haas", "Saar", "nginx" read as syllables Vietnamese never writes
#      ("dõc", "Ảp": a final c, ch, p, t under huyền, hỏi or ngã; "Sấ",
#      "Hấ": ă or â with no final; "ngĩn": "ng" before i), and the English
#      plurals ending "wns" ("towns", "owns", "lawns") as "tớn", "ớn",
#      "lắn". Over 98,000 distinct English words of this machine's
#      documentation, 74 were warned, now 19 (abbreviations such as "omx",
#      "ddos", "congr"); the 734 Vietnamese words of plans/ and the seeds
#      typed in Telex keep their warnings but one ("ddaa", no word).
#  T1g (guard) one Vietnamese word typed with Telex's keys alone in such a
#      sentence ("cuwngs", "dduwowngf", "phaamr", "lowns", "ngawns",
#      "sawns", "cungx", "vaanx", "toongr"), and beside an abbreviation of
#      two capitals ("TW"), is still KH036 (kills this session's
#      telex_text-009, -010: a tone r or x after a final consonant not
#      Telex's alone; -059: "TW" taken for a unit, the word then no odd
#      one).
#  K1  a locality's `data:` value "12,500" (12,5 ha written to three
#      decimals) shown by a decimal column of `decimals: 3` was KH114, an
#      error, and a false KH611 "written in quotes" beside it: parse told
#      it before any column was known (s47user U1), while the same figure
#      in a written row of that column is read as the decimal (U1g). Now
#      it is told at check, unless such a column shows its key.
#  K2  the same value shown by a column of `decimals: 2` was told twice,
#      KH114 by parse and KH114 again at the column; now once.
#  K1g (guard, in K2's case) shown by no column at all: still KH114,
#      exit 1.
#  I1  `khgen init "TT. Bố Hạ"` (a township's kind abbreviated, as officers
#      type it) wrote a plan issued by "XÃ TT. BỐ HẠ", `init "UBND TT Bố
#      Hạ"` (s47user U2's committee taken off) one by "HUYỆN TT BỐ HẠ", and
#      "TX. Việt Yên", "P. Bến Nghé" the same way, each checking clean with
#      exit 0; now the kind is read and written in full ("THỊ TRẤN BỐ HẠ",
#      "UBND thị trấn Bố Hạ"), with a note.
#  P1g (guard) a task's deadline whose first 64 bytes have lines joined
#      under them ('text:' deleted over "- >-"): KH302 and KH021 as for 63
#      or 65 bytes, no sanitizer report (parse_read-001 of session 46's
#      sweep, `<= sizeof before`, wrote one byte past its 64-byte buffer:
#      ASan's stack-buffer-overflow in make check).
#  I1g (guard) `init "U.B.N.D. xã Tân Phú"`: the place after the
#      committee's dotted initials, "XÃ TÂN PHÚ" (kills this session's
#      init_name-002, which read no word of "u.b.n.d. ").
#  D1g (guard) the header's "ỦY BAN NHÂN DÂN" as governing_body over the
#      issuer [HUYỆN YÊN THẾ], signed "TM. ỦY BAN NHÂN DÂN": KH166 saying
#      the two are one name, "([ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ])" (kills
#      check_draft-001, the other KH166; -003, -004, issuer[1]: "(null)").
#  J2g (guard) a list item indented into the one above ("   - Lưu: VT")
#      in a plan under a directory path of 500 characters and more: the one KH005
#      (load_joined-015, a tag buffer of 513 where its reader's is 512,
#      left the KH021 unwithdrawn: two messages).
#  S1g (guard) 'recipients:' indented into a closing of 27,000 characters
#      whose early lines begin ": ghi chú" and "A ghi: chú": KH019 there and
#      KH135 for the closing's own text, cut at 'recipients:' (yread-026
#      took ": " for a key, -014 "A ghi:" for "ghi:": the text cut there,
#      no KH135).
#  L1g (guard) markup_cost.c's limits exactly: a tag of 128 attributes,
#      128 namespaces in scope, 8,192 distinct names are read; 129, 129 and
#      8,193 are KH755, exit 3; 128 namespaces with 8,193 names are told as
#      the names (docx_part-003, `>=`, told the 128 namespaces).
#  M1g (guard) a tag of 129 attributes each on its own line (no space
#      before them: pretty-printed XML) is KH755 as on one line
#      (markup_cost-031 of session 48's sweep took only ' ' and '\t' for
#      blanks: the tag read as one long name, no attribute).
#  M2g (guard) a part that ends inside a start tag ("<w:p a=\"1", "<w:x ")
#      is KH754 at once (markup_cost-055, `i <= len`, never ended).
#  M4g (guard) a package whose main part is not word/document.xml
#      (word/document2.xml, as Word online names it) is read by its
#      relationship (docx_part-007, the limits' test inverted, lost it:
#      "no word/document.xml").
#  M3g (guard) 9,000 paragraphs of distinct w:rsidR values are read: an
#      attribute's value is no name (markup_cost-112 counted each: KH755).
#  A1  import of a hand "Tổng cộng" that does not add, over rows of fewer
#      decimals than it ("3.700,60" over 1.000, 700,5, 2.000) or of five
#      ("3.701" over 700,12345): KH768 blamed a right figure, "column 3 of
#      row 1, "1.000", is not a number with 2 decimals" (s47user U6's fix
#      covered rows of 1-4 decimals more than the total only); now it says
#      what the rows sum to. A total that adds up over rows of fewer
#      decimals is kept as a row, said as before.
#  F1g (guard) a written row's slips inside {...} around a comma that are
#      no English figure keep their one message each: "ns: 12,abc" and
#      "ns: 1,1.5.5" (KH610, the column 'abc', '1.5.5'), "ns: Q1,x" (KH611
#      and KH610); "ns: 1,850.5" and "ns: 1,500" over a hand "Tổng cộng"
#      row of 1950.5 and 101.5: the one KH015, no KH629 after it (the value
#      mended to 1850.5 and 1,5). Kills load_flow-009, -020, -021 (any key
#      after a short value taken for an English figure's tail: KH015 and
#      KH611), -027, -046 (the value left at 1: KH629 too).
#  J1g (guard) "12.5" in an int column: "holds whole numbers, not '12.5':
#      write digits only" (attach_typed-048 called it an English figure).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3

bad=
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
    bad=
}
readme_base

# alone WORD NAME: the example with WORD alone in a task's Vietnamese text
alone() {
    edited "$2" 'Tham mưu phân bổ nguồn vốn năm {year}.' "Tham mưu phân bổ nguồn vốn $1 năm {year}."
}

# ---- T1: English words alone in a Vietnamese sentence -----------------------------------
for w in docx Apr Petr SaaS Haas Saar nginx towns owns lawns downs; do
    alone "$w" "t1-$w"
    "$khgen" check "$work/p/t1-$w.yaml" >/dev/null 2>"$work/t1-$w.err" &&
        ! grep -q 'KH036' "$work/t1-$w.err" || bad="$bad [$w: $(grep -v '^ ' "$work/t1-$w.err" | head -c 160)]"
done
verdict "T1 'docx', 'Apr', 'SaaS', 'Haas', 'nginx', 'towns', 'owns' alone in a Vietnamese sentence: no KH036, exit 0"

# ---- T1g (guard): a Vietnamese word typed with Telex's keys is still told ----------------
for c in cuwngs:cứng dduwowngf:đường phaamr:phẩm lowns:lớn ngawns:ngắn sawns:sắn cungx:cũng vaanx:vẫn \
    toongr:tổng "cuwngs hóa theo chỉ đạo của TW:cứng hóa theo chỉ đạo của TW"; do
    w=${c%%:*}
    alone "$w" "t1g-${w%% *}"
    w=${w%% *}
    "$khgen" check "$work/p/t1g-$w.yaml" >/dev/null 2>"$work/t1g-$w.err"
    grep -q "warning\[KH036\]: '$w' is a Vietnamese word typed with Telex's keys" "$work/t1g-$w.err" &&
        grep -qF "${c#*:}" "$work/t1g-$w.err" || bad="$bad [$w: $(grep -v '^ ' "$work/t1g-$w.err" | head -c 160)]"
done
verdict "T1g (guard) 'cuwngs', 'phaamr', 'lowns', 'ngawns', 'sawns', 'cungx', 'vaanx', 'toongr' alone, 'cuwngs' beside 'TW': KH036 with the word it reads"

# ---- K1: a data value of three decimals in a column of three decimals --------------------
# data_plan NAME VALUE COLUMN: a commune plan whose two villages' `data:`
# hold dien_tich (VALUE, then 2,125), Biểu 01 showing it by COLUMN's extra
# keys ("" for no such column)
data_plan() {
    if [ -n "$3" ]; then
        col=", {key: dien_tich, header: Diện tích (ha), type: decimal, total: true$3}"
        totals="    totals: Tổng cộng"
    else
        col= totals=
    fi
    cat >"$work/p/$1.yaml" <<EOF
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
localities:
  - id: an-phu
    name: An Phú
    kind: thôn
    data:
      dien_tich: $2
  - id: binh-minh
    name: Bình Minh
    kind: thôn
    data:
      dien_tich: 2,125
body:
  - para: (Chi tiết theo {att bieu01} đính kèm).
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Diện tích các thôn
    columns: [stt, {key: name, header: Thôn}$col]
    rows: {from: localities}
$totals
EOF
}
data_plan k1 12,500 ', decimals: 3'
rm -rf "$work/k1"
"$khgen" build -f md -o "$work/k1" "$work/p/k1.yaml" >/dev/null 2>"$work/k1.err" ||
    bad="$bad [build: $(grep -v '^ ' "$work/k1.err" | head -c 300)]"
grep -qF '| 1 | An Phú | 12,500 |' "$work/k1/k1.md" 2>/dev/null &&
    grep -qF '**14,625**' "$work/k1/k1.md" || bad="$bad [$(grep 'An Phú\|Tổng' "$work/k1/k1.md" 2>&1 | tr '\n' '|')]"
verdict "K1 data 'dien_tich: 12,500' shown by a column of decimals: 3: read 12,500 as written, the total 14,625, exit 0"

# ---- K2, K1g (guard): the same value elsewhere is KH114, once -----------------------------
data_plan k2 12,500 ', decimals: 2'
data_plan k1gn 12,500 ''
for f in k2 k1gn; do
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    [ "$st" = 1 ] && grep -q "error\[KH114\]: 'dien_tich' is '12,500', which reads two ways: 12,5" "$work/$f.err" &&
        [ "$(grep -c '^[^ ].*\[KH' "$work/$f.err")" = 1 ] ||
        bad="$bad [$f: status $st, $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
done
verdict "K2 data '12,500' shown by a column of decimals: 2 (twice KH114 before), or by none (K1g, a guard): one KH114, exit 1"

# ---- I1: init of a name whose kind is abbreviated ---------------------------------------
for c in "TT. Bố Hạ|THỊ TRẤN BỐ HẠ|UBND thị trấn Bố Hạ" "UBND TT Bố Hạ|THỊ TRẤN BỐ HẠ|UBND thị trấn Bố Hạ" \
    "TX. Việt Yên|THỊ XÃ VIỆT YÊN|UBND thị xã Việt Yên" "P. Bến Nghé|PHƯỜNG BẾN NGHÉ|UBND phường Bến Nghé"; do
    name=${c%%|*}
    rest=${c#*|}
    rm -f "$work/i1.yaml"
    (cd "$work" && "$khgen" init --year 2025 -o i1.yaml "$name" >/dev/null 2>i1.err)
    st=$?
    [ "$st" = 0 ] && grep -qF "  issuer: [ỦY BAN NHÂN DÂN, ${rest%%|*}]" "$work/i1.yaml" &&
        grep -qF "  issuer_short: ${rest#*|}" "$work/i1.yaml" &&
        grep -q "note: '[A-Z.]*' is read as the kind" "$work/i1.err" &&
        "$khgen" check "$work/i1.yaml" >/dev/null 2>&1 ||
        bad="$bad [$name: status $st, $(grep -m2 'issuer' "$work/i1.yaml" 2>&1 | tr '\n' '|') $(head -c 200 "$work/i1.err")]"
done
verdict "I1 init 'TT. Bố Hạ', 'UBND TT Bố Hạ', 'TX. Việt Yên', 'P. Bến Nghé': the kind written in full, a note, the plan checks"
(cd "$work" && "$khgen" init --year 2026 -o i1g.yaml "U.B.N.D. xã Tân Phú" >/dev/null 2>i1g.err)
st=$?
[ "$st" = 0 ] && grep -qF '  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]' "$work/i1g.yaml" ||
    bad="$bad [status $st, $(grep -m2 'issuer' "$work/i1g.yaml" 2>&1 | tr '\n' '|')]"
verdict "I1g (guard) init 'U.B.N.D. xã Tân Phú': XÃ TÂN PHÚ"

# ---- P1g (guard): a joined deadline of 64 bytes -----------------------------------------
"$py" - "$top/plans/binh-trung-2024.yaml" "$work/p" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
assert lines[221].strip() == 'due: ongoing' and lines[222].strip() == 'text:'
for n in (63, 64, 65):
    l = list(lines)
    l[221] = '                    due: ' + 'x' * n
    del l[222]
    open('%s/p1g-%d.yaml' % (sys.argv[2], n), 'w', encoding='utf-8').write('\n'.join(l))
PY
for n in 63 64 65; do
    "$khgen" check "$work/p/p1g-$n.yaml" >/dev/null 2>"$work/p1g-$n.err"
    st=$?
    [ "$st" = 1 ] && grep -q "p1g-$n.yaml:222:26: error\[KH302\]: 'x.*' is not a deadline" "$work/p1g-$n.err" &&
        grep -q "p1g-$n.yaml:223:23: warning\[KH021\]" "$work/p1g-$n.err" &&
        [ "$(grep -c '^[^ ].*\[KH' "$work/p1g-$n.err")" = 2 ] && ! grep -q 'Sanitizer' "$work/p1g-$n.err" ||
        bad="$bad [$n: status $st, $(grep -v '^ ' "$work/p1g-$n.err" | head -c 300)]"
done
verdict "P1g (guard) a deadline of 63, 64, 65 bytes with lines joined under it: KH302 and KH021, no sanitizer report"

# ---- F1g, J1g (guards): one message for a slip inside {...}, an int column's "12.5" ------
# bieu02 NAME ROWS: the example with a Biểu 02 of a decimal column ns and an int column sl
# (its 'total: true' with no 'totals' line is KH641 since s54user F1, suppressed: one message each)
bieu02() {
    edited "$1" '    rows: {from: localities, where: {target_year: 2024}}' \
        "    rows: {from: localities, where: {target_year: 2024}}
  - id: bieu02
    label: Biểu 02
    title: Kế hoạch vốn
    suppress: [KH253, KH641]
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: ns, header: Ngân sách, type: decimal, total: true}
      - {key: sl, header: Số lượng, type: int}
    rows:
$2"
}
bieu02 f1a '      - {name: Đường, ns: 12,abc, sl: 2}'
bieu02 f1b '      - {name: Đường, ns: 1,1.5.5, sl: 2}'
bieu02 f1c '      - {name: Đường, ns: Q1,x, sl: 2}'
bieu02 f1d '      - {name: Đường, ns: 1,850.5, sl: 2}
      - {name: Cầu, ns: 100, sl: 1}
      - {name: Tổng cộng, ns: 1950.5, sl: 3}'
bieu02 f1e '      - {name: Đường, ns: 1,500, sl: 2}
      - {name: Cầu, ns: 100, sl: 1}
      - {name: Tổng cộng, ns: 101.5, sl: 3}'
bieu02 j1 '      - {name: Đường, sl: 12.5, ns: 3}'
for c in "f1a|error[KH610]: the table has no column 'abc'" "f1b|error[KH610]: the table has no column '1.5.5'" \
    "f1c|error[KH611]: column 'ns' holds numbers, not 'Q1': write one|error[KH610]: the table has no column 'x'" \
    "f1d|error[KH015]: 'ns: 1,850.5' inside {...}" "f1e|error[KH015]: 'ns: 1,500' inside {...}" \
    "j1|error[KH611]: column 'sl' holds whole numbers, not '12.5': write digits only"; do
    f=${c%%|*}
    want=${c#*|}
    "$khgen" check "$work/p/$f.yaml" >/dev/null 2>"$work/$f.err"
    st=$?
    n=1
    case $want in *"|"*) n=2 ;; esac
    [ "$st" = 1 ] && grep -qF "${want%%|*}" "$work/$f.err" && grep -qF "${want#*|}" "$work/$f.err" &&
        [ "$(grep -c '^[^ ].*\[KH' "$work/$f.err")" = "$n" ] ||
        bad="$bad [$f: status $st, $(grep -v '^ ' "$work/$f.err" | head -c 300)]"
    [ "$f" = f1e ] && verdict "F1g (guard) 'ns: 12,abc', '1,1.5.5', 'Q1,x', '1,850.5' and '1,500' over a hand total inside {...}: their messages, one each"
done
verdict "J1g (guard) '12.5' in an int column: 'holds whole numbers ... write digits only'"

# ---- A1: import of a hand total that does not add, rows of other decimals ----------------
edited a1 '    rows: {from: localities, where: {target_year: 2024}}' \
    "    rows: {from: localities, where: {target_year: 2024}}
  - id: bieu02
    label: Biểu 02
    title: Kế hoạch vốn
    suppress: [KH253]
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: ns, header: Ngân sách, type: decimal, total: true}
    rows:
      - {name: Đường thôn, ns: 1000}
      - {name: Nhà văn hóa, ns: 700.5}
      - {name: Nước sạch, ns: 2000}
    totals: Tổng cộng"
rm -rf "$work/a1"
"$khgen" build -f md -o "$work/a1" "$work/p/a1.yaml" >/dev/null 2>&1 || bad="$bad [a1 did not build]"
grep -qF '**3.700,5**' "$work/a1/a1.md" || bad="$bad [set-up: $(grep 'Tổng cộng' "$work/a1/a1.md")]"
sed 's/\*\*3\.700,5\*\*/**3.700,60**/' "$work/a1/a1.md" >"$work/a1/fewer.md"
sed -e 's/| 700,5 |/| 700,12345 |/' -e 's/\*\*3\.700,5\*\*/**3.701**/' "$work/a1/a1.md" >"$work/a1/five.md"
for c in "fewer|column 3 says 3.700,60, the rows above sum to 3.700,5" "five|column 3 says 3.701, the rows above sum to 3.700,12345"; do
    f=${c%%|*}
    "$khgen" import -o "$work/a1/$f.yaml" "$work/a1/$f.md" >/dev/null 2>"$work/a1/$f.err"
    grep -qF "is kept as a row, not the table's totals: ${c#*|}" "$work/a1/$f.err" &&
        ! grep -q 'is not a number with' "$work/a1/$f.err" || bad="$bad [$f: $(grep KH768 "$work/a1/$f.err" | head -c 300)]"
done
sed 's/\*\*3\.700,5\*\*/**3.700,50**/' "$work/a1/a1.md" >"$work/a1/adds.md"
"$khgen" import -o "$work/a1/adds.yaml" "$work/a1/adds.md" >/dev/null 2>"$work/a1/adds.err"
grep -qF 'is kept as a row, not the table'"'"'s totals: column 3 of row 1, "1.000", is not a number with 2 decimals' \
    "$work/a1/adds.err" || bad="$bad [adds: $(grep KH768 "$work/a1/adds.err" | head -c 300)]"
verdict "A1 import: a hand total 3.700,60 over rows of 1.000, 700,5, 2.000, or 3.701 over 700,12345: KH768 says what the rows sum to"

# ---- D1g (guard): the committee's name split over governing_body and issuer --------------
edited d1g '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]   # issuing body, as printed (upper case)' \
    '  governing_body: ỦY BAN NHÂN DÂN
  issuer: [HUYỆN YÊN THẾ]'
"$khgen" check "$work/p/d1g.yaml" >/dev/null 2>"$work/d1g.err"
st=$?
[ "$st" = 0 ] && [ "$(grep -c '^[^ ].*\[KH' "$work/d1g.err")" = 1 ] &&
    grep -qF "warning[KH166]: the signature signs 'TM. ỦY BAN NHÂN DÂN', the header's governing_body 'ỦY BAN NHÂN DÂN', which with the issuer's 'HUYỆN YÊN THẾ' under it is one name, the issuer's: the two lines print as a body over another; write them both as the issuer ([ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]) and no governing_body" "$work/d1g.err" ||
    bad="$bad [status $st, $(grep -v '^ ' "$work/d1g.err" | head -c 300)]"
verdict "D1g (guard) governing_body 'ỦY BAN NHÂN DÂN' over issuer [HUYỆN YÊN THẾ], 'TM. ỦY BAN NHÂN DÂN': one KH166 naming both"

# ---- J2g (guard): a joined list item under a long path ----------------------------------
long=$work/$("$py" -c "print('/'.join(['d' * 60] * 8))")
mkdir -p "$long"
edited j2g 'recipients: [UBND tỉnh, Các xã, "Lưu: VT"]' 'recipients:
  - UBND tỉnh
  - Các xã
   - Lưu: VT'
cp "$work/p/j2g.yaml" "$long/j2g.yaml"
"$khgen" check "$long/j2g.yaml" >/dev/null 2>"$work/j2g.err"
st=$?
[ "$st" = 1 ] && [ "$(grep -c '^[^ ].*\[KH' "$work/j2g.err")" = 1 ] &&
    grep -q "error\[KH005\]: YAML syntax error: this line is joined to the list item above it" "$work/j2g.err" ||
    bad="$bad [status $st, $(grep -v '^ ' "$work/j2g.err" | cut -c 480- | head -c 300)]"
verdict "J2g (guard) a list item indented into the one above, the plan under a path of 500 characters and more: one KH005"

# ---- S1g (guard): a key swallowed by a long closing, cut at that key ---------------------
"$py" - "$work/p/ex.yaml" "$work/p/s1g.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = 'closing: Trên đây là Kế hoạch năm {year} của UBND huyện.\nrecipients: [UBND tỉnh, Các xã, "Lưu: VT"]'
assert old in s
line = '  Trên đây là Kế hoạch năm {year} của UBND huyện, đề nghị các đơn vị triển khai thực hiện (mục %d).\n'
body = line % 1 + '  : ghi chú kèm theo\n  A ghi: chú thêm\n' + ''.join(line % k for k in range(2, 260))
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(old, 'closing: >-\n' + body + '  recipients: [UBND tỉnh, Các xã, "Lưu: VT"]', 1))
PY
"$khgen" check "$work/p/s1g.yaml" >/dev/null 2>"$work/s1g.err"
st=$?
[ "$st" = 0 ] && [ "$(grep -c '^[^ ].*\[KH' "$work/s1g.err")" = 2 ] &&
    grep -q "warning\[KH135\]: 'closing' is 2[0-9]* characters long, more than the 20000" "$work/s1g.err" &&
    grep -q "warning\[KH019\]: 'recipients:' begins a line of the text of 'closing'" "$work/s1g.err" ||
    bad="$bad [status $st, $(grep -v '^ ' "$work/s1g.err" | head -c 300)]"
verdict "S1g (guard) 'recipients:' swallowed by a closing of 27,000 characters with lines ': ghi chú', 'A ghi: chú': KH019 and KH135"

# ---- L1g (guard): markup_cost.c's limits, one under and one over ------------------------
"$py" - "$work/z" <<'PY'
import os, sys, zipfile
d = sys.argv[1]
os.makedirs(d, exist_ok=True)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
def para(t):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
BODY = (para('ỦY BAN NHÂN DÂN') + para('XÃ YÊN THẾ') + para('KẾ HOẠCH') +
        para('Thực hiện nhiệm vụ năm 2024') + para('I. MỤC ĐÍCH, YÊU CẦU') + para('Nâng cao chất lượng.'))
def docx(name, body):
    with zipfile.ZipFile('%s/%s.docx' % (d, name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s %s>'
                   '<w:body>%s</w:body></w:document>' % (W, R, BODY + body))
def attrs(n):
    return ''.join(' a%x=""' % i for i in range(n))
def ns(n):  # n declared on one element, the root's two beside them
    return '<w:g%s><w:p/></w:g>' % ''.join(' xmlns:n%d="u%d"' % (j, j) for j in range(n - 2))
# the document's own names: w:document, w:body, w:p, w:r, w:t, xml:space,
# xmlns:w, xmlns:r and their two namespaces
def names(n):
    return ''.join('<w:e%d/>' % i for i in range(n - 10))
def full(body):
    return ('<?xml version="1.0" encoding="UTF-8"?><w:document %s %s><w:body>%s</w:body></w:document>'
            % (W, R, BODY + body))
def part(name, doc):
    with zipfile.ZipFile('%s/%s.docx' % (d, name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', doc)
part('nl129', full('<w:x%s/>' % ''.join('\na%x=""' % i for i in range(129))))
with zipfile.ZipFile('%s/doc2.docx' % d, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT)
    z.writestr('_rels/.rels', RELS.replace('word/document.xml', 'word/document2.xml'))
    z.writestr('word/document2.xml', full(''))
part('cut', full('')[:-40] + '<w:p a="1')
part('cut2', full('')[:-40] + '<w:x ')
part('rsid', full(''.join('<w:p w:rsidR="%08X"><w:r><w:t>Mục %d.</w:t></w:r></w:p>' % (i, i)
                          for i in range(9000))))
for k, body in (('a128', '<w:x%s/>' % attrs(128)), ('a129', '<w:x%s/>' % attrs(129)),
                ('n128', ns(128)), ('n129', ns(129)), ('m8192', names(8192)), ('m8193', names(8193)),
                ('nm', ns(128) + names(8193 - 126 * 2 - 1))):
    docx(k, body)
PY
for c in a128: n128: m8192: "a129:has a tag of 129 attributes, more than the 128" \
    "n129:declares 129 XML namespaces at once, more than the 128" "m8193:uses more than 8192 distinct names" \
    "nm:uses more than 8192 distinct names"; do
    f=${c%%:*}
    want=${c#*:}
    "$guard" 30 "$khgen" import "$work/z/$f.docx" >"$work/$f.out" 2>"$work/$f.err"
    st=$?
    if [ -z "$want" ]; then
        [ "$st" = 0 ] && grep -q 'title: Thực hiện nhiệm vụ năm {year}' "$work/$f.out" && ! grep -q 'KH755' "$work/$f.err"
    else
        [ "$st" = 3 ] && [ ! -s "$work/$f.out" ] && grep -q "error\[KH755\]: .*word/document.xml $want" "$work/$f.err"
    fi || bad="$bad [$f: status $st, $(head -c 200 "$work/$f.err")]"
done
verdict "L1g (guard) 128 attributes, 128 namespaces, 8,192 names read; 129, 129, 8,193 refused (KH755, exit 3); 128 namespaces and 8,193 names: the names said"

# ---- M1g-M3g (guards): markup_cost.c's reading of blanks, a text's end, values ------------
imp() { # NAME: import of $work/z/NAME.docx, its status in $st
    "$guard" 30 "$khgen" import "$work/z/$1.docx" >"$work/$1.out" 2>"$work/$1.err"
    st=$?
}
imp nl129
[ "$st" = 3 ] && grep -q "error\[KH755\]: .*word/document.xml has a tag of 129 attributes" "$work/nl129.err" ||
    bad="$bad [status $st, $(head -c 200 "$work/nl129.err")]"
verdict "M1g (guard) a tag of 129 attributes each on its own line: KH755, exit 3"
for f in cut cut2; do
    imp $f
    [ "$st" = 3 ] && grep -q "error\[KH754\]: .*word/document.xml is not well-formed XML" "$work/$f.err" ||
        bad="$bad [$f: status $st, $(head -c 200 "$work/$f.err")]"
done
verdict "M2g (guard) a part ending inside a start tag: KH754 at once, exit 3"
imp rsid
[ "$st" = 0 ] && grep -q 'title: Thực hiện nhiệm vụ năm {year}' "$work/rsid.out" && ! grep -q 'KH755' "$work/rsid.err" ||
    bad="$bad [status $st, $(head -c 200 "$work/rsid.err")]"
verdict "M3g (guard) 9,000 distinct attribute values (w:rsidR): read, exit 0"
imp doc2
[ "$st" = 0 ] && grep -q 'title: Thực hiện nhiệm vụ năm {year}' "$work/doc2.out" ||
    bad="$bad [status $st, $(head -c 200 "$work/doc2.err")]"
verdict "M4g (guard) the main part word/document2.xml, named by _rels/.rels: read, exit 0"

echo "$pass passed, $fail failed"
