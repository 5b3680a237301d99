#!/bin/sh
# tests/hardening/s50user.sh KHGEN WORKDIR - the leftovers of session 49's
# new users (a province's IT officer, a phường's văn thư, and s49review's
# reading of init), fixed by session 50. Each case fails at 6825de1f
# (session 49's stop) unless it is named a guard:
#  F1   `init --year 2025` (or any year before 2026) without --level gave
#       every NAME the district's skeleton: "TP. Hồ Chí Minh" and "Xã Tân
#       Phú" were a huyện's plan (its Phòng Nội vụ, "UBND các xã, thị
#       trấn"), where doc/commands.md's --level says NAME's kind decides;
#       now a xã's is the commune's (the bytes of --level xa), a tỉnh's and
#       a centrally-run city's the province's, a huyện's and a province's
#       city's ("Thành phố Bắc Giang", a district's level up to 2025, with a
#       note naming --level tinh) the district's; each checks clean.
#  F2   `init "Phường 3"`: its skeleton's comments said "the tổ dân phốs of
#       3", "the plans of 3", and one of 2025 was a district's; now the
#       plan is issued by "ỦY BAN NHÂN DÂN" / "PHƯỜNG 3", placed "Phường 3",
#       signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", its comments name
#       "phường 3", and for 2025 too it is a ward's: the urban work over its
#       tổ dân phố (no programme on new rural areas, no criteria catalog).
#       "Phường III" is placed "Phường III" (it printed "III, ngày ...").
#  F3   a ward's Biểu of the locality-targets preset printed "Số tiêu chí
#       đã đạt" (a count of the criteria of new rural areas, none of which
#       applies to a ward) empty in every row; now the column is left out
#       over rows that are all a ward's places with no such count, in the
#       .md, .html, .docx and .xlsx alike.
#  F3g  (guard) the column stays over a xã's thôn (empty: not yet filled
#       in), over a tổ dân phố whose criteria_met is written, and over a
#       province's table of a xã and a phường: kills a mutant that drops it
#       always, or whatever the rows hold.
#  F4   the README's first steps imported the Word file into
#       xa/tan-phu/gop-y.yaml: two communes doing so made doc/cycle.md's CI
#       script (`khgen build -o out` over every plan) a usage error ("would
#       both write out/gop-y.*"); the README's commands, run as written for
#       two communes, then ci.sh as doc/cycle.md gives it, now pass and
#       build both communes' documents.
#  F5   a shared registry's warning, included by two communes' plans as
#       `../../chung/registry.yaml`, was printed under
#       `xa/X/../../chung/registry.yaml` and once for each plan; now under
#       `chung/registry.yaml`, once, with one note naming the second plan
#       (still counted for each: `-Werror` refuses both, s18attack F2).
#  F6   KH005's "YAML noticed it here" note at the end of a file pointed at
#       a line past its end ("4 |" under a file of three lines), and so did
#       the error where YAML found nothing after a last '{' ("x: {"); now
#       just past the last line's last character (a final LF, CRLF or none).
#  F7   KH030 said "run with --allow-read DIR" for a file that is not
#       there, as if it were; khgen does not look outside the plan's tree,
#       even whether a file exists (doc/limits.md: the messages tell
#       nothing of what lies outside), so the words cannot differ: the
#       message now says khgen does not look there and to check the path
#       first, the same for a missing file and a file that exists.
#  F8   a centrally-run city's plan ("TP. Hồ Chí Minh", 2025 and 2026) was
#       sent to the "Thường trực Tỉnh ủy" and "HĐND tỉnh", its offices "...
#       tỉnh": now the city's, "Thường trực Thành ủy", "Thường trực HĐND
#       thành phố", "... thành phố" (before 2026 "UBND các quận, huyện, ...");
#       a tỉnh's stays the tỉnh's (its part of the case is a guard against a
#       mutant that gives every province the city's words).
#  F9   a đặc khu's plan of 2025 (the special zones were made on 1 July
#       2025, under the province) was sent to the "UBND huyện" with a xã's
#       programme and thôn and no word; now to the "UBND tỉnh", with 2026's
#       TODOs saying khgen's facts tell neither its work nor its places; a
#       thị trấn's of 2025 still goes to the UBND huyện (guard part).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- F1: the level NAME's kind names, up to 2025 ----------------------------------------
bad=
cd "$work" || exit 2
for y in 2024 2025; do
    for c in "TP. Hồ Chí Minh|tinh" "Xã Tân Phú|xa" "Tỉnh Bắc Giang|tinh" "Huyện Yên Thế|huyen" \
        "Thành phố Bắc Giang|huyen" "Thành phố Hà Nội|tinh"; do
        name=${c%|*}
        level=${c#*|}
        "$khgen" init --year "$y" "$name" -o "f1-$y-$level.yaml" --force >/dev/null 2>f1.err ||
            bad="$bad [$name $y: exit $?]"
        "$khgen" init --level "$level" --year "$y" "$name" -o - 2>/dev/null | sed 1d >f1.want
        sed 1d "f1-$y-$level.yaml" | cmp -s - f1.want ||
            bad="$bad [$name $y: not --level $level's: $(head -1 "f1-$y-$level.yaml")]"
        grep -q "^# The plan of .* started with \`khgen init --level $level\`" "f1-$y-$level.yaml" ||
            bad="$bad [$name $y: $(head -1 "f1-$y-$level.yaml")]"
        "$khgen" check "f1-$y-$level.yaml" >f1.out 2>&1 && [ ! -s f1.out ] ||
            bad="$bad [$name $y: check: $(head -c 200 f1.out)]"
        case $name in
        "Thành phố Bắc Giang") grep -q "read as a city of a province.*--level tinh" f1.err ||
            bad="$bad [no note for $name: $(head -c 200 f1.err)]" ;;
        *) [ -s f1.err ] && case $(cat f1.err) in *note*) bad="$bad [$name: $(head -c 200 f1.err)]" ;; esac ;;
        esac
    done
