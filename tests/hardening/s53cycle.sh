#!/bin/sh
# tests/hardening/s53cycle.sh KHGEN WORKDIR - the yearly cycle's leftovers
# of session 52 (s52cycle's report, "Left") and a merged commune's cycle.
# Each case fails at 8bad564e (session 53's start) unless it is named a
# guard:
#  D1   `khgen diff` of a province's plans showed the row of a commune
#       removed from a generated Biểu ("Xã Đồng Yên", id xa-dong-yen) and
#       the row of another added in its place ("Xã Linh Hồ", xa-linh-ho)
#       as one row renamed, 'dòng "Xã Linh Hồ": sửa (trước là ... "Xã Đồng
#       Yên")': a reviewer reads a rename no one made. Now a generated row
#       is its item: two ids are two rows (removed, added), in the
#       terminal, -f md and -f html alike.
#  D1m  the same commune renamed in the registry (its id kept) in a Biểu
#       sorted by name was shown removed and another added; now one row,
#       moved, its words changed.
#  D2   written rows: "Xã Đồng Yên | 16 | ..." replaced in its place by
#       "Xã Linh Hồ | 16 | ..." (a place's kind, then another name), and
#       "Thôn 2" by "Thôn 5", were one row renamed; now removed and added.
#  D2g  (guard) a name corrected ("Xã Đồng Yen"), "(cũ)" written after it,
#       a key of other words edited ("Điện" -> "Điện lực nông thôn",
#       "Đường giao thông" -> "Đường liên xã": s38cycle M2), a generated
#       commune renamed in place under its id: one row edited.
#  I3   `init --year 2026 "Thành phố Hà Giang"` (a province's city, of the
#       district's level, ended on 1 July 2025) wrote a province's
#       skeleton, "the skeleton of a thành phố plan", exit 0; so did "TP.
#       Bắc Giang", "Thành phố Thủ Đức", for 2026 and 2027. Now a usage
#       error, nothing written, saying why and what to start instead.
#  I3g  (guard) the cities under the central government (Hà Nội, Huế, TP.
#       Hồ Chí Minh) for 2026, and "Thành phố Hà Giang" for 2025 (the
#       district's skeleton with its note) are written as before.
#  N2   `new --year 2026` noted a district named in the plan's texts but
#       not one named in a registry it includes: "Huyện Bắc Quang", a
#       locality of chung/registry.yaml, printed in the plan's Biểu with no
#       note; now noted at the registry's line, as its old year is;
#       (guard) not "(cũ)", not KH181's unit, not a plan moved to 2025.
#  N3   `new --year 2026` from the plan of 2025 of thành phố Hà Giang (or
#       of Thủ Đức): the issuer "THÀNH PHỐ HÀ GIANG" was not warned (KH181
#       warned "THỊ XÃ SƠN TÂY"'s); now KH181 at it, counted in new's
#       summary; in Vietnamese too; (guard) a central city's issuer and a
#       plan of 2025 are not warned.
#  M4   the merged commune's cycle: the plan of 2025 of xã Bình Trung
#       (merged with Hòa Cư and Hải Yến into xã Hòa Cư) moved to 2026, its
#       issuer rewritten "XÃ HÒA CƯ": the short name "UBND xã Bình Trung"
#       (printed in every Biểu's "(Kèm theo ...)" line), the place line,
#       the title "... trên địa bàn xã Bình Trung", the opening and the
#       closing built with exit 0 and no word; now KH185 at each; in
#       Vietnamese too; (guard) edited as the merged commune's ("Hoà Cư",
#       "xã Bình Trung (cũ)", a document of the old xã cited): clean, and
#       builds; a province's plan: none.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s53cycle
cd "$work" || exit 2

