#!/bin/sh
# tests/hardening/s53review.sh KHGEN WORKDIR - what session 53's review of
# session 52's code (3be5a963..8bad564e, and s52cycle's) found, and the
# guards its mutants asked for (tools/mutants.py; reproducers in
# /tmp/s53review/ of that session). The Word documents are made at test
# time by s53review_docx.py from khgen's .docx of plans/yen-the-2024.yaml.
# Each case fails at 8bad564e (session 52's stop) unless it is named a
# guard:
#  R1   a Biểu's table whose style is in All Caps (s52import F7) and whose
#       first child is a bookmark's start, before its w:tblPr (a bookmark
#       over the whole table: ECMA-376 17.4.38 puts range markup first):
#       table_props (bfeca52f, which looks for w:tblPr before the rows
#       only) stopped at the bookmark, the style unread, the cells read as
#       typed where Word shows capitals, exit 0; now the twin's plan (the
#       text typed in capitals); so too under two bookmarks and a
#       comment's range.
#  M1g  (guard; docx_sheet-016, session 52's survivor) an embedded
#       worksheet whose sheet1.xml unpacks to exactly 32 MiB, the limit of
#       a part, past what the embedded documents may still unpack: KH775
#       says the latter (the mutant named the part's limit, which it is
#       not past).
#  M2g  (guard; init_registry-056, -127, -134) init over a registry of
#       units only (one key: -127 took it for no registry, KH033) whose
#       'mttq', 'mttq-xa' and 'mttq-xa-2' are other bodies: the skeleton's
#       own Mặt trận is 'mttq-xa-3' (-056: 'mttq-xa-2-3'), and it checks
#       clean; over a plan given as the registry, KH033 is said (-134
#       dropped the flush: nothing said, exit 2).
#  M3g  (guard; figures_scope-041) KH269 over a figure whose first filter
#       is a criterion's, "{count localities criteria=17}", matching
#       another commune's indicator "17.12" (catalog_code_in: the filter's
#       ids a criterion's): "goes over 1 other communes" (the mutant left
#       the first filter's ids unset, the stack's garbage: none counted).
#  M4g  (guard; attach_rows-018) a ward's Biểu whose first column counts
#       criteria (criteria_met, then the names): the column is left out
#       over its tổ dân phố, as s51review's W1 leaves a later one (the
#       mutant kept a criteria column at index 0, printed empty).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

"$khgen" build -o "$work/built" -f docx "$top/plans/yen-the-2024.yaml" >/dev/null 2>"$work/build.err" ||
    { not_ok "build plans/yen-the-2024.yaml: $(head -c 300 "$work/build.err")"; echo "$pass passed, $fail failed"; exit 1; }
mkdir -p "$work/gen"
/usr/bin/python3 "$top/tests/hardening/s53review_docx.py" "$work/built/yen-the-2024.docx" "$work/gen" 2>"$work/gen.err" ||
    { not_ok "s53review_docx.py: $(head -c 300 "$work/gen.err")"; echo "$pass passed, $fail failed"; exit 1; }

# as_twin NAME [TWIN]: gen/NAME.docx imports as gen/TWIN.docx (NAME-twin)
# does, but for the first line (the file's name); says what differs
as_twin() {
    _t=${2:-$1-twin}
    "$guard" 30 "$khgen" import "$work/gen/$1.docx" -o "$work/$1.yaml" 2>"$work/$1.err" ||
        { echo " [$1: exit $?: $(head -c 200 "$work/$1.err")]"; return; }
    [ -f "$work/$_t.body" ] || {
        "$guard" 30 "$khgen" import "$work/gen/$_t.docx" -o "$work/$_t.yaml" 2>/dev/null
        tail -n +2 "$work/$_t.yaml" >"$work/$_t.body"
    }
    tail -n +2 "$work/$1.yaml" | cmp -s - "$work/$_t.body" ||
        echo " [$1: $(tail -n +2 "$work/$1.yaml" | diff "$work/$_t.body" - | grep '^[<>]' | head -3 | cut -c1-140 | tr '\n' '|')]"
}