done
grep -q '"Các sở, ban, ngành"' f1-2025-tinh.yaml && ! grep -q "Phòng Nội vụ" f1-2025-tinh.yaml ||
    bad="$bad [province's recipients]"
if [ -z "$bad" ]; then
    ok "F1 init of 2024 and 2025 without --level: the level of NAME's kind (a xã's, a tỉnh's, a centrally-run city's, a huyện's; a province's city a district's, with a note), each as --level gives it, each checking clean"
else
    not_ok "F1:$bad"
fi
cd "$top" || exit 2

# ---- F2: "Phường 3", a ward named by a number ------------------------------------------
bad=
mkdir -p "$work/f2"
for y in 2025 2026; do
    f=$work/f2/p3-$y.yaml
    "$khgen" init --year "$y" "Phường 3" -o "$f" >/dev/null 2>&1 || bad="$bad [$y: init exit $?]"
    grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG 3]' "$f" && grep -qxF '  place: Phường 3' "$f" &&
        grep -qxF '  issuer_short: UBND phường 3' "$f" &&
        grep -qxF '  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]' "$f" || bad="$bad [$y: header or signature]"
    # no comment names the ward by its number alone
    grep -nE '(of|for) 3([^0-9]|$)' "$f" >"$work/f2.bare" && bad="$bad [$y: $(head -c 200 "$work/f2.bare")]"
    grep -q "tổ dân phốs of phường 3" "$f" || bad="$bad [$y: its places' comment]"
    grep -q 'kind: tổ dân phố' "$f" && ! grep -q 'kind: thôn\|kind: xã' "$f" &&
        ! grep -qi 'nông thôn mới' "$f" && ! grep -q '^import:' "$f" || bad="$bad [$y: not a ward's work]"
    "$khgen" check "$f" >"$work/f2.out" 2>&1 && [ ! -s "$work/f2.out" ] ||
        bad="$bad [$y: check: $(head -c 200 "$work/f2.out")]"
    "$khgen" build -f md -o "$work/f2/out" "$f" >/dev/null 2>&1 || bad="$bad [$y: build exit $?]"
    md=$work/f2/out/p3-$y.md
    head -2 "$md" | tr -d ' ' | tr '\n' '|' | grep -qxF '**ỦYBANNHÂNDÂN**|**PHƯỜNG3**|' &&
        grep -q "^\*Phường 3, ngày" "$md" && grep -q '^\*\*TM\. ỦY BAN NHÂN DÂN\*\*' "$md" ||
        bad="$bad [$y: the document: $(head -3 "$md" | tr '\n' '|')]"
done
grep -q 'Công chức Địa chính - Xây dựng - Đô thị và Môi trường' "$work/f2/p3-2025.yaml" &&
    grep -q 'Đảng ủy phường' "$work/f2/p3-2025.yaml" || bad="$bad [2025: the ward's units]"
