#!/bin/sh
# tests/hardening/slips21.sh KHGEN WORKDIR - what session 21 fixed of the
# one-line slips (issue 8: every bad input gets a diagnostic at its line,
# saying what is wrong and what to do), on session 20's leftovers and on a
# base nobody had used: tests/hardening/slips-full, a plan written with
# every key of the plan language (a registry that includes another,
# catalogs shipped, by path and inline, every body entry and task key,
# tables in the body, figures over localities, tasks and rows, suppress
# rules, styles, a layout, attachments of every kind) read with the
# wording of its --templates tpl. slips.py at main 66e47e5:
#  - wrong line, 18 (plans/ 15, seed002 3; none on slips-full): a list's
#    first item indented one space more, with one item after it (a task's
#    `text:` over two `- >-` paragraphs; 10), reported at the second; a
#    quote left open above a `task: ""`, whose first quote closed it and
#    second opened one to the file's end (4), reported at that `""`;
#    `- bullet: >-` cut to `- bull` above a text with a ': ' inside a
#    line (3), reported at that ': '; a folded text's line indented one
#    space more (1): YAML kept the line break before it, which cut a
#    `{loc ...}` in two, reported at the '{' (KH207), not at the line;
#  - silent, exit 0 and another document (plans/ 1, atts-2025 4,
#    slips-full 33, of which 20 the README allows, now listed with its
#    words in slips.py's HARMLESS): `- text: >-` of a basis cut to `- tex`
#    printed "tex Căn cứ ..." (now KH119, as a body entry's cut kind); a
#    basis's `name` emptied printed "Căn cứ Luật ngày 19 tháng 6 năm
#    2015" and its `intro` emptied the basis without "Căn cứ" (KH107); a
#    paragraph written as a text emptied (`- ""`) vanished where `para:
#    ""` is KH107 (KH107); a blank title of `group_titles` printed its
#    group first under no group row (KH165; session 20 left it, "on
#    purpose", unwritten); `catalog: [a, b]` and `catalog:` cut listed the
#    first catalog (KH600, KH165);
# and session 20's two left open: the issuer's lines swapped ("HUYỆN ..."
# over "ỦY BAN NHÂN DÂN", a board above its Committee: KH170) and two
# recipients joined on one line ("UBND tỉnh; Các xã", or a line under a
# recipient that lost its '- ': KH171), each silent on plans/, the tests'
# plans and the seeds imported (checked here too). Each case fails with the
# binary before the fix.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
full=$top/tests/hardening/slips-full
mkdir -p "$work/p"
cp -r "$full/." "$work/p/"
cp "$work/p/full-2025.yaml" "$work/p/base.yaml"
tpl="--templates $work/p/tpl"

# the base checks clean
"$khgen" check $tpl "$work/p/base.yaml" >/dev/null 2>"$work/err" && [ ! -s "$work/err" ] &&
    ok "setup: slips-full checks without a word" ||
    not_ok "setup: slips-full does not check clean: $(head -c 300 "$work/err")"

. "$top/tests/hardening/slipcases.sh"

# quiet NAME CODE: `khgen check` of NAME.yaml says nothing of CODE
quiet() {
    "$khgen" check $tpl "$work/p/$1.yaml" >/dev/null 2>"$work/err.$1"
    grep -q "\[$2\]" "$work/err.$1" && not_ok "$1: $2 where none is due: $(grep "$2" "$work/err.$1" | head -c 300)" ||
        ok "$1: no $2"
}

# ---- the line to fix of a YAML syntax error (KH005) ----------------------------
# a quote left open above `task: ""`: its first quote closed the value, its
# second opened one to the file's end, where YAML noticed (no quote below)
cat >"$work/p/quote-empty.yaml" <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2025-03-05
  title: Kế hoạch thử năm {year}
units:
  - {id: a, name: Thôn A}
body:
  - section: NHIỆM VỤ
    items:
      - task: "
        text: Thu gom rác thải sinh hoạt.
        lead: a
      - task: ""
        text: Giữ gìn vệ sinh chung của thôn.
        lead: a
closing: Trên đây là kế hoạch.
YAML
at quote-empty 13:15 KH005 1
# a list's first item one space right of its only other item (the plan's
# step of two spaces says which is odd)
slip first-of-two '            text:
              - Rà soát' '            text:
               - Rà soát'
at first-of-two 99:16 KH005 1
grep -q "^$work/p/first-of-two.yaml:100:15: note:" "$work/err.first-of-two" && ok "... the note where YAML noticed" ||
    not_ok "... no note at line 100: $(head -c 300 "$work/err.first-of-two")"
# `- bullet: ...` cut to `- bull` above lines with a ': ' inside: YAML read
# them as its text and noticed at that ': '
slip cut-above '                  - bullet: Danh sách xã phấn đấu {list localities target=ntm}.
                    marker: "+"' '                  - bull
                      Danh sách xã phấn đấu: {list localities target=ntm}.'