# ---- R1: a table style found past the range markup before w:tblPr ------------------------
bad="$(as_twin tblcaps-bm tblcaps-twin)$(as_twin tblcaps-marks tblcaps-twin)"
grep -q 'header: "TÊN TIÊU CHÍ"' "$work/tblcaps-twin.yaml" 2>/dev/null || bad="$bad [the twin has no 'TÊN TIÊU CHÍ']"
if [ -z "$bad" ]; then
    ok "R1 a Biểu's table of a style in All Caps whose w:tblPr comes after a bookmark's start (and after two bookmarks and a comment's range) shows its cells in capitals, as Word does: the twin's plan"
else
    not_ok "R1:$bad"
fi

# ---- M1g: a part of exactly 32 MiB -------------------------------------------------------
"$guard" 30 "$khgen" import "$work/gen/exact32.docx" -o "$work/exact32.yaml" 2>"$work/exact32.err"
st=$?
if [ "$st" = 0 ] && grep -q "warning\[KH775\]: .*its part xl/worksheets/sheet1.xml unpacks to 33554432 bytes, more than the embedded documents may still unpack together (32 MiB)" "$work/exact32.err"; then
    ok "M1g (guard) a worksheet part of exactly 32 MiB, within a part's limit: KH775 says it is past what the embedded documents may still unpack"
else
    not_ok "M1g exit $st: $(grep KH775 "$work/exact32.err" | head -c 400)"
fi

# ---- M2g: init over a registry of units only ----------------------------------------------
mkdir -p "$work/m2/chung"
cat >"$work/m2/chung/registry.yaml" <<'Y'
units:
  - {id: mttq, name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh}
  - {id: mttq-xa, name: Mặt trận xã Hàm Yên cũ}
  - {id: mttq-xa-2, name: Mặt trận xã Yên Thuận cũ}
Y
printf 'khgen: 1\nunits: []\nbody: []\n' >"$work/m2/chung/plan.yaml"
bad=
(cd "$work/m2" && "$guard" 30 "$khgen" init --year 2026 --include chung/registry.yaml "Xã Hàm Yên" -o kh.yaml) \
    >/dev/null 2>"$work/m2.err" || bad="$bad [init exit $?: $(head -c 200 "$work/m2.err")]"
grep -qxF "  - {id: mttq-xa-3, name: Ủy ban MTTQ và các đoàn thể xã}" "$work/m2/kh.yaml" 2>/dev/null &&
    grep -qxF "        lead: mttq-xa-3" "$work/m2/kh.yaml" ||
    bad="$bad [skeleton: $(grep -n 'mttq' "$work/m2/kh.yaml" 2>/dev/null | head -3 | tr '\n' ' ')]"
(cd "$work/m2" && "$guard" 30 "$khgen" check kh.yaml) >"$work/m2.check" 2>&1 && [ ! -s "$work/m2.check" ] ||
    bad="$bad [check: $(head -c 200 "$work/m2.check")]"
(cd "$work/m2" && "$guard" 30 "$khgen" init --year 2026 --include chung/plan.yaml "Xã Hàm Yên" -o kh2.yaml) \
    >/dev/null 2>"$work/m2p.err"
st=$?
[ "$st" = 2 ] && grep -q "chung/plan.yaml: error\[KH033\]: 'chung/plan.yaml' is not an included file" "$work/m2p.err" ||
    bad="$bad [a plan as the registry: exit $st, $(head -c 200 "$work/m2p.err")]"
if [ -z "$bad" ]; then
    ok "M2g (guard) init over a registry of units only whose mttq, mttq-xa and mttq-xa-2 are other bodies: its own Mặt trận mttq-xa-3, leading its task, the skeleton checks clean; a plan given as the registry: KH033, exit 2"
else
    not_ok "M2g:$bad"
fi

