#!/bin/sh
# tests/hardening/s52user.sh KHGEN WORKDIR - session 52's new user (the IT
# officer of phường Thủ Dầu Một, Thành phố Hồ Chí Minh, from the README
# alone) and session 51's leftovers on `khgen init`. Each case fails at
# 3be5a963 (session 52's start) unless it is named a guard:
#  U1   a skeleton's places renamed as the region names them and their
#       `kind:` left as init wrote it: "Tổ dân phố 1" made "Khu phố 1" in
#       a ward of Thành phố Hồ Chí Minh (kind tổ dân phố), "Thôn 1" made
#       "Ấp 1" in a southern xã (kind thôn) printed "tổ dân phố Khu phố 1"
#       and "thôn Ấp 1", the Biểu headed "Tên tổ dân phố", exit 0 and no
#       word; now KH270 at the kind, with the kind the name says.
#  U1g  (guard) names that begin with a kind's word and are the place's
#       own name stay silent: "Làng Nủ" and "Bản Phủ" (thôn), "Xóm Mới"
#       (ấp), "Buôn Ma Thuột" (phường), "Thôn 1" (thôn), a name without a
#       kind; and every plan of plans/ and the seeds' checks unchanged.
#  U2   `init "P3"` wrote the plan of a xã named "P3" ("XÃ P3", placed
#       "P3"), its one note speaking of marks: "P3" and "Q1" are a ward and
#       a district numbered as the city's offices write them ("P3, Q5");
#       now read as phường 3 (quận 1 up to 2025, refused from 2026 as a
#       quận is), with the note "P." has, and checking clean.
#  U3   the skeleton's recipients ended in a bare "# TODO": a commune's of
#       2026 sent to the "UBND tỉnh" (a ward of Thành phố Hồ Chí Minh
#       writes "UBND thành phố"), a ward's of 2025 to the "UBND quận" (one
#       of a thị xã or a province's city writes "UBND thị xã", "UBND thành
#       phố"), a province's of 2026 to "UBND các xã, phường, đặc khu" (one
#       without a đặc khu writes "UBND các xã, phường"); each TODO now says
#       so, and the places' TODO says their kind goes with their name (the
#       slip of U1); in Vietnamese too; each checks clean.
#  U4   `init --level tinh --include REGISTRY` over a province's registry
#       of its 124 communes (importing qd318-xa-ntm) kept the placeholders
#       "Xã 1", "Xã 2" beside them, or, where the registry's ids were
#       xa-1 and xa-2, dropped them and printed two of the registry's
#       communes as aiming at standards the registry did not give them
#       ("Phấn đấu Xã số 2 đạt chuẩn nông thôn mới nâng cao"), and lost
#       the TODO that the criteria are those of 2021-2025; now no
#       placeholder, the targets counted from the registry ("30 xã"), the
#       TODO kept under the include: line; each checks clean.
#  U4g  (guard) a registry without places (units and levels only) and a
#       province's registry under a commune's skeleton keep the commune's
#       "Thôn 1", "Thôn 2" (KH269 would count the other communes').
#  U5   a "{kinds}" header over a province's communes sorted by name read
#       "Tên phường, xã"; now the communes' kinds in the law's order, "Tên
#       xã, phường", in the .md, .docx and .xlsx alike.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- U1: a place named as another kind --------------------------------------------------
bad=
mkdir -p "$work/u1"
cd "$work/u1" || exit 2
"$khgen" init --year 2026 "Phường Thủ Dầu Một" -o w.yaml >/dev/null 2>&1 || bad="$bad [init w]"
"$khgen" init --year 2026 "Xã Bình Mỹ" -o x.yaml >/dev/null 2>&1 || bad="$bad [init x]"
sed 's/name: "Tổ dân phố 1"/name: "Khu phố 1"/; s/name: "Tổ dân phố 2"/name: "Khu phố Chánh Nghĩa"/' w.yaml >w1.yaml
sed 's/name: "Thôn 1"/name: "Ấp 1"/' x.yaml >x1.yaml
"$khgen" check w1.yaml >w1.out 2>&1
st=$?
[ "$st" -eq 0 ] || bad="$bad [w1 exit $st]"
grep -q '^w1.yaml:[0-9]*:[0-9]*: warning\[KH270\]: locality .tdp-1. is named .Khu phố 1., as a place of kind .khu phố. is, but its kind is .tổ dân phố.*kind: khu phố' w1.out ||
    bad="$bad [w1 tdp-1: $(head -c 300 w1.out)]"
