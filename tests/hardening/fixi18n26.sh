#!/bin/sh
# tests/hardening/fixi18n26.sh KHGEN WORKDIR - what session 26 fixed of
# its findings in the messages and in `suppress:` (issue 8):
#  T1 i18n_tr's check of a translation's conversions read a '%' printf
#     takes as no conversion ("92,1%. A", "50%)") as one, and showed the
#     English message instead of the Vietnamese without a word (KH634's
#     explanation was rewritten without '%' to dodge it); an explanation
#     printed as text ("50% các xã") was checked as a format too. Now the
#     '%' is text and `khgen explain` prints its texts as text; a catalog
#     given by $KHGEN_LOCALEDIR shows it. (tests/unit/test_i18n.c asks
#     the check of every entry of po/vi.po.)
#  T2 messages passing English words as arguments ("has"/"have",
#     "it"/"them", " or ", "is"/"are", "a"/"an"): the Vietnamese KH506
#     said "so_tieu_chi or so_xa" and "các mục này" (these items) of one
#     row; KH616, KH417, KH621, KH627 and KH033 hid theirs with "%.0s".
#     Each is now a whole sentence per case, translated.
#  T3 `suppress:` in a flow mapping silenced every node on its lines: in
#     `[{id: a, suppress: [KH253]}, {id: b}]` b's KH253 was silenced too
#     (a rule was a range of lines); now a flow node silences from its
#     '{' to its '}', a block node its lines as before, the plan's all.
# Each T case fails with main's binary before the fix (T1's guard over
# the corpus and T3's controls passed before and must still). The new
# per-node rule is timed at n and 4n on one line of flow nodes.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
vi() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=vi_VN.UTF-8 "$khgen" "$@"; }

head_yaml() {
    cat <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]
  place: A
  date: 2024-01
  title: Thử nghiệm
  issuer_short: UBND huyện A
EOF
}

# ---- T1: a '%' that is no conversion dropped the translation -----------------------
# A catalog (as $KHGEN_LOCALEDIR gives) whose Vietnamese KH253 says "92,1%.
# A" and whose KH634 explanation says "50% các xã": both shown.
if command -v msgfmt >/dev/null 2>&1; then
    mkdir -p "$work/loc/vi/LC_MESSAGES"
    expl=$(grep -A1 '^msgid "A `percent` column takes the percentage' "$top/po/vi.po" | head -1)
    cat >"$work/t1.po" <<EOF
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "attachment '%s' is never referred to from the text (write '(Chi tiết theo {att %s} đính kèm)' where it belongs)"
msgstr "biểu '%s' (đạt 50%) không được dẫn chiếu (hãy viết '(Chi tiết theo {att %s} đính kèm)')"

$expl
msgstr "Giải thích: 50% các xã, 92,1%. Một cột."
EOF
    if msgfmt -o "$work/loc/vi/LC_MESSAGES/khgen.mo" "$work/t1.po" 2>"$work/err"; then
        { head_yaml; cat <<'EOF'
body:
  - para: Nội dung.
attachments:
  - {id: bieu01, label: Biểu 01, title: T, columns: [{key: n, header: N}], rows: [{n: x}]}
EOF
        } >"$P/t1.yaml"
        KHGEN_LOCALEDIR=$work/loc vi check "$P/t1.yaml" >"$work/out" 2>"$work/err"
        if grep -qF "biểu 'bieu01' (đạt 50%) không được dẫn chiếu" "$work/err" &&
            ! grep -q "never referred" "$work/err"; then
            ok "T1: a translation with '%)' (no conversion) is shown, not the English"
        else
            not_ok "T1: translation with '%)': $(head -c 400 "$work/err")"
        fi
        KHGEN_LOCALEDIR=$work/loc vi explain KH634 >"$work/out" 2>"$work/err"
        if grep -qF "Giải thích: 50% các xã, 92,1%. Một cột." "$work/out" &&
            ! grep -q "A \`percent\` column" "$work/out"; then
            ok "T1: khgen explain prints its Vietnamese text with '% c' as text"
        else
            not_ok "T1: explain with '% c': $(head -c 400 "$work/out")"
        fi
    else
        not_ok "setup: msgfmt of the T1 catalog: $(head -c 300 "$work/err")"
    fi