# edit IN OUT OLD=>NEW...: IN with each OLD replaced once by NEW, as OUT
edit() {
    /usr/bin/python3 - "$@" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for e in sys.argv[3:]:
    old, new = e.split('=>', 1)
    if old not in s:
        sys.exit('edit: no %r' % old)
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

# heads OLD NEW [FORMAT]: the change heads of `khgen diff` of OLD.yaml and
# NEW.yaml, one a line (the terminal's "@@ X @@", -f md's "## X", -f
# html's "<h2>X</h2>" as "@@ X @@"), into NEW.FORMAT.heads; the status in $st
heads() {
    _f=${3:-term}
    "$khgen" diff --no-color -f "$_f" "$1.yaml" "$2.yaml" >"$2.$_f" 2>"$2.$_f.err"
    st=$?
    case $_f in
    term) grep '^@@' "$2.$_f" ;;
    md) sed -n 's/^## \(.*\)$/@@ \1 @@/p' "$2.$_f" ;;
    html) sed -n 's/.*<h2>\(.*\)<\/h2>.*/@@ \1 @@/p' "$2.$_f" | sed 's/&quot;/"/g' ;;
    esac >"$2.$_f.heads"
}
# want NAME FORMAT LINE...: the heads of NAME.FORMAT are the LINEs
# (status 1); else a word in $bad
want() {
    _n=$1 _f=$2
    shift 2
    printf '%s\n' "$@" >"$_n.$_f.want"
    if [ "$st" != 1 ] || ! cmp -s "$_n.$_f.want" "$_n.$_f.heads"; then
        bad="$bad [$_n -f $_f: status $st: $(tr '\n' '~' <"$_n.$_f.heads" | head -c 300)]"
    fi
}

cp "$here/p26.yaml" p26.yaml

# ---- D1: two communes' rows of a generated Biểu are two rows -----------------------
bad=
edit p26.yaml d1.yaml '{id: xa-dong-yen, name: Đồng Yên,=>{id: xa-linh-ho, name: Linh Hồ,' ||
    bad="$bad [setup]"
for f in term md html; do
    heads p26 d1 $f
    want d1 $f '@@ Biểu 01, dòng "Xã Đồng Yên": bỏ @@' '@@ Biểu 01, dòng "Xã Linh Hồ": thêm @@'
done
if [ -z "$bad" ]; then
    ok "D1 a generated Biểu: the row of xa-dong-yen removed and xa-linh-ho's added in its place are two rows, not one renamed (term, md, html)"
else
    not_ok "D1:$bad"
fi

# ---- D1m: one commune renamed (its id kept) in a Biểu sorted by name ------------------
bad=
edit p26.yaml s26.yaml 'where: {target: ntm}}=>where: {target: ntm}, sort: name}' || bad="$bad [setup]"
edit s26.yaml d1m.yaml 'name: Đồng Yên,=>name: Yên Hoa,' || bad="$bad [setup]"
heads s26 d1m
# s54cycle: the head names what the row was named too, "(trước là ...)"
want d1m term '@@ Biểu 01, dòng "Xã Yên Hoa": chuyển từ dòng 1 (trước là Biểu 01, dòng "Xã Đồng Yên") @@'
grep -qxF 'Xã [-Đồng -]Yên{+ Hoa+} | 16 | nông thôn mới' d1m.term || bad="$bad [words: $(sed -n 4p d1m.term)]"
if [ -z "$bad" ]; then
    ok "D1m a commune renamed under its id in a Biểu sorted by name: one row, moved, its name's words changed"
else
    not_ok "D1m:$bad"
fi

# ---- D2: written rows: another place's name in a row's place ----------------------------
bad=
rows_plan() { # FILE ROW1 ROW2 ROW3: p26 with a written Biểu of those rows
    edit p26.yaml "$1" "    rows: {from: localities, where: {target: ntm}}=>    rows:
      - [$2, 17, nông thôn mới]
      - [$3, 16, nông thôn mới]
      - [$4, 18, nông thôn mới]" || bad="$bad [setup $1]"
}
rows_plan w.yaml 'Xã Vĩnh Tuy' 'Xã Đồng Yên' 'Xã Việt Lâm'
rows_plan d2.yaml 'Xã Vĩnh Tuy' 'Xã Linh Hồ' 'Xã Việt Lâm'
rows_plan t.yaml 'Thôn 1' 'Thôn 2' 'Thôn 3'
rows_plan d2t.yaml 'Thôn 1' 'Thôn 5' 'Thôn 3'
for f in term html; do
    heads w d2 $f
    want d2 $f '@@ Biểu 01, dòng "Xã Đồng Yên": bỏ @@' '@@ Biểu 01, dòng "Xã Linh Hồ": thêm @@'
