#!/bin/sh
# tests/hardening/leftovers19.sh KHGEN WORKDIR - what session 19 fixed of
# session 18's LOW leftovers (issue 8): a comment on a cell of an
# attachment page written before `closing:` instead of beside its row
# (s18docx L1); `khgen diff draft imported` saying "the same" when the
# import kept a text box or a comment as a review note (L2); a file name
# holding a line break written "\x0A" in the JSON diagnostics (s18attack
# L2); `khgen new`'s note "aimed at 'its target'" on a locality without a
# target (L3); what a plan's `suppress:` reaches, README and code (L4); a
# text column of codes typed int by a .docx import, and a group_titles key
# matched only as written (s18tables); a renamed shared unit's "did you
# mean" naming another unit, and `init` without a way to start a plan on a
# shared registry (s18user L1, L2). Each case fails with the binary (or
# README) from before its fix, but the two controls (an unedited copy
# still "the same"; an imported date cell moved by `new`, which it was
# already: not a bug).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
py=/usr/bin/python3
docx_py=$top/tests/hardening/docx18_docx.py
readme_base

# ---- 1, 2: a department's comment and text box (s18docx L1, L2) ------------------------------
"$khgen" build -f docx -o "$work/p" "$work/p/ex.yaml" >/dev/null 2>&1 || not_ok "setup: the example's .docx"
for e in cellcomment textbox none; do
    "$py" "$docx_py" --dept "$work/p/ex.docx" "$work/$e.docx" "$e" &&
        "$khgen" import --force -o "$work/$e.yaml" "$work/$e.docx" >/dev/null 2>"$work/$e.err" ||
        not_ok "setup: the department's copy '$e'"
done
got=$("$py" - "$work/cellcomment.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
note = [i for i, l in enumerate(lines) if 'review: comment 1 by Phòng TC-KH' in l]
att = [i for i, l in enumerate(lines) if l == 'attachments:']
closing = [i for i, l in enumerate(lines) if l.startswith('closing:')]
if len(note) != 1 or not att or not closing:
    print('note %r, attachments %r, closing %r' % (note, att, closing))
elif note[0] < att[0] or not lines[note[0] - 1].startswith('      - ["Xã Tân Hiệp"'):
    print('the note at line %d, after %r' % (note[0] + 1, lines[note[0] - 1]))
else:
    print('beside')
PY
)
if [ "$got" = beside ]; then
    ok "L1: a comment on a cell of Biểu 01 is a review note beside its row, not before closing:"
else
    not_ok "L1: $got"
fi
"$khgen" diff --no-color "$work/p/ex.yaml" "$work/textbox.yaml" >"$work/d2" 2>&1
s2=$?
"$khgen" diff --no-color "$work/p/ex.yaml" "$work/cellcomment.yaml" >"$work/d3" 2>&1
s3=$?
if [ $s2 -eq 1 ] && grep -qF '{+a text box: Dự thảo lần 2+}' "$work/d2" &&
    [ $s3 -eq 1 ] && grep -qF '{+comment 1 by Phòng TC-KH after "16": Số tiêu chí là 18.+}' "$work/d3"; then
    ok "L2: diff of the draft and an import that kept a text box or a comment shows them (exit 1)"
else
    not_ok "L2: status $s2, $s3: $(head -c 300 "$work/d2") $(head -c 300 "$work/d3")"
fi
"$khgen" diff --no-color "$work/p/ex.yaml" "$work/none.yaml" >"$work/d4" 2>&1
s4=$?
"$khgen" diff --no-color "$work/textbox.yaml" "$work/textbox.yaml" >"$work/d5" 2>&1
s5=$?
if [ $s4 -eq 0 ] && [ ! -s "$work/d4" ] && [ $s5 -eq 0 ] && [ ! -s "$work/d5" ]; then
    ok "L2 control: an unedited copy, and one import against itself, are still the same (exit 0)"