else
    not_ok "setup: msgfmt (gettext) is not installed"
fi
# the shipped catalog: no translation dropped for its conversions in any
# diagnostic of the corpus (KHGEN_I18N_CHECK says each one dropped).
# tests/i18n/run.sh runs the whole corpus so (the same command,
# environment and directory, each case with its .args) and asserts this
# over those runs (session 36: the corpus ran twice in Vietnamese under
# make check, 385 sanitized processes here). Left here: the cases that
# have .args, run without them, as this case always did.
dropped=0
for f in "$top"/tests/diag/*.args; do
    f=${f%.args}.yaml
    (cd "$top" && env -u LC_ALL LANG=vi_VN.UTF-8 KHGEN_I18N_CHECK=1 "$khgen" check "tests/diag/${f##*/}" \
        >/dev/null 2>"$work/err")
    if grep -q "translation dropped" "$work/err"; then
        dropped=$((dropped + 1))
        echo "# $(grep -m1 "translation dropped" "$work/err")"
    fi
done
[ "$dropped" -eq 0 ] && ok "T1: no translation dropped for its conversions in the corpus cases with .args, run without them (the whole corpus: tests/i18n/run.sh)" ||
    not_ok "T1: $dropped cases of tests/diag (with .args, run without them) with a dropped translation"

# ---- T2: English words passed as arguments -------------------------------------------
# vi_has NAME TEXT ENGLISH...: the Vietnamese run's stderr ($work/err) holds
# TEXT and none of the English words (whole words)
vi_has() {
    name=$1 text=$2
    shift 2
    if ! grep -qF -- "$text" "$work/err"; then
        not_ok "$name: no \"$text\": $(head -c 500 "$work/err")"
        return
    fi
    for w in "$@"; do
        if grep -qw -- "$w" "$work/err"; then
            not_ok "$name: English \"$w\": $(grep -w -m1 -- "$w" "$work/err")"
            return
        fi
    done
    ok "$name"
}
weighted() { # NAME ROW16 ROW17: a weighted average with rows left out
    { head_yaml; cat <<EOF
body:
  - bullet: "Bình quân {avg rows bieu01 so_tieu_chi weight=so_xa} tiêu chí/xã."
attachments:
  - id: bieu01
    label: Biểu 01
    title: Số xã theo số tiêu chí đạt
    columns:
      - stt
      - {key: so_tieu_chi, header: Số tiêu chí đạt, type: int}
      - {key: so_xa, header: Số xã, type: int, total: true}
    rows:
      - {so_tieu_chi: 19, so_xa: 3}
      - {so_tieu_chi: 18, so_xa: 2}
      - $3
      - $2
EOF
    } >"$P/$1.yaml"
}
weighted w1 '{so_tieu_chi: 16}' '{so_tieu_chi: 17, so_xa: 1}'
vi check "$P/w1.yaml" >"$work/out" 2>"$work/err"
vi_has "T2: KH506 of one row in Vietnamese: 'hoặc', 'mục này', no 'or'" \
    "1 trong số 4 dòng không có so_tieu_chi hoặc so_xa; số liệu bỏ qua mục này" or has have it them
weighted w2 '{so_tieu_chi: 16}' '{so_xa: 1}'
vi check "$P/w2.yaml" >"$work/out" 2>"$work/err"
vi_has "T2: KH506 of two rows in Vietnamese, its note too" \
    "2 trong số 4 dòng không có so_tieu_chi hoặc so_xa; số liệu bỏ qua các mục này" or has have it them
if grep -q "note: dòng [0-9]* của 'bieu01' không có so_tieu_chi hoặc so_xa" "$work/err"; then
    ok "T2: KH506's note names the fields with 'hoặc'"
else
    not_ok "T2: KH506's note: $(grep note "$work/err" | head -c 300)"