grep -q "warning\[KH270\]: locality .tdp-2. is named .Khu phố Chánh Nghĩa." w1.out ||
    bad="$bad [w1 tdp-2]"
line=$(grep -n 'name: "Khu phố 1"' w1.yaml | cut -d: -f1)
col=$(/usr/bin/python3 -c 'import sys; l = [x for x in open(sys.argv[1], encoding="utf-8") if "name: \"Khu phố 1\"" in x][0]; print(l.index("kind: ") + 7)' w1.yaml)
grep -q "^w1.yaml:$line:$col: warning\[KH270\]" w1.out || bad="$bad [w1 not at the kind $line:$col]"
"$khgen" check -Werror w1.yaml >/dev/null 2>&1 && bad="$bad [-Werror passed]"
"$khgen" check x1.yaml >x1.out 2>&1
grep -q "warning\[KH270\]: locality .thon-1. is named .Ấp 1., as a place of kind .ấp. is, but its kind is .thôn.*kind: ấp" x1.out ||
    bad="$bad [x1: $(head -c 300 x1.out)]"
[ "$(grep -c KH270 x1.out)" -eq 1 ] || bad="$bad [x1 count]"
# the kind written as the name says: clean again
sed 's/"Khu phố 1", kind: tổ dân phố/"Khu phố 1", kind: khu phố/; s/"Khu phố Chánh Nghĩa", kind: tổ dân phố/"Khu phố Chánh Nghĩa", kind: khu phố/' w1.yaml >w2.yaml
"$khgen" check w2.yaml >w2.out 2>&1 && [ ! -s w2.out ] || bad="$bad [w2: $(head -c 200 w2.out)]"
LANG=vi_VN.UTF-8 "$khgen" --lang vi check x1.yaml >x1.vi 2>&1
grep -q "KH270" x1.vi && ! grep -q "is named" x1.vi || bad="$bad [vi: $(head -c 200 x1.vi)]"
if [ -z "$bad" ]; then
    ok "U1 a ward's 'Khu phố 1' kept as a tổ dân phố and a xã's 'Ấp 1' as a thôn: KH270 at the kind, with the kind to write (-Werror refuses; in Vietnamese too); written so, clean"
else
    not_ok "U1:$bad"
fi
cd "$top" || exit 2

# ---- U1g: (guard) a place's own name that begins with a kind's word -----------------------
bad=
mkdir -p "$work/u1g"
cd "$work/u1g" || exit 2
"$khgen" init --year 2026 "Xã Bình Mỹ" -o g.yaml >/dev/null 2>&1
/usr/bin/python3 - g.yaml <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace('  - {id: thon-2,', '''  - {id: lang-nu, name: Làng Nủ, kind: thôn}
  - {id: ban-phu, name: Bản Phủ, kind: thôn}
  - {id: xom-moi, name: Xóm Mới, kind: ấp}
  - {id: bmt, name: Buôn Ma Thuột, kind: phường}
  - {id: thon-3, name: Thôn 3, kind: thôn}
  - {id: tdp-4, name: Tổ dân phố 4}
  - {id: thon-2,''', 1)