done
heads t d2t
want d2t term '@@ Biểu 01, dòng "Thôn 2": bỏ @@' '@@ Biểu 01, dòng "Thôn 5": thêm @@'
if [ -z "$bad" ]; then
    ok "D2 written rows: 'Xã Linh Hồ' in the place of 'Xã Đồng Yên', 'Thôn 5' in that of 'Thôn 2', the other cells the same: removed and added"
else
    not_ok "D2:$bad"
fi

# ---- D2g (guard): one row edited ---------------------------------------------------------
bad=
rows_plan g1.yaml 'Xã Vĩnh Tuy' 'Xã Đồng Yen' 'Xã Việt Lâm'
heads w g1
want g1 term '@@ Biểu 01, dòng "Xã Đồng Yen": sửa (trước là Biểu 01, dòng "Xã Đồng Yên") @@'
rows_plan g2.yaml 'Xã Vĩnh Tuy' 'Xã Đồng Yên (cũ)' 'Xã Việt Lâm'
heads w g2
want g2 term '@@ Biểu 01, dòng "Xã Đồng Yên (cũ)": sửa (trước là Biểu 01, dòng "Xã Đồng Yên") @@'
rows_plan k.yaml 'Đường giao thông' 'Điện' 'Nhà văn hóa'
rows_plan g3.yaml 'Đường liên xã' 'Điện lực nông thôn' 'Nhà văn hóa'
heads k g3
want g3 term '@@ Biểu 01, dòng "Đường liên xã": sửa (trước là Biểu 01, dòng "Đường giao thông") @@' \
    '@@ Biểu 01, dòng "Điện lực nông thôn": sửa (trước là Biểu 01, dòng "Điện") @@'
edit p26.yaml g4.yaml 'name: Đồng Yên,=>name: Bạch Xa,' || bad="$bad [setup g4]"
heads p26 g4
want g4 term '@@ Biểu 01, dòng "Xã Bạch Xa": sửa (trước là Biểu 01, dòng "Xã Đồng Yên") @@'
if [ -z "$bad" ]; then
    ok "D2g guard: 'Xã Đồng Yen', 'Xã Đồng Yên (cũ)', 'Đường liên xã', 'Điện lực nông thôn', a commune renamed under its id: each one row edited"
else
    not_ok "D2g:$bad"
fi

# ---- I3: init of a province's city from 2026 ----------------------------------------------
bad=
for y in 2026 2027; do
    for n in "Thành phố Hà Giang" "TP. Bắc Giang" "Thành phố Thủ Đức"; do
        rm -f i3.yaml
        "$khgen" init --year $y -o i3.yaml "$n" >i3.out 2>&1
        s=$?
        [ "$s" = 2 ] && [ ! -e i3.yaml ] &&
            grep -qF "khgen: init: '$n' names a city of a province, which had a district's level: the district tier of local government ended on 1 July 2025" i3.out &&
            grep -qF "no People's Committee of it issues a plan for $y; start the plan of the phường or xã that took its area (--level xa) or the province's (--level tinh), or give --year 2025" i3.out ||
            bad="$bad [$n $y: status $s: $(head -c 200 i3.out)]"
    done