fi
# English is unchanged: "has"/"have" and "or"
"$khgen" check "$P/w1.yaml" >"$work/out" 2>"$work/err"
"$khgen" check "$P/w2.yaml" >"$work/out" 2>"$work/err2"
if grep -qF "1 of the 4 rows has no so_tieu_chi or so_xa; the figure leaves it out" "$work/err" &&
    grep -qF "2 of the 4 rows have no so_tieu_chi or so_xa; the figure leaves them out" "$work/err2"; then
    ok "T2: KH506 in English says 'has ... it' and 'have ... them'"
else
    not_ok "T2: KH506 in English: $(head -c 300 "$work/err") $(head -c 300 "$work/err2")"
fi
# KH616 (one criterion, then two), KH417 (one code, then two): the corpus
for c in crit-no-lead catalog-shared-codes; do
    (cd "$top" && env -u LC_ALL LANG=vi_VN.UTF-8 "$khgen" check "tests/diag/$c.yaml" >/dev/null 2>"$work/err")
    vi_has "T2: tests/diag/$c in Vietnamese without English words" "tiêu chí" has have is are it them its their
done
# KH627 (a row taller than Excel's): the sentence of one row
words=$(/usr/bin/python3 -c "print(' '.join('từ%d' % i for i in range(1, 1601)))")
{ head_yaml; cat <<EOF
body:
  - para: "(Chi tiết theo {att bieu01} đính kèm)."
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh sách
    columns: [stt, {key: name, header: Nội dung}, {key: n, header: Số, type: int}]
    rows:
      - ["Việc 1", 1]
      - ["Việc 2 $words", 2]
EOF
} >"$P/tall.yaml"
vi build -f xlsx -o "$work/tall" "$P/tall.yaml" >"$work/out" 2>"$work/err"
vi_has "T2: KH627 of one row in Vietnamese" "1 dòng của trang tính 'Biểu 01'" s its their needs need
# KH033: an included file that is no registry, "an" and "a"
printf 'notes: [a, b]\n' >"$P/notes.yaml"
{ head_yaml; printf 'include: [notes.yaml]\nbody:\n  - para: Nội dung.\n'; } >"$P/inc.yaml"
vi check "$P/inc.yaml" >"$work/out" 2>"$work/err"
if grep -q "KH033" "$work/err" && ! grep -q "không phải n" "$work/err"; then
    ok "T2: KH033 in Vietnamese without the English article's 'n'"
else
    not_ok "T2: KH033: $(grep KH033 "$work/err" | head -c 300)"
fi

# ---- T3: suppress in a flow mapping ---------------------------------------------------
{ head_yaml; cat <<'EOF'
body:
  - para: Nội dung.
attachments: [{id: a, label: Biểu 01, title: T, suppress: [KH253], columns: [{key: n, header: N}], rows: [{n: x}]}, {id: b, label: Biểu 02, title: T, columns: [{key: n, header: N}], rows: [{n: y}]}]
EOF
} >"$P/flow2.yaml"
"$khgen" check "$P/flow2.yaml" >"$work/out" 2>"$work/err"
if grep -q "warning\[KH253\]: attachment 'b'" "$work/err" && ! grep -q "attachment 'a'" "$work/err"; then
    ok "T3: suppress in one flow attachment silences it, not the one beside it on its line"
else
    not_ok "T3: two flow attachments on a line: $(head -c 400 "$work/err")"
fi
{ head_yaml; cat <<'EOF'
units:
  - {id: vp, name: Văn phòng}
body:
  - {section: Nhiệm vụ, items: [{task: Báo cáo A, lead: vp, due: 2025-01-15, suppress: [KH310]}, {task: Báo cáo B, lead: vp, due: 2025-01-20}]}
EOF
} >"$P/flowtask.yaml"
"$khgen" check "$P/flowtask.yaml" >"$work/out" 2>"$work/err"
if [ "$(grep -c "warning\[KH310\]" "$work/err")" -eq 1 ] && grep -q "KH310.*20/01/2025" "$work/err"; then
    ok "T3: suppress in one flow task silences it, not the next task on its line"
else
    not_ok "T3: two flow tasks on a line: $(head -c 400 "$work/err")"