"$khgen" init --year 2026 "Phường III" -o "$work/f2/p-iii.yaml" >/dev/null 2>&1
grep -qxF '  place: Phường III' "$work/f2/p-iii.yaml" ||
    bad="$bad [Phường III: $(grep '^  place' "$work/f2/p-iii.yaml")]"
if [ -z "$bad" ]; then
    ok "F2 init 'Phường 3' (2025, 2026): issued by ỦY BAN NHÂN DÂN / PHƯỜNG 3, placed and signed as such, comments naming 'phường 3', a ward's work over tổ dân phố in 2025 too; 'Phường III' placed 'Phường III'"
else
    not_ok "F2:$bad"
fi

# ---- F3: no "Số tiêu chí đã đạt" over a ward's places -----------------------------------
# plan_with_targets IN OUT LEVEL: IN (a ward's: with LEVEL, its localities
# aiming at it this year) with a Biểu of the locality-targets preset referred to
plan_with_targets() {
    /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
if not re.search(r'^levels:', s, re.M):  # a ward's: a level of its own, aimed at
    s = s.replace('localities:\n', 'levels:\n  - {id: %s, name: đô thị văn minh}\n\nlocalities:\n' % sys.argv[3], 1)
    s = re.sub(r'(  - \{id: [a-z]+-[12], name: "[^"]+", kind: [^,}]+)\}',
               r'\1, target: %s, target_year: 2026}' % sys.argv[3], s)
s = s.replace('Căn cứ tình hình thực tế của địa phương', 'Căn cứ tình hình thực tế của địa phương (chi tiết theo {att b1} đính kèm)', 1)
s += '\nattachments:\n  - id: b1\n    label: Biểu 01\n    preset: locality-targets\n    title: Phấn đấu đạt chuẩn năm {year}\n'
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}
# has_column DIR NAME: the number of the four formats whose file shows the column
has_column() {
    n=0
    grep -q "Số tiêu chí đã đạt" "$1/$2.md" && n=$((n + 1))
    grep -q "Số tiêu chí đã đạt" "$1/$2.html" && n=$((n + 1))
    unzip -p "$1/$2.docx" word/document.xml | grep -q "Số tiêu chí đã đạt" && n=$((n + 1))
    unzip -p "$1/$2.xlsx" xl/sharedStrings.xml | grep -q "Số tiêu chí đã đạt" && n=$((n + 1))
    echo $n
}
mkdir -p "$work/f3"
"$khgen" init --year 2026 "Phường 3" -o "$work/f3/w0.yaml" >/dev/null 2>&1
"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o "$work/f3/x0.yaml" >/dev/null 2>&1
plan_with_targets "$work/f3/w0.yaml" "$work/f3/ward.yaml" vm
plan_with_targets "$work/f3/x0.yaml" "$work/f3/xa.yaml" ntm
sed 's/^  - {id: tdp-1, name: "Tổ dân phố 1", kind: tổ dân phố,/  - {id: tdp-1, name: "Tổ dân phố 1", kind: tổ dân phố, criteria_met: 10,/' \
    "$work/f3/ward.yaml" >"$work/f3/wardmet.yaml"
sed 's/^  - {id: tdp-2, name: "Tổ dân phố 2", kind: tổ dân phố,/  - {id: tdp-2, name: "Xã 2", kind: xã,/' \
    "$work/f3/ward.yaml" >"$work/f3/mixed.yaml"
for p in ward xa wardmet mixed; do
    "$khgen" build -Werror -o "$work/f3/out" "$work/f3/$p.yaml" >/dev/null 2>"$work/f3/$p.err" ||
        not_ok "setup: F3's $p plan does not build: $(head -c 300 "$work/f3/$p.err")"
done
n=$(has_column "$work/f3/out" ward)
if [ "$n" = 0 ] && grep -q "Mức phấn đấu đạt chuẩn" "$work/f3/out/ward.md" &&
    grep -q "Tổ dân phố 1 .*đô thị văn minh" "$work/f3/out/ward.md"; then
    ok "F3 a ward's Biểu of locality-targets over its tổ dân phố: no 'Số tiêu chí đã đạt' column in the .md, .html, .docx or .xlsx; the rest kept"
else
    not_ok "F3 the ward's table shows the column in $n formats: $(grep -m1 'STT' "$work/f3/out/ward.md" | head -c 300)"