else
    not_ok "L2 control: status $s4, $s5: $(head -c 300 "$work/d4" "$work/d5")"
fi

# ---- 3: a file name with a line break in JSON diagnostics (s18attack L2) ---------------------
got=$("$py" - "$work" "$khgen" <<'PY'
import json, os, subprocess, sys
d = os.fsencode(sys.argv[1])
names = [b'q"u\\ote\nx.yaml', b'tab\there\xe2\x80\x8b.yaml', b'bad\xff.yaml']
out = []
for n in names:
    p = os.path.join(d, n)
    open(p, 'wb').write('khgen: 1\nfoo: 1\n'.encode())
    r = subprocess.run([sys.argv[2], 'check', '--diagnostics-format=json', p], capture_output=True)
    files = {json.loads(l)['file'] for l in r.stderr.decode('utf-8').splitlines()}
    back = {os.fsencode(f) for f in files}
    out.append('ok' if back == {p} and r.returncode == 1 else 'name %r came back %r' % (p, files))
print(' '.join(out))
PY
)
if [ "$got" = "ok ok ok" ]; then
    ok "L2: --diagnostics-format=json names a file with a line break, a tab, a zero-width space or a byte not UTF-8 so that it reads back as the file"
else
    not_ok "L2 (json): $got"
fi

# ---- 4: khgen new on a locality with target_year and no target (s18attack L3) ---------------
edited nt '{id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}' \
    '{id: dong-lac, name: Đồng Lạc, kind: xã, status: ntm, target: ntm-nc, target_year: 2024}
  - {id: bo-ha, name: Bố Hạ, kind: xã, criteria_met: 12, target_year: 2023}
  - {id: canh-nau, name: Canh Nậu, kind: xã, criteria_met: 12, target: ntm, target_year: 2023}'
"$khgen" new --from "$work/p/nt.yaml" --year 2026 -o "$work/nt26.yaml" >"$work/nt.out" 2>&1
if grep -q "note: locality 'bo-ha' was to reach its standard by 2023 (target_year; no 'target' names the level), which has passed" "$work/nt.out" &&
    grep -q "note: locality 'canh-nau' aimed at 'ntm' by 2023, which has passed" "$work/nt.out" &&
    ! grep -q "its target" "$work/nt.out"; then
    ok "L3: new's note on a passed target_year without a target says so, not \"aimed at 'its target'\""
else
    not_ok "L3: $(grep -i "bo-ha\|canh-nau" "$work/nt.out" | head -c 400)"
fi

# ---- 5: what a plan's suppress reaches (s18attack L4) ----------------------------------------
mkdir -p "$work/inc/r"
# each file's own list names the catalog twice (two files naming it once
# each is no mistake since s48attack: not warned)
printf 'import: [qd318-xa-ntm, qd318-xa-ntm]\n' >"$work/inc/r/a.yaml"
sed -e '1a\
include: [r/a.yaml]\
suppress: [KH416]' -e 's/^import: \[qd318-xa-ntm\]/import: [qd318-xa-ntm, qd318-xa-ntm]/' \
    "$work/p/ex.yaml" >"$work/inc/p.yaml"