done
rm -f i3.yaml
"$khgen" init --year 2026 --level tinh -o i3.yaml "Thành phố Hà Giang" >i3.out 2>&1
s=$?
[ "$s" = 2 ] && [ ! -e i3.yaml ] || bad="$bad [--level tinh: status $s]"
LC_ALL=C.UTF-8 "$khgen" --lang vi init --year 2026 -o i3.yaml "Thành phố Hà Giang" >i3vi.out 2>&1
grep -qF "khgen: init: 'Thành phố Hà Giang' là một thành phố thuộc tỉnh" i3vi.out ||
    bad="$bad [vi: $(head -c 200 i3vi.out)]"
if [ -z "$bad" ]; then
    ok "I3 init of 'Thành phố Hà Giang', 'TP. Bắc Giang', 'Thành phố Thủ Đức' for 2026 and 2027 (and --level tinh): refused, nothing written, with why and what to start; in Vietnamese too"
else
    not_ok "I3:$bad"
fi

# ---- I3g (guard): central cities, and 2025 ----------------------------------------------
bad=
for n in "Thành phố Hà Nội" "Thành phố Huế" "TP. Hồ Chí Minh"; do
    rm -f g.yaml
    "$khgen" init --year 2026 -o g.yaml "$n" >g.out 2>&1 && [ -s g.yaml ] || bad="$bad [$n: $(head -c 160 g.out)]"
done
rm -f g.yaml
"$khgen" init --year 2025 -o hg25.yaml "Thành phố Hà Giang" >g.out 2>&1 && [ -s hg25.yaml ] &&
    grep -qF "is read as a city of a province, which had a district's level up to 2025" g.out ||
    bad="$bad [2025: $(head -c 160 g.out)]"
if [ -z "$bad" ]; then
    ok "I3g guard: Hà Nội, Huế, TP. Hồ Chí Minh for 2026, and thành phố Hà Giang for 2025: written as before"
else
    not_ok "I3g:$bad"
fi

# ---- N3: new from the plan of 2025 of a province's city ------------------------------------
bad=
if [ -s hg25.yaml ]; then
    "$khgen" new --from hg25.yaml --year 2026 -o hg26.yaml >n3.out 2>&1 || bad="$bad [new exit $?]"
    grep -qF "hg26.yaml:9:29: warning[KH181]: the plan for 2026 is issued by 'THÀNH PHỐ HÀ GIANG', a city of a province, which had a district's level: the district tier of local government ended on 1 July 2025 and the city with it" n3.out ||
        bad="$bad [no KH181 at the issuer: $(grep -c KH181 n3.out) KH181]"
    # 7 since s55cycle: the recipient "Thường trực Huyện ủy" (the district's Party committee) too
    grep -qF "left as they were: 7 values naming a district's People's Committee or office" n3.out ||
        bad="$bad [summary: $(grep 'district' n3.out | head -1 | cut -c1-120)]"
    edit hg25.yaml td25.yaml 'THÀNH PHỐ HÀ GIANG=>THÀNH PHỐ THỦ ĐỨC' 'place: Hà Giang=>place: Thủ Đức' || bad="$bad [setup]"
    "$khgen" new --from td25.yaml --year 2027 -o td27.yaml >n3b.out 2>&1
    grep -qF "td27.yaml:9:29: warning[KH181]: the plan for 2027 is issued by 'THÀNH PHỐ THỦ ĐỨC', a city of a province" n3b.out ||
        bad="$bad [Thủ Đức: $(grep -c KH181 n3b.out) KH181]"
    LC_ALL=C.UTF-8 "$khgen" --lang vi check hg26.yaml >n3vi.out 2>&1
    grep -qF "hg26.yaml:9:29: warning[KH181]: kế hoạch năm 2026 do 'THÀNH PHỐ HÀ GIANG' ban hành, một thành phố thuộc tỉnh" n3vi.out ||
        bad="$bad [vi: $(grep KH181 n3vi.out | head -1 | cut -c1-200)]"
else
    bad="$bad [no plan of 2025]"
fi
if [ -z "$bad" ]; then
    ok "N3 new to 2026 (2027) from the plan of thành phố Hà Giang (Thủ Đức) of 2025: KH181 at the issuer, counted in the summary; in Vietnamese too"