fi
nx=$(has_column "$work/f3/out" xa)
nm=$(has_column "$work/f3/out" wardmet)
nb=$(has_column "$work/f3/out" mixed)
if [ "$nx" = 4 ] && [ "$nm" = 4 ] && [ "$nb" = 4 ] && grep -q "| Tổ dân phố 1 | 10 |" "$work/f3/out/wardmet.md"; then
    ok "F3g (guard) the column stays over a xã's thôn, a tổ dân phố whose criteria_met is written, and a xã beside a tổ dân phố (4 formats each)"
else
    not_ok "F3g xã $nx, written $nm, mixed $nb of 4 formats: $(grep -m2 'Tổ dân phố 1\|STT' "$work/f3/out/wardmet.md" | head -c 300)"
fi

# ---- F4: the README's first steps for two communes, then doc/cycle.md's CI --------------
bad=
f4=$work/f4
mkdir -p "$f4/bin" "$f4/chung"
ln -s "$khgen" "$f4/bin/khgen"
# the first steps' commands as the README writes them (make install aside)
awk '/^## First steps/{f=1;next} f&&/^## /{exit} f&&/^    /' "$top/README.md" |
    sed 's/^    //' | grep -v '^make install' >"$f4/steps1.sh"
sed 's/tan-phu/dong-huu/g; s/Tân Phú/Đồng Hưu/g' "$f4/steps1.sh" >"$f4/steps2.sh"
# the CI script as doc/cycle.md writes it
awk '/^    #!\/bin\/sh/{getline n; if (n ~ /# ci\.sh/){f=1; print; print n; next}} f&&/^$/{exit} f' \
    "$top/doc/cycle.md" | sed 's/^    //' >"$f4/ci.sh"
grep -q 'khgen import' "$f4/steps1.sh" && grep -q 'khgen build' "$f4/ci.sh" || bad="$bad [commands not found]"
for s in steps1 steps2; do
    (cd "$f4" && PATH="$f4/bin:$PATH" sh "$s.sh" >"$s.out" 2>&1)