# ---- M3g: KH269 over a criterion's filter ------------------------------------------------
mkdir -p "$work/m3"
cat >"$work/m3/dia-ban.yaml" <<'Y'
localities:
  - {id: tan-binh, name: Tân Bình, kind: xã, criteria: ["17.12"]}
  - {id: hv, name: Hương Vĩ, kind: xã, criteria: ["17.12"]}
  - {id: thon-1, name: Thôn 1, kind: thôn, parent: tan-binh, criteria: ["17.12"]}
Y
cat >"$work/m3/kh.yaml" <<'Y'
khgen: 1
import: [qd318-xa-ntm]
include: [dia-ban.yaml]
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN BÌNH]
  issuer_short: UBND xã Tân Bình
  number: ""
  code: KH-UBND
  place: Tân Bình
  date: 2025-01
  title: Xây dựng nông thôn mới năm {year}
bases:
  - text: Căn cứ tình hình thực tế của địa phương
opening: "UBND xã Tân Bình xây dựng Kế hoạch năm {year}, như sau:"
units:
  - {id: kt, name: Công chức Kinh tế}
body:
  - section: MỤC TIÊU
    items:
      - bullet: Hoàn thành tiêu chí Môi trường ở {count localities criteria=17} địa bàn.
      - task: Hướng dẫn các địa bàn.
        lead: kt
closing: Trên đây là Kế hoạch năm {year} của UBND xã Tân Bình.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
Y
"$guard" 30 "$khgen" check "$work/m3/kh.yaml" >/dev/null 2>"$work/m3.err"
st=$?
if [ "$st" = 0 ] && grep -q "kh.yaml:20:50: warning\[KH269\]: this figure goes over 1 other communes" "$work/m3.err" &&
    grep -q "note: xã Hương Vĩ, another commune" "$work/m3.err"; then
    ok "M3g (guard) KH269 over '{count localities criteria=17}', another commune's indicator 17.12 matching criterion 17: 1 other commune"
else
    not_ok "M3g exit $st: $(head -c 400 "$work/m3.err")"
fi

# ---- M4g: a ward's criteria column first ---------------------------------------------------
bad=
mkdir -p "$work/m4"
"$guard" 30 "$khgen" init --year 2026 "Phường 3" -o "$work/m4/w0.yaml" >/dev/null 2>&1
/usr/bin/python3 - "$work/m4/w0.yaml" "$work/m4/ward.yaml" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.replace('localities:\n', 'levels:\n  - {id: vm, name: đô thị văn minh}\n\nlocalities:\n', 1)
s = re.sub(r'(  - \{id: [a-z]+-[12], name: "[^"]+", kind: [^,}]+)\}', r'\1, target: vm, target_year: 2026}', s)
s = s.replace('Căn cứ tình hình thực tế của địa phương',
              'Căn cứ tình hình thực tế của địa phương (chi tiết theo {att b1} đính kèm)', 1)
s += """
attachments:
  - id: b1
    label: Biểu 01
    preset: locality-targets
    title: Phấn đấu đạt chuẩn năm {year}
    columns:
      - {key: criteria_met, header: Số tiêu chí đã đạt, type: decimal}
      - {key: name_full, header: "Tên {kinds}"}
      - {key: target, header: Mức phấn đấu đạt chuẩn}
"""
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$guard" 60 "$khgen" build -f md -o "$work/m4/out" "$work/m4/ward.yaml" >/dev/null 2>"$work/m4.err" ||
    bad="$bad [build: $(head -c 300 "$work/m4.err")]"
grep -qF '| Tên tổ dân phố | Mục tiêu: Mức phấn đấu đạt chuẩn |' "$work/m4/out/ward.md" 2>/dev/null &&
    ! grep -q 'Số tiêu chí' "$work/m4/out/ward.md" ||
    bad="$bad [$(grep -m1 'Tên tổ dân phố' "$work/m4/out/ward.md" 2>/dev/null)]"
if [ -z "$bad" ]; then
    ok "M4g (guard) a ward's Biểu whose first column is criteria_met: the column left out over its tổ dân phố"
else
    not_ok "M4g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