else
    not_ok "N3:$bad"
fi

# ---- N3g (guard): a central city's issuer, a plan of 2025 --------------------------------------
bad=
"$khgen" init --year 2026 -o hn26.yaml "Thành phố Hà Nội" >/dev/null 2>&1
"$khgen" check hn26.yaml >n3g.out 2>&1
grep -q "is issued by" n3g.out && bad="$bad [Hà Nội: $(grep 'issued by' n3g.out | head -c 200)]"
"$khgen" check hg25.yaml >n3g2.out 2>&1
grep -q "KH181" n3g2.out && bad="$bad [2025: $(grep KH181 n3g2.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "N3g guard: the issuer THÀNH PHỐ HÀ NỘI of 2026 and thành phố Hà Giang's plan of 2025: no KH181"
else
    not_ok "N3g:$bad"
fi

# ---- N2: a place that ended named in an included registry ------------------------------
bad=
cp -r "$here/r2" r2
"$khgen" new --allow-read r2/chung --from r2/tinh/tq25.yaml --year 2026 -o r2/tinh/tq26.yaml >n2.out 2>&1 ||
    bad="$bad [new exit $?]"
grep -qxF "r2/chung/registry.yaml:5:20: note: the locality Huyện Bắc Quang names 'Huyện Bắc Quang', a district (huyện, quận, thị xã or a province's city), but the district tier ended on 1 July 2025: write the communes (xã, phường) or the province meant, or name the former district as such ('... (cũ)')" n2.out ||
    bad="$bad [no note at the registry: $(grep -c note: n2.out) notes]"
# s54cycle: "Vị Xuyên" of kind huyện, printed "Huyện Vị Xuyên", is noted too (2 texts)
grep -q "^notes for the drafter (4): .*2 texts naming a place that ended on 1 July 2025" n2.out ||
    bad="$bad [heading: $(grep '^notes' n2.out)]"
# guard: "thuộc huyện Vị Xuyên (cũ)" is the former district, the unit is KH181's
grep -e "registry.yaml:9:" -e "registry.yaml:3:.*note" n2.out && bad="$bad [noted again]"
"$khgen" build --allow-read r2/chung -f md -o r2/out r2/tinh/tq26.yaml >/dev/null 2>&1
grep -qF '| Xã Vĩnh Tuy | Huyện Bắc Quang |' r2/out/tq26.md || bad="$bad [the plan does not print it]"
# guard: a plan moved to 2025 notes no place
/usr/bin/python3 - r2/tinh/tq25.yaml r2/tinh/tq24.yaml <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read().replace('date: 2025-01', 'date: 2024-01')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" new --allow-read r2/chung --from r2/tinh/tq24.yaml --year 2025 -o r2/tinh/tq25b.yaml >n2g.out 2>&1
grep -q "names '" n2g.out && bad="$bad [2025: $(grep "names '" n2g.out | head -c 200)]"
if [ -z "$bad" ]; then
    ok "N2 new to 2026 notes 'Huyện Bắc Quang' of the included registry at its line (the plan prints it), counted; (guard) not '... (cũ)', not KH181's unit, not to 2025"
else
    not_ok "N2:$bad"
fi