"$khgen" check "$work/inc/p.yaml" >/dev/null 2>"$work/sup.err"
s5=$?
sed '/^suppress: \[KH416\]$/d' "$work/inc/p.yaml" >"$work/inc/q.yaml"
"$khgen" check "$work/inc/q.yaml" >/dev/null 2>"$work/sup2.err"
readme_says=$(cat "$top/README.md" "$top"/doc/*.md | tr '\n' ' ' | tr -s ' ' |
    grep -c "at the top of a plan silences those warnings in the plan's own file.*A warning in a file the plan includes (a shared registry, KH416 for a catalog it imports twice) is not silenced by the plan")
if [ $s5 -eq 0 ] && [ "$(grep -c 'warning\[KH416\]' "$work/sup.err")" -eq 1 ] &&
    grep -q 'r/a.yaml:1:24: warning\[KH416\]' "$work/sup.err" && [ "$readme_says" -eq 1 ] &&
    [ "$(grep -c 'warning\[KH416\]' "$work/sup2.err")" -eq 2 ] && grep -q 'q.yaml:3:24: warning\[KH416\]' "$work/sup2.err"; then
    ok "L4: a plan's suppress: silences its own file's KH416, not its registry's, as README now says"
else
    not_ok "L4: status $s5, README $readme_says: $(head -c 400 "$work/sup.err")"
fi

# ---- 6: tables of an import; group_titles (s18tables) ----------------------------------------
small codes <<'EOF'
units:
  - {id: vp, name: Văn phòng UBND xã}
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        text: Xong ({att b1}).
        lead: vp
        due: 2024-06
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn B}
attachments:
  - id: b1
    label: Biểu 01
    title: Số liệu
    columns:
      - stt
      - {key: name, header: Nội dung}
      - {key: ma, header: Mã}
      - {key: d, header: Ngày, type: date}
      - {key: n, header: Số hộ, type: int}
    rows:
      - {name: Thôn A, ma: "5", d: 2024-06-30, n: 2024}
      - {name: Thôn B, ma: "12", d: 2023-01-15, n: 5}
EOF
"$khgen" build -f docx -o "$work/oc" "$work/p/codes.yaml" >/dev/null 2>&1 &&
    "$khgen" import --force -o "$work/codes-back.yaml" "$work/oc/codes.docx" >/dev/null 2>&1 ||
    not_ok "setup: the codes plan's round trip"
if grep -qF '{key: c3, header: "Mã"}' "$work/codes-back.yaml" &&
    grep -qF '["Thôn A", "5", 2024-06-30, 2024]' "$work/codes-back.yaml" &&
    grep -qF '{key: c5, header: "Số hộ", type: int}' "$work/codes-back.yaml"; then
    ok "s18tables: a text column of codes (\"5\", \"12\", left-aligned in the .docx) comes back text; the int column beside it int"
else
    not_ok "s18tables (codes): $(grep -n 'key: c\|Thôn A' "$work/codes-back.yaml" | head -c 500)"
fi
"$khgen" new --from "$work/codes-back.yaml" --year 2025 -o "$work/codes25.yaml" >/dev/null 2>&1
if grep -q '\["Thôn A", [^,]*, 2025-06-30, 2024\]' "$work/codes25.yaml" &&
    grep -q '\["Thôn B", [^,]*, 2023-01-15, 5\]' "$work/codes25.yaml"; then
    ok "s18tables control: an imported date cell of the plan's year is moved by new (2025-06-30), an older one kept"
else
    not_ok "s18tables (new): $(grep -F 'Thôn' "$work/codes25.yaml" | head -c 300)"
fi
small groups <<'EOF'
units:
  - {id: vp, name: Văn phòng UBND xã}
localities:
  - {id: t1, name: Thôn 1, kind: thôn, data: {dec: 1234.5}}
  - id: t2
    name: Thôn 2
    kind: thôn
    data:
      dec: 1.234,5
  - {id: t3, name: Thôn 3, kind: thôn, data: {dec: 7}}
body:
  - section: NHIỆM VỤ
    items:
      - task: Việc một
        text: Xong ({att b1}).
        lead: vp
        due: 2024-06
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature: {lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Nguyễn Văn B}
attachments:
  - id: b1
    label: Biểu 01
    title: Thôn
    columns: [stt, {key: name, header: Tên}, {key: dec, header: Diện tích, type: decimal, decimals: 2}]
    rows: {from: localities, group_by: dec, group_titles: {"1234.5": Nhóm lớn}}
EOF
"$khgen" build -f md -o "$work/og" "$work/p/groups.yaml" >/dev/null 2>"$work/og.err"
grep '^|' "$work/og/groups.md" >"$work/groups.got"
cat >"$work/groups.want" <<'EOF'
| STT | Tên | Diện tích |
|:---:|---|:---:|
| **I** | **Nhóm lớn** |  |
| 1 | Thôn 1 | 1.234,50 |
| 2 | Thôn 2 | 1.234,50 |
| **II** | **7,00** |  |
| 1 | Thôn 3 | 7,00 |
EOF
same groups "s18tables: a group_titles key 1234.5 titles the value written 1.234,5 too: one group"

# ---- 7: a renamed shared unit; init on a shared registry (s18user L1, L2) --------------------
mkdir -p "$work/repo/chung" "$work/repo/xa/dong-huu"
cat >"$work/repo/chung/registry.yaml" <<'EOF'
import: [qd318-xa-ntm]
levels:
  - {id: ntm, name: nông thôn mới}
  - {id: ntm-nc, name: nông thôn mới nâng cao}
units:
  - {id: noi-vu, name: Sở Nội vụ}
  - {id: vp, name: Văn phòng HĐND và UBND xã, short: Văn phòng HĐND và UBND}
EOF
(cd "$work/repo" && "$khgen" init --level xa --year 2026 --include chung/registry.yaml \
    -o xa/dong-huu/xa-dong-huu-2026.yaml "Xã Đồng Hưu") >"$work/init.out" 2>&1
s7=$?
plan=$work/repo/xa/dong-huu/xa-dong-huu-2026.yaml
if [ $s7 -eq 0 ] && grep -q '^include: \[\.\./\.\./chung/registry\.yaml\]' "$plan" &&
    ! grep -q '^import:\|^levels:\|{id: vp,' "$plan" && grep -q '{id: vhxh, name: Phòng Văn hóa - Xã hội}' "$plan" &&
    (cd "$work/repo" && "$khgen" check -Werror --allow-read chung xa/dong-huu/xa-dong-huu-2026.yaml) >/dev/null 2>&1; then
    ok "s18user L2: init --include starts a plan on the shared registry, without its import, levels and units; it checks clean with -Werror"
else
    not_ok "s18user L2: status $s7: $(head -c 300 "$work/init.out") $(grep -n 'include\|import\|levels' "$plan" 2>/dev/null | head -5)"
fi
(cd "$work/repo" && "$khgen" init --level xa --include xa/nowhere.yaml -o - "Xã Tân Hiệp") >"$work/init2.out" 2>"$work/init2.err"
s8=$?
if [ $s8 -ne 0 ] && [ ! -s "$work/init2.out" ] && grep -q "nowhere.yaml" "$work/init2.err"; then
    ok "s18user L2: init --include of a missing registry fails, names it, writes nothing"
else
    not_ok "s18user L2 (missing): status $s8: $(head -c 300 "$work/init2.err")"
fi
# the registry renamed pnv noi-vu; a plan still names pnv, and has a unit nv
mkdir -p "$work/ren"
printf 'units:\n  - {id: noi-vu, name: Phòng Nội vụ huyện}\n  - {id: nv, name: Công chức Văn hoá - Xã hội}\n' \
    >"$work/ren/registry.yaml"
sed -e '1a\
include: [registry.yaml]' -e '0,/lead: tckh/s//lead: pnv/' "$work/p/ex.yaml" >"$work/ren/renamed.yaml"
"$khgen" check "$work/ren/renamed.yaml" >/dev/null 2>"$work/ren.err"
if grep -qF "error[KH202]: unknown unit 'pnv' (did you mean 'noi-vu'? its name, Phòng Nội vụ huyện, has the initials 'pnv')" "$work/ren.err"; then
    ok "s18user L1: a shared unit renamed pnv -> noi-vu: the hint names noi-vu by its initials, not the commune's 'nv'"
else
    not_ok "s18user L1: $(head -c 300 "$work/ren.err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