at cut-above 86:21 KH005 1

# a folded text's line indented one space more: YAML keeps the line break
# before it, which cut the reference on the line above (KH207 stood at the
# '{'); the line to fix is the one indented
slip folded-ref '                  - point: Xã {loc tan-lap thuan-loi} đạt chuẩn nông thôn mới.' \
    '                  - point: >-
                      Xã {loc tan-lap
                       thuan-loi} đạt chuẩn nông thôn mới.'
at folded-ref 85:24 KH207 1
# a literal text ('|') keeps every line break: the '{' is the line to fix
slip literal-ref '                  - point: Xã {loc tan-lap thuan-loi} đạt chuẩn nông thôn mới.' \
    '                  - point: |-
                      Xã {loc tan-lap
                       thuan-loi} đạt chuẩn nông thôn mới.'
at literal-ref 84:26 KH207 1

# an id on the second line of a reference a folded text wrote over two
# lines: the error at the id, not at the '{' on the line above
slip folded-id '                  - point: Xã {loc tan-lap thuan-loi} đạt chuẩn nông thôn mới.' \
    '                  - point: >-
                      Xã {loc tan-lap
                      thuan-loix} đạt chuẩn nông thôn mới.'
at folded-id 85:23 KH203 1

# ---- a basis, a paragraph: emptied or cut (KH119, KH107) -------------------
slip basis-cut '  - text: Căn cứ tình hình thực tế của địa phương
    end: ";"' '  - tex
      Căn cứ tình hình thực tế của địa phương'
at basis-cut 53:5 KH119 1
slip basis-name '    name: Tổ chức chính quyền địa phương' '    name: ""'
at basis-name 44:11 KH107 1
grep -q KH103 "$work/err.basis-name" && not_ok "... and KH103 (no number) beside it" || ok "... alone (no KH103 for its number)"
slip basis-intro '    intro: Căn cứ vào' '    intro:'
at basis-intro 52:11 KH107 1
slip para-empty '                      - Đoạn văn về {loc thon-1} dưới gạch đầu dòng.' '                      - ~
                      - Đoạn văn về {loc thon-1} dưới gạch đầu dòng.'
at para-empty 89:25 KH107 1

# ---- a generated table: a group's title, its catalog (KH165, KH600) ---------------
slip group-quoted '"2025": Đạt chuẩn năm 2025' '"2025": ""'
at group-quoted 173:110 KH165 0
slip group-null '"2026": Đạt chuẩn năm 2026' '"2026": ~'
at group-null 173:138 KH165 0
slip catalog-list 'catalog: thon-ntm' 'catalog: [thon-ntm, qd318-xa-ntm]'
at catalog-list 181:37 KH600 1
slip catalog-cut '    rows: {from: criteria, catalog: thon-ntm}' '    rows:
      from: criteria
      catalog:'
at catalog-cut 183:15 KH165 0
slip catalog-null 'catalog: thon-ntm' 'catalog: ~'
quiet catalog-null KH165

# ---- the issuer's lines in their order (KH170) -------------------------------
slip issuer-swap '    - ỦY BAN NHÂN DÂN
    - HUYỆN ĐỒNG PHÚ' '    - HUYỆN ĐỒNG PHÚ
    - ỦY BAN NHÂN DÂN'
at issuer-swap 21:7 KH170 0
slip issuer-board '  governing_body: UBND TỈNH BÌNH PHƯỚC
  issuer:
    - ỦY BAN NHÂN DÂN
    - HUYỆN ĐỒNG PHÚ' '  governing_body: BAN QUẢN LÝ XDNTM
  issuer:
    - UBND HUYỆN ĐỒNG PHÚ'
at issuer-board 19:19 KH170 0
slip issuer-board-ok '  governing_body: UBND TỈNH BÌNH PHƯỚC
  issuer:
    - ỦY BAN NHÂN DÂN
    - HUYỆN ĐỒNG PHÚ' '  governing_body: UBND HUYỆN ĐỒNG PHÚ
  issuer:
    - BAN QUẢN LÝ XDNTM'
quiet issuer-board-ok KH170

# ---- two recipients on one line (KH171) --------------------------------------
slip recip-semicolon '  - UBND tỉnh
  - Văn phòng' '  - UBND tỉnh; Văn phòng'
at recip-semicolon 149:16 KH171 0
slip recip-joined '  - Văn phòng Điều phối NTM tỉnh
  - Các xã' '  - Văn phòng Điều phối NTM tỉnh
    Các xã'
at recip-joined 151:5 KH171 0
# one recipient: a ';' before a word in lower case, a line that goes on
slip recip-ok '  - UBND tỉnh
  - Văn phòng Điều phối NTM tỉnh' '  - Các Phòng, Ban, ngành; đoàn thể
  - Các cơ quan, đơn vị thuộc
    UBND huyện'