s = s.replace('Phấn đấu {loc-kind thon-1} đạt', 'Phấn đấu {loc-kind thon-1 lang-nu ban-phu xom-moi bmt thon-3 tdp-4} đạt', 1)
open(p, 'w', encoding='utf-8').write(s)
PY
"$khgen" check g.yaml >g.out 2>&1 && [ ! -s g.out ] || bad="$bad [$(head -c 300 g.out)]"
cd "$top" || exit 2
# every plan of plans/ and the seeds: no KH270
for f in plans/*.yaml; do
    "$khgen" check --max-errors 0 "$f" 2>&1 | grep -q 'KH270' && bad="$bad [$f]"
done
if [ -z "$bad" ]; then
    ok "U1g (guard) Làng Nủ, Bản Phủ (thôn), Xóm Mới (ấp), Buôn Ma Thuột (phường), Thôn 3, a name without a kind: no KH270; none in plans/"
else
    not_ok "U1g:$bad"
fi

# ---- U2: init "P3" ------------------------------------------------------------------------
bad=
mkdir -p "$work/u2"
cd "$work/u2" || exit 2
for y in 2025 2026; do
    "$khgen" init --year "$y" "P3" -o "p3-$y.yaml" >/dev/null 2>"p3-$y.err" || bad="$bad [P3 $y: exit $?]"
    grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG 3]' "p3-$y.yaml" && grep -qxF '  place: Phường 3' "p3-$y.yaml" &&
        grep -qxF '  issuer_short: UBND phường 3' "p3-$y.yaml" || bad="$bad [P3 $y: $(grep -m1 issuer: "p3-$y.yaml")]"
    grep -q "note: 'P' is read as the kind 'phường'" "p3-$y.err" && ! grep -q "Vietnamese marks" "p3-$y.err" ||
        bad="$bad [P3 $y note: $(head -c 200 "p3-$y.err")]"
    "$khgen" check "p3-$y.yaml" >"p3-$y.out" 2>&1 && [ ! -s "p3-$y.out" ] || bad="$bad [P3 $y check]"
done
"$khgen" init --year 2026 "p12" -o p12.yaml >/dev/null 2>&1
grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG 12]' p12.yaml || bad="$bad [p12]"
"$khgen" init --year 2025 "Q1" -o q1.yaml >/dev/null 2>&1
grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, QUẬN 1]' q1.yaml || bad="$bad [Q1 2025]"
"$khgen" init --year 2026 "Q1" -o q1-2026.yaml >/dev/null 2>q1.err
st=$?
[ "$st" -eq 2 ] && [ ! -e q1-2026.yaml ] && grep -q "names a quận" q1.err || bad="$bad [Q1 2026: exit $st]"
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "U2 init 'P3' (2025, 2026) is phường 3, issued, placed and named so, with the note 'P.' has; 'p12' phường 12; 'Q1' quận 1 in 2025, refused in 2026; each checks clean"
else
    not_ok "U2:$bad"
fi

# ---- U3: what the recipients' TODO says ----------------------------------------------------
bad=
mkdir -p "$work/u3"
cd "$work/u3" || exit 2
"$khgen" init --year 2026 "Phường Thủ Dầu Một" -o w.yaml >/dev/null 2>&1
"$khgen" init --year 2025 "Phường Phú Cường" -o w25.yaml >/dev/null 2>&1
"$khgen" init --year 2026 --level tinh "Tỉnh Tuyên Quang" -o t.yaml >/dev/null 2>&1
"$khgen" init --year 2026 "Đặc khu Côn Đảo" -o dk.yaml >/dev/null 2>&1
LANG=vi_VN.UTF-8 "$khgen" --lang vi init --year 2026 "Phường Thủ Dầu Một" -o wvi.yaml >/dev/null 2>&1
grep -q '^recipients: \[UBND tỉnh, .*# TODO: .*"UBND thành phố", not "UBND tỉnh"; and its places as it names them ("Các khu phố", "Các ấp")' w.yaml ||
    bad="$bad [ward 2026: $(grep '^recipients' w.yaml | head -c 300)]"
grep -q '^recipients: \[UBND tỉnh, .*# TODO: .*"UBND thành phố", not "UBND tỉnh"' dk.yaml ||
    bad="$bad [đặc khu 2026]"
grep -q '^recipients: \[UBND quận, .*# TODO: .*"UBND thị xã" or "UBND thành phố"' w25.yaml ||
    bad="$bad [ward 2025: $(grep '^recipients' w25.yaml | head -c 300)]"
grep -q '^recipients: .*"UBND các xã, phường, đặc khu".*# TODO: .*one without a đặc khu writes "UBND các xã, phường"' t.yaml ||
    bad="$bad [province: $(grep '^recipients' t.yaml | head -c 300)]"
grep -q '# TODO: the tổ dân phốs of phường Thủ Dầu Một, each with its own kind, as its name says (kind: ấp for "Ấp 1", kind: khu phố for "Khu phố 1": KH270)' w.yaml ||
    bad="$bad [places' TODO]"
grep -q '^recipients: .*# TODO: .*"UBND thành phố"' wvi.yaml && ! grep -q "People's Committee above" wvi.yaml ||
    bad="$bad [vi: $(grep '^recipients' wvi.yaml | head -c 300)]"
for f in w w25 t dk wvi; do
    "$khgen" check "$f.yaml" >"$f.out" 2>&1 && [ ! -s "$f.out" ] || bad="$bad [$f check: $(head -c 200 "$f.out")]"
done
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "U3 the recipients' TODO says what khgen cannot know: a city's commune writes 'UBND thành phố', a ward of 2025 a thị xã's or a city's UBND, a province without a đặc khu 'UBND các xã, phường'; the places' TODO names their kind; in Vietnamese too; each checks clean"
else
    not_ok "U3:$bad"
fi

# ---- U4: a province's skeleton over its registry of communes --------------------------------
# registry FILE PREFIX: the province's units, levels, qd318 and its 117 xã (every
# fourth aiming at nông thôn mới in 2026, 30 in all; four at nông thôn
# mới nâng cao) and 7 phường, the xã's ids PREFIX-N
registry() {
    {
        echo "import: [qd318-xa-ntm]"
        echo "units:"
        echo "  - {id: stc, name: Sở Tài chính}"
        echo "levels:"
        echo "  - {id: ntm, name: nông thôn mới}"
        echo "  - {id: ntm-nc, name: nông thôn mới nâng cao}"
        echo "localities:"
        i=1
        while [ "$i" -le 117 ]; do
            if [ $((i % 4)) -eq 1 ] && [ "$i" -le 117 ]; then
                echo "  - {id: $2-$i, name: Xã số $i, kind: xã, criteria_met: 17, target: ntm, target_year: 2026}"
            elif [ "$i" -le 8 ] && [ $((i % 2)) -eq 0 ]; then
                echo "  - {id: $2-$i, name: Xã số $i, kind: xã, status: ntm, target: ntm-nc, target_year: 2026}"
            else
                echo "  - {id: $2-$i, name: Xã số $i, kind: xã, criteria_met: 12}"
            fi
            i=$((i + 1))
        done
        for p in 1 2 3 4 5 6 7; do echo "  - {id: p-$p, name: Phường số $p, kind: phường}"; done
    } >"$1"
}
bad=
mkdir -p "$work/u4/chung" "$work/u4/tinh" "$work/u4/c2" "$work/u4/xa/ham-yen"
cd "$work/u4" || exit 2
registry chung/registry.yaml x
registry c2/registry.yaml xa
[ "$(grep -c 'target: ntm,' chung/registry.yaml)" -eq 30 ] && [ "$(grep -c 'kind: ' chung/registry.yaml)" -eq 124 ] ||
    bad="$bad [fixture]"
for r in chung c2; do
    f=tinh/tq-$r.yaml
    "$khgen" init --level tinh --year 2026 --include "$r/registry.yaml" "Tỉnh Tuyên Quang" -o "$f" >/dev/null 2>&1 ||
        bad="$bad [$r: init exit $?]"
    ! grep -q '^localities:' "$f" && ! grep -q 'Xã 1\|Xã 2\|loc-kind' "$f" || bad="$bad [$r: placeholders: $(grep -n 'Xã 1\|loc-kind' "$f" | head -2)]"
    grep -q '^include: .*registry.yaml' "$f" && grep -q '^# TODO: the registry imports qd318-xa-ntm, the national criteria of 2021-2025' "$f" ||
        bad="$bad [$r: the catalog's TODO]"
    "$khgen" check --allow-read "$r" "$f" >"$r.out" 2>&1 && [ ! -s "$r.out" ] || bad="$bad [$r: check: $(head -c 300 "$r.out")]"
    "$khgen" build --allow-read "$r" -f md -o "out-$r" "$f" >/dev/null 2>&1 || bad="$bad [$r: build]"
    md=out-$r/tq-$r.md
    grep -q 'Phấn đấu có thêm 30 xã đạt chuẩn nông thôn mới, 04 xã đạt chuẩn nông thôn mới nâng cao\.\|Phấn đấu có thêm 30 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn mới nâng cao\.' "$md" &&
        ! grep -q 'Xã số 2\|Xã 1' "$md" || bad="$bad [$r: $(grep 'Phấn đấu' "$md" | head -c 300)]"
done
if [ -z "$bad" ]; then
    ok "U4 a province's skeleton over its registry of 124 communes: no placeholder beside them, its targets counted from the registry (30 xã, 4 xã nâng cao), the registry's ids xa-N named by no sentence, the 2021-2025 catalog's TODO kept; checks clean"
else
    not_ok "U4:$bad"
fi

# ---- U4g: (guard) the commune's own places stay -----------------------------------------
bad=
"$khgen" init --year 2026 --include chung/registry.yaml "Xã Hàm Yên" -o xa/ham-yen/xa-ham-yen-2026.yaml >/dev/null 2>&1 ||
    bad="$bad [init exit $?]"
grep -q '  - {id: thon-1, name: "Thôn 1", kind: thôn' xa/ham-yen/xa-ham-yen-2026.yaml ||
    bad="$bad [the commune's thôn]"
mkdir -p u/chung u/xa
printf 'units:\n  - {id: stc, name: Sở Tài chính}\nlevels:\n  - {id: ntm, name: nông thôn mới}\n' >u/chung/r.yaml
"$khgen" init --level tinh --year 2026 --include u/chung/r.yaml "Tỉnh Tuyên Quang" -o u/tq.yaml >/dev/null 2>&1
grep -q '  - {id: xa-1, name: "Xã 1", kind: xã' u/tq.yaml && grep -q '{loc-kind xa-1}' u/tq.yaml &&
    ! grep -q 'registry imports qd318' u/tq.yaml || bad="$bad [a registry without places]"
"$khgen" check --allow-read u/chung u/tq.yaml >u.out 2>&1 && [ ! -s u.out ] || bad="$bad [u: $(head -c 200 u.out)]"
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "U4g (guard) a commune's skeleton over the province's registry keeps its Thôn 1, Thôn 2; a province's over a registry without places keeps Xã 1, Xã 2, and no catalog TODO of the registry's; each checks clean"
else
    not_ok "U4g:$bad"
fi

# ---- U5: "{kinds}" in the law's order ---------------------------------------------------------
bad=
mkdir -p "$work/u5"
cat >"$work/u5/k.yaml" <<'PLAN'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]
  issuer_short: UBND tỉnh Tuyên Quang
  number: ""
  code: KH-UBND
  place: Tuyên Quang
  date: 2026-01
  title: Thử nghiệm năm {year}
levels:
  - {id: ntm, name: nông thôn mới}
localities:
  - {id: x1, name: Yên Sơn, kind: xã, target: ntm, target_year: 2026}
  - {id: p1, name: An Tường, kind: phường, target: ntm, target_year: 2026}
  - {id: x2, name: Bình Xa, kind: xã, target: ntm, target_year: 2026}
body:
  - para: (Chi tiết theo {att bieu01} đính kèm).
closing: Trên đây là Kế hoạch.
recipients: ["Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh sách
    columns:
      - {key: stt, type: stt, header: STT}
      - {key: name, header: "Tên {kinds}"}
    rows: {from: localities, sort: name}
PLAN
"$khgen" build -f md,docx,xlsx -o "$work/u5/out" "$work/u5/k.yaml" >"$work/u5/b.out" 2>&1 || bad="$bad [build: $(head -c 200 "$work/u5/b.out")]"
grep -q '^| STT | Tên xã, phường |' "$work/u5/out/k.md" || bad="$bad [md: $(grep '^| STT' "$work/u5/out/k.md")]"
/usr/bin/python3 - "$work/u5/out/k.docx" "$work/u5/out/k.xlsx" >"$work/u5/heads" 2>&1 <<'PY'
import sys, docx, openpyxl
d = docx.Document(sys.argv[1])
print(d.tables[-1].rows[0].cells[1].text)
ws = openpyxl.load_workbook(sys.argv[2]).worksheets[0]
print([c for r in ws.iter_rows(values_only=True) for c in r if c and str(c).startswith('Tên')][0])
PY
[ "$(cat "$work/u5/heads")" = "$(printf 'Tên xã, phường\nTên xã, phường')" ] || bad="$bad [docx, xlsx: $(tr '\n' '|' <"$work/u5/heads")]"
grep -q '| 1 | An Tường |' "$work/u5/out/k.md" || bad="$bad [rows not sorted by name]"
if [ -z "$bad" ]; then
    ok "U5 '{kinds}' over a province's communes sorted by name reads 'Tên xã, phường' (the law's order), its rows still by name, in md, docx and xlsx"
else
    not_ok "U5:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