fi
# a flow mapping over two lines, its sibling starting on its last line
{ head_yaml; cat <<'EOF'
body:
  - para: Nội dung.
attachments: [{id: a, label: Biểu 01, title: T, columns: [{key: n, header: N}],
  rows: [{n: x}], suppress: [KH253]}, {id: b, label: Biểu 02, title: T, columns: [{key: n, header: N}], rows: [{n: y}]}]
EOF
} >"$P/flowlines.yaml"
"$khgen" check "$P/flowlines.yaml" >"$work/out" 2>"$work/err"
if grep -q "warning\[KH253\]: attachment 'b'" "$work/err" && ! grep -q "attachment 'a'" "$work/err"; then
    ok "T3: a flow mapping over two lines silences itself, not the sibling on its last line"
else
    not_ok "T3: flow over two lines: $(head -c 400 "$work/err")"
fi
# controls: a one-line flow attachment alone, a block one, the plan's own
{ head_yaml; cat <<'EOF'
body:
  - para: Nội dung.
attachments:
  - {id: a, label: Biểu 01, title: T, suppress: [KH253], columns: [{key: n, header: N}], rows: [{n: x}]}
  - id: b
    label: Biểu 02
    title: T
    suppress: [KH253]
    columns: [{key: n, header: N}]
    rows: [{n: y}]
EOF
} >"$P/ctl1.yaml"
{ head_yaml; cat <<'EOF'
suppress: [KH253]
body:
  - para: Nội dung.
attachments: [{id: a, label: Biểu 01, title: T, columns: [{key: n, header: N}], rows: [{n: x}]}, {id: b, label: Biểu 02, title: T, columns: [{key: n, header: N}], rows: [{n: y}]}]
EOF
} >"$P/ctl2.yaml"
for c in ctl1 ctl2; do
    "$khgen" check "$P/$c.yaml" >"$work/out" 2>"$work/err"
    st=$?
    if [ $st -eq 0 ] && ! grep -q "KH253" "$work/err"; then
        ok "T3 control: $c silenced as written (flow alone, block, plan)"
    else
        not_ok "T3 control $c: status $st: $(head -c 300 "$work/err")"
    fi
done
# a block task's suppress still covers its whole lines (a warning before
# its first key's column, on its '- ' line)
{ head_yaml; cat <<'EOF'
units:
  - {id: vp, name: Văn phòng}
body:
  - section: Nhiệm vụ
    items:
      - task: Báo cáo A
        lead: vp
        due: 2025-01-15
        suppress: [KH310]
      - task: Báo cáo B
        lead: vp
        due: 2025-01-20
EOF
} >"$P/blocktask.yaml"
"$khgen" check "$P/blocktask.yaml" >"$work/out" 2>"$work/err"
if [ "$(grep -c "warning\[KH310\]" "$work/err")" -eq 1 ] && grep -q "KH310.*20/01/2025" "$work/err"; then
    ok "T3 control: a block task's suppress as before"
else
    not_ok "T3 control block task: $(head -c 400 "$work/err")"
fi

# ---- timing: one line of n flow tasks, each with its suppress ---------------------
# ynode_suppress looks at the node only (never its line from the start):
# 4n costs about 4 times n, not 16
gen_flow() { # N FILE
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
head = open(out + '.head', encoding='utf-8').read()
items = ', '.join('{task: Báo cáo %d, lead: vp, due: 2025-01-15, suppress: [KH310, KH618]}' % i for i in range(n))
open(out, 'w', encoding='utf-8').write(head + 'units:\n  - {id: vp, name: Văn phòng}\nbody:\n  - {section: Nhiệm vụ, items: [' + items + ']}\n')
PY
}
head_yaml >"$P/big1.yaml.head"
head_yaml >"$P/big4.yaml.head"
gen_flow 4000 "$P/big1.yaml"
gen_flow 16000 "$P/big4.yaml"
scaling_case "T3 timing: 4,000 and 16,000 flow tasks with suppress on one line" \
    "$khgen" check "$P/big1.yaml" -- "$khgen" check "$P/big4.yaml"
if [ "$s_small" -le 1 ] && [ "$s_large" -le 1 ] && ! grep -q KH310 "$work/err"; then
    ok "T3 guard: both check with status 1 or less, no KH310"
else
    not_ok "T3 guard: status $s_small, $s_large; $(grep KH310 "$work/err" | head -c 300)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