quiet recip-ok KH171

# ---- exact where nothing is wrong: plans/, the tests' plans, the seeds ----------
# every plan of the repository (plans/, tests/: e2e, diag but its cases of
# the two, hardening's bases) and the seeds of /work/shared imported where
# they are found:
# none gets KH170 or KH171 (session 20 feared false alarms)
# (one `khgen check` a directory, from that directory: a process a plan
# took a minute and a half of CI under the sanitizers; a diagnostic names
# its file, and a status above 1 means some plan was not read through)
n=0 hits=
for d in $(grep -rl --include=*.yaml '^khgen:' plans tests | xargs -n1 dirname | sort -u); do
    files=
    for f in $(grep -l '^khgen:' "$d"/*.yaml); do
        # the diagnostics corpus's own cases of the two (their .expected)
        grep -qs '\[KH17[01]\]' "${f%.yaml}.expected" && continue
        n=$((n + 1))
        files="$files $(basename "$f")"
    done
    [ -n "$files" ] || continue
    # shellcheck disable=SC2086
    (cd "$d" && "$khgen" check --max-errors 0 $files) >"$work/kh17x.out" 2>&1
    st=$?
    [ "$st" -le 1 ] || hits="$hits $d(status $st)"
    hits="$hits$(grep '\[KH17[01]\]' "$work/kh17x.out" | cut -d: -f1 | sort -u | sed "s|^| $d/|" | tr -d '\n')"
done
if [ -d /work/shared/seeds ]; then
    mkdir -p "$work/seeds"
    for s in /work/shared/seeds/*.txt; do
        "$khgen" import "$s" -o "$work/seeds/$(basename "$s" .txt).yaml" >/dev/null 2>&1 || continue
        n=$((n + 1))
        "$khgen" check "$work/seeds/$(basename "$s" .txt).yaml" 2>&1 | grep -q '\[KH17[01]\]' &&
            hits="$hits $s"
    done
fi
[ -z "$hits" ] && [ "$n" -gt 100 ] && ok "no KH170 or KH171 over $n plans of the repository and the seeds" ||
    not_ok "KH170/KH171 over plans that are right ($n read):$hits"

# ---- the mutants, replayed ----------------------------------------------------
replay() {
    _name=$1 _ids=$2
    shift 2
    $py "$top/tests/hardening/slips.py" "$khgen" "$work/slips-$_name" --only "$_ids" "$@" \
        >"$work/slips-$_name.out" 2>&1
    _count=$(echo "$_ids" | tr ',' '\n' | wc -l)
    if grep -q "^$_count passed, 0 failed$" "$work/slips-$_name.out"; then
        ok "slips.py: the $_count failing mutants of $_name pass"
    else
        not_ok "slips.py $_name: $(grep -E '^not ok|passed' "$work/slips-$_name.out" | cut -c1-200 | head -6)"
    fi
}
ids=binh-trung-2024-2102
for n in 2313 3396 3460 3684 3825 4040 4104 4360 4440; do ids=$ids,binh-trung-2024-$n; done
replay binh-trung "$ids" --base binh-trung-2024.yaml
replay krong-no krong-no-2022-1839,krong-no-2022-2528 --base krong-no-2022.yaml
replay yen-the yen-the-2024-662,yen-the-2024-1648,yen-the-2024-2347,yen-the-2024-2567,yen-the-2024-3282 --base yen-the-2024.yaml
replay seed002 seed002-2025-2163,seed002-2025-2171,seed002-2025-2180 \
    --base "$top/tests/hardening/slips-seeds/seed002-2025.yaml"
replay atts atts-2025-1344,atts-2025-1345,atts-2025-1349,atts-2025-1350 \
    --base "$top/tests/hardening/slips-seeds/atts-2025.yaml"
ids=
for n in 90 91 92 95 252 253 254 322 323 324 445 446 522 524 616 617 618 648 649 661 663 \
    1010 1011 1012 1112 1113 1114 1431 1432 1436 1437 1521 1522; do ids=$ids,full-2025-$n; done
replay full "${ids#,}" --base "$full/full-2025.yaml" --templates tpl
# a sample of every kind over the new base, its registries, catalog and wording
$py "$top/tests/hardening/slips.py" "$khgen" "$work/slips-sample" --base "$full/full-2025.yaml" \
    --templates tpl --per-kind 8 >"$work/slips-sample.out" 2>&1
grep -q '^[1-9][0-9]* passed, 0 failed$' "$work/slips-sample.out" &&
    ok "slips.py over slips-full, 8 of each kind ($(tail -1 "$work/slips-sample.out"))" ||
    not_ok "slips.py slips-full sample: $(grep -E '^not ok|passed' "$work/slips-sample.out" | cut -c1-200 | head -6)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