# ---- M4: a merged commune's cycle: what the plan of 2026 still prints of the old xã ----------
# the plan of 2025 of xã Bình Trung, merged on 1 July 2025 with Hòa Cư and
# Hải Yến into xã Hòa Cư: new to 2026, the drafter writes the new issuer
bad=
cp "$here/m4/bt25.yaml" bt25.yaml
"$khgen" new --from bt25.yaml --year 2026 -o bt26.yaml >m4new.out 2>&1 || bad="$bad [new exit $?]"
edit bt26.yaml hc26.yaml 'XÃ BÌNH TRUNG]=>XÃ HÒA CƯ]' || bad="$bad [setup]"
"$khgen" check hc26.yaml >m4.out 2>&1
for want in \
    "hc26.yaml:4:11: warning[KH185]: the issuer's short name names 'xã Bình Trung', but the plan is issued by 'XÃ HÒA CƯ': a commune's plan names its own commune" \
    "hc26.yaml:8:10: warning[KH185]: the place line 'Bình Trung' is not the name of the commune that issues the plan ('XÃ HÒA CƯ')" \
    "hc26.yaml:10:10: warning[KH185]: the title names 'xã Bình Trung', but the plan is issued by 'XÃ HÒA CƯ'" \
    "hc26.yaml:13:10: warning[KH185]: the opening names 'xã Bình Trung'"; do
    grep -qF -- "$want" m4.out || bad="$bad [no '$(echo "$want" | cut -c1-60)']"
done
grep -q "warning\[KH185\]: the closing names 'xã Bình Trung'" m4.out || bad="$bad [closing]"
[ "$(grep -c 'KH185' m4.out)" = 5 ] || bad="$bad [$(grep -c KH185 m4.out) KH185]"
LC_ALL=C.UTF-8 "$khgen" --lang vi check hc26.yaml >m4vi.out 2>&1
grep -qF "warning[KH185]: trích yếu ghi 'xã Bình Trung', nhưng kế hoạch do 'XÃ HÒA CƯ' ban hành" m4vi.out ||
    bad="$bad [vi: $(grep KH185 m4vi.out | sed -n 3p | cut -c1-160)]"
if [ -z "$bad" ]; then
    ok "M4 the plan of xã Bình Trung of 2025 moved to 2026, its issuer made XÃ HÒA CƯ: KH185 at the short name, the place line, the title, the opening and the closing still naming the old xã; in Vietnamese too"
else
    not_ok "M4:$bad"
fi

# ---- M4g (guard): the plan edited as the merged commune's: clean, builds; the former named as such
bad=
edit hc26.yaml hc26e.yaml 'issuer_short: UBND xã Bình Trung=>issuer_short: UBND xã Hòa Cư' \
    'place: Bình Trung=>place: Hoà Cư' \
    'trên địa bàn xã Bình Trung=>trên địa bàn xã Hòa Cư (gồm xã Bình Trung (cũ), xã Hòa Cư (cũ) và xã Hải Yến (cũ))' \
    'Ban quản lý xây dựng nông thôn mới xã Bình Trung xây dựng=>Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND xã Bình Trung, UBND xã Hòa Cư xây dựng' \
    'của UBND xã Bình Trung.=>của UBND xã Hòa Cư.' \
    'UBND huyện Cao Lộc, =>UBND tỉnh Lạng Sơn, ' || bad="$bad [setup]"
"$khgen" check hc26e.yaml >m4g.out 2>&1 || bad="$bad [check exit $?]"
grep -q "warning" m4g.out && bad="$bad [$(grep warning m4g.out | head -2 | cut -c1-160)]"
"$khgen" build -f md,html,docx,xlsx -o m4out hc26e.yaml >m4b.out 2>&1 || bad="$bad [build: $(head -c 200 m4b.out)]"
grep -qF "Kèm theo Kế hoạch số" m4out/hc26e.md && grep -qF "của UBND xã Hòa Cư" m4out/hc26e.md ||
    bad="$bad [the (Kèm theo) line: $(grep -F 'Kèm theo' m4out/hc26e.md | head -1)]"
"$khgen" init --year 2026 -o tq.yaml "Tỉnh Lạng Sơn" >/dev/null 2>&1
"$khgen" check tq.yaml 2>&1 | grep -q KH185 && bad="$bad [a province's plan]"
if [ -z "$bad" ]; then
    ok "M4g guard: the merged commune's plan edited ('Hoà Cư', 'xã Bình Trung (cũ)', a cited document of the old xã): no KH185, builds md, html, docx, xlsx with 'của UBND xã Hòa Cư'; a province's plan: none"
else
    not_ok "M4g:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