done
(cd "$f4" && PATH="$f4/bin:$PATH" sh ci.sh >ci.out 2>&1) || bad="$bad [ci.sh exit $?: $(head -c 300 "$f4/ci.out")]"
ls "$f4"/xa/tan-phu/*.yaml "$f4"/xa/dong-huu/*.yaml >/dev/null 2>&1 &&
    [ "$(ls "$f4"/xa/*/*.yaml | wc -l)" -ge 6 ] || bad="$bad [plans: $(ls "$f4"/xa/*/ | tr '\n' ' ')]"
for c in tan-phu dong-huu; do
    for f in "$f4"/xa/$c/*.yaml; do
        b=$(basename "$f" .yaml)
        [ -s "$f4/out/$b.docx" ] && [ -s "$f4/out/$b.md" ] || bad="$bad [no out/$b.docx]"
    done
done
if [ -z "$bad" ]; then
    ok "F4 the README's first steps, run as written for two communes, then doc/cycle.md's ci.sh: exit 0, every plan of both communes built"
else
    not_ok "F4:$bad"
fi

# ---- F5: a shared registry's warning: its path, once a command --------------------------
bad=
f5=$work/f5
mkdir -p "$f5/chung"
printf '%s\n' 'units:' '  - {id: tc, name: Công chức Tài chính - Kế toán（A)}' 'import: [qd318-xa-ntm]' \
    >"$f5/chung/registry.yaml"
for c in "an:Xã An" "binh:Xã Bình"; do
    mkdir -p "$f5/xa/${c%%:*}"
    (cd "$f5" && "$khgen" init --level xa --year 2026 --include chung/registry.yaml "${c#*:}" \
        -o "xa/${c%%:*}/xa-${c%%:*}-2026.yaml" >/dev/null 2>&1) || bad="$bad [init ${c#*:}]"
done
(cd "$f5" && "$khgen" check --allow-read chung xa/an/xa-an-2026.yaml xa/binh/xa-binh-2026.yaml >check.out 2>&1)
st=$?
[ "$st" = 0 ] || bad="$bad [check exit $st]"
grep -q '\.\./' "$f5/check.out" && bad="$bad [a path with '..': $(grep -m1 '\.\./' "$f5/check.out" | head -c 200)]"
[ "$(grep -c '^chung/registry.yaml:2:[0-9]*: warning\[KH024\]' "$f5/check.out")" = 1 ] ||
    bad="$bad [KH024 printed $(grep -c 'KH024' "$f5/check.out") times]"
grep -q '^xa/binh/xa-binh-2026.yaml: note: chung/registry.yaml, which this plan reads too' "$f5/check.out" &&
    grep -q '^2 warnings generated' "$f5/check.out" || bad="$bad [$(grep -v '^ ' "$f5/check.out" | tr '\n' '|' | head -c 400)]"
(cd "$f5" && "$khgen" build -Werror --allow-read chung -o out xa/an/xa-an-2026.yaml xa/binh/xa-binh-2026.yaml >build.out 2>&1)
st=$?
[ "$st" = 1 ] && [ ! -e "$f5/out/xa-an-2026.md" ] && [ ! -e "$f5/out/xa-binh-2026.md" ] &&
    grep -q '^2 errors generated' "$f5/build.out" || bad="$bad [-Werror build: exit $st, $(ls "$f5/out" 2>/dev/null | tr '\n' ' ')]"
if [ -z "$bad" ]; then
    ok "F5 a shared registry's warning met by two plans: printed once as chung/registry.yaml, a note naming the second plan, counted for both (-Werror refuses both)"
else
    not_ok "F5:$bad"
fi

# ---- F6: KH005's note at a file's end ---------------------------------------------------
bad=
mkdir -p "$work/f6"
printf 'khgen: 1\nheader:\n  issuer: [A, B\n' >"$work/f6/lf.yaml"
printf 'khgen: 1\r\nheader:\r\n  issuer: [A, B\r\n' >"$work/f6/crlf.yaml"
printf 'khgen: 1\nheader:\n  issuer: [A, B' >"$work/f6/none.yaml"
for f in lf crlf none; do
    "$khgen" check "$work/f6/$f.yaml" >/dev/null 2>"$work/f6/$f.err"
    grep -q "^$work/f6/$f.yaml:3:16: note: YAML noticed it here" "$work/f6/$f.err" &&
        ! grep -q '^ *4 |' "$work/f6/$f.err" || bad="$bad [$f: $(grep -A1 note "$work/f6/$f.err" | tr '\n' '|' | head -c 200)]"
done
# the error itself, where YAML found nothing after a '{' at the end
printf 'khgen: 1\nx: {\n' >"$work/f6/brace.yaml"
"$khgen" check "$work/f6/brace.yaml" >/dev/null 2>"$work/f6/brace.err"
grep -q "^$work/f6/brace.yaml:2:5: error\[KH005\]" "$work/f6/brace.err" && ! grep -q '^ *3 |' "$work/f6/brace.err" ||
    bad="$bad [brace: $(head -2 "$work/f6/brace.err" | tr '\n' '|' | head -c 200)]"
if [ -z "$bad" ]; then
    ok "F6 KH005 at an unclosed '[' or '{' on a file's last line: its error and note point just past that line's end (LF, CRLF, no final break), never at a line the file does not have"
else
    not_ok "F6:$bad"
fi

# ---- F7: KH030 at a missing file outside the tree ---------------------------------------
bad=
mkdir -p "$work/f7/xa/a" "$work/f7/chung"
cp "$f5/chung/registry.yaml" "$work/f7/chung/reg1.yaml" # gone.yaml: none
for r in reg1 gone; do
    sed "s#^include: \[[^]]*\]#include: [../../chung/$r.yaml]#" "$f5/xa/an/xa-an-2026.yaml" >"$work/f7/xa/a/$r.yaml"
    (cd "$work/f7" && "$khgen" check "xa/a/$r.yaml" >/dev/null 2>"$r.err")
    grep -q "error\[KH030\]: included file 'xa/a/../../chung/$r.yaml' is outside .*check the path; then .*--allow-read chung)" \
        "$work/f7/$r.err" || bad="$bad [$r: $(head -1 "$work/f7/$r.err" | head -c 300)]"
done
# the same words, but for the file's name: nothing tells which one exists
sed 's/reg1\.yaml/NAME.yaml/g' "$work/f7/reg1.err" >"$work/f7/a.txt"
sed 's/gone\.yaml/NAME.yaml/g' "$work/f7/gone.err" >"$work/f7/b.txt"
cmp -s "$work/f7/a.txt" "$work/f7/b.txt" || bad="$bad [the messages differ]"
if [ -z "$bad" ]; then
    ok "F7 KH030 at a registry outside the plan's tree, there or missing: the same words, saying khgen does not look there and to check the path before --allow-read"
else
    not_ok "F7:$bad"
fi

# ---- F8: a city's plan names the city's bodies -----------------------------------------
bad=
mkdir -p "$work/f8"
for y in 2025 2026; do
    "$khgen" init --year "$y" "TP. Hồ Chí Minh" -o "$work/f8/hcm-$y.yaml" >/dev/null 2>&1 || bad="$bad [hcm $y: init]"
    # Bắc Giang went into tỉnh Bắc Ninh on 1 July 2025: init refuses it for 2026 (s52cycle)
    prov="Tỉnh Bắc Giang"; [ "$y" = 2026 ] && prov="Tỉnh Bắc Ninh"
    "$khgen" init --year "$y" "$prov" -o "$work/f8/bg-$y.yaml" >/dev/null 2>&1 || bad="$bad [bg $y: init]"
    grep -q '^recipients: \[Văn phòng Chính phủ, Thường trực Thành ủy, Thường trực HĐND thành phố,' "$work/f8/hcm-$y.yaml" &&
        grep -q 'name: Văn phòng Điều phối nông thôn mới thành phố, short: VPĐP NTM thành phố' "$work/f8/hcm-$y.yaml" &&
        grep -q 'Ủy ban MTTQ Việt Nam thành phố' "$work/f8/hcm-$y.yaml" &&
        ! grep -q 'Tỉnh ủy\|HĐND tỉnh\|NTM tỉnh\|Việt Nam tỉnh' "$work/f8/hcm-$y.yaml" ||
        bad="$bad [hcm $y: $(grep '^recipients' "$work/f8/hcm-$y.yaml" | head -c 200)]"
    grep -q '^recipients: \[Văn phòng Chính phủ, Thường trực Tỉnh ủy, Thường trực HĐND tỉnh,' "$work/f8/bg-$y.yaml" &&
        grep -q 'VPĐP NTM tỉnh' "$work/f8/bg-$y.yaml" || bad="$bad [bg $y: $(grep '^recipients' "$work/f8/bg-$y.yaml" | head -c 200)]"
    for p in hcm bg; do
        "$khgen" check "$work/f8/$p-$y.yaml" >"$work/f8/$p.out" 2>&1 && [ ! -s "$work/f8/$p.out" ] ||
            bad="$bad [$p $y: check: $(head -c 200 "$work/f8/$p.out")]"
    done
done
grep -q '"UBND các quận, huyện, thị xã, thành phố"' "$work/f8/hcm-2025.yaml" &&
    grep -q '"UBND các huyện, thị xã, thành phố"' "$work/f8/bg-2025.yaml" || bad="$bad [the districts sent to]"
if [ -z "$bad" ]; then
    ok "F8 a centrally-run city's plan (2025, 2026) names the Thành ủy, the HĐND thành phố and its offices 'thành phố' (its quận before 2026); a tỉnh's stays the tỉnh's; each checks clean"
else
    not_ok "F8:$bad"
fi

# ---- F9: a đặc khu's plan of 2025 --------------------------------------------------------
bad=
mkdir -p "$work/f9"
"$khgen" init --year 2025 "Đặc khu Phú Quốc" -o "$work/f9/dk.yaml" >/dev/null 2>&1 || bad="$bad [init dk]"
"$khgen" init --year 2025 "Thị trấn Bố Hạ" -o "$work/f9/tt.yaml" >/dev/null 2>&1 || bad="$bad [init tt]"
grep -q '^recipients: \[UBND tỉnh, Đảng ủy đặc khu,' "$work/f9/dk.yaml" &&
    grep -q "TODO: khgen's facts do not say whether a đặc khu carries out the programme" "$work/f9/dk.yaml" &&
    grep -q "TODO: khgen's facts do not say whether the places of a đặc khu are thôn or tổ dân phố" "$work/f9/dk.yaml" ||
    bad="$bad [dk: $(grep '^recipients' "$work/f9/dk.yaml" | head -c 200)]"
grep -q '^recipients: \[UBND huyện, Đảng ủy thị trấn,' "$work/f9/tt.yaml" && ! grep -q 'đặc khu' "$work/f9/tt.yaml" ||
    bad="$bad [tt: $(grep '^recipients' "$work/f9/tt.yaml" | head -c 200)]"
for p in dk tt; do
    "$khgen" check "$work/f9/$p.yaml" >"$work/f9/$p.out" 2>&1 && [ ! -s "$work/f9/$p.out" ] ||
        bad="$bad [$p: check: $(head -c 200 "$work/f9/$p.out")]"
done
if [ -z "$bad" ]; then
    ok "F9 a đặc khu's plan of 2025: sent to the UBND tỉnh, with the TODOs on its work and places; a thị trấn's of 2025 to the UBND huyện; both check clean"
else
    not_ok "F9:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
