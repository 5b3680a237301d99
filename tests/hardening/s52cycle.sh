#!/bin/sh
# tests/hardening/s52cycle.sh KHGEN WORKDIR - the leftovers of session 51's
# yearly cycle after the 2025 reorganisation (s51province F3, F4; s51cycle's
# left items), and a merged province's cycle. Each case fails at 3be5a963
# (session 52's start) unless it is named a guard:
#  P1   `khgen new` from the imported plan of Hà Giang of 2025 (merged into
#       Tuyên Quang on 1 July 2025) to 2026 kept its Biểu's group rows
#       "Huyện Bắc Quang" ... "Thành phố Hà Giang", its bullets "Huyện Vị
#       Xuyên: ...", its issuer "TỈNH HÀ GIANG" and title "... tỉnh Hà
#       Giang" with no word (KH181 reads no text); now a note at each text
#       naming a place that ended on 1 July 2025 (the district, the
#       province's city, "các huyện"), counted in the notes' heading; in
#       Vietnamese too.
#  P2   the issuer "TỈNH HÀ GIANG", the title "... tỉnh Hà Giang", a
#       commune's governing body "UBND TỈNH BẮC GIANG" in a plan for 2026
#       built with exit 0 and no word; now KH183 at each, with the province
#       it went into (Nghị quyết 202/2025/QH15), counted in new's summary,
#       in Vietnamese too; (guard) not in a plan of 2025, "tỉnh Hà Giang
#       (cũ)", "phường Bắc Giang", "tỉnh Bắc Ninh", the bases.
#  P3   `khgen init --year 2026 "Tỉnh Bắc Giang"` wrote a skeleton whose
#       every line check warned KH183 (the lead, at landing); now refused,
#       naming the province it went into, as a district's plan is.
#  F4   `{count localities target_year={year}}` gave KH504 and beside it
#       KH212 suggesting '{count ... target_year={year}', still wrong; now
#       KH504 alone; (guard) "{year}}" alone is still KH212.
#  C1   a merged xã's Biểu of the locality-targets preset printed "Xã Song
#       Giáp" in its "Thuộc xã" column where a grouped Biểu titles it "Xã
#       Song Giáp (cũ)"; now "(cũ)" there too, in md, html, docx
#       (python-docx), xlsx (openpyxl); (guard) the plan of 2025 prints the
#       bare name.
#  C2   a flat table of localities listed "Thôn 1" of Bình Trung and
#       "Thôn 1" of Song Giáp in two rows with nothing to tell them apart,
#       exit 0; now KH218 at its rows, naming both ids; (guard) none with a
#       "Thuộc xã" column, grouped by parent, or one "Thôn 1" only.
#  C3   KH322's list of the parts that print otherwise named 'Biểu 01,
#       dòng "Thôn 1"' where two rows are "Thôn 1"; now 'dòng "Thôn 1 #1"'
#       as the second is "#2".
#  P1g  (guard) no such note for a place named as the former one ("(cũ)"),
#       in a cited document, a ward named after an old province ("phường
#       Hà Giang 1"), a city under the central government, the province
#       that kept its name, "cấp huyện", nor in a plan moved to 2025; the
#       recipients and units KH181 warns and the values KH183 warns are
#       not noted again.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
here=$top/tests/hardening/s52cycle
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

# ---- P1: new from the plan of Hà Giang of 2025 to 2026 notes each place ------------
"$khgen" new --from "$here/hg25.yaml" --year 2026 -o hg26.yaml >p1.out 2>p1.err
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [new exit $st]"
grep -qxF "notes for the drafter (23): the old year in the text, targets that passed, 9 texts naming a place that ended on 1 July 2025" p1.out ||
    bad="$bad [heading: $(grep '^notes' p1.out)]"
for want in \
    "hg26.yaml:60:22: note: the text of the body names 'Huyện Vị Xuyên', a district (huyện, quận, thị xã or a province's city), but the district tier ended on 1 July 2025: write the communes (xã, phường) or the province meant, or name the former district as such ('... (cũ)')" \
    "hg26.yaml:91:70: note: the text of the body names 'các huyện', a district" \
    "hg26.yaml:133:20: note: the rows of Biểu 01 name 'Huyện Bắc Quang', a district" \
    "hg26.yaml:146:20: note: the rows of Biểu 01 name 'Thành phố Hà Giang', a district"; do
    grep -qF -- "$want" p1.out || bad="$bad [no '$(echo "$want" | cut -c1-70)']"
done
# the values KH181 warns are not noted again
grep -e "^hg26.yaml:40:" -e "^hg26.yaml:110:" -e "^hg26.yaml:8:" -e "^hg26.yaml:14:" p1.out | grep -q note &&
    bad="$bad [KH181's or KH183's values noted again]"
LC_ALL=C.UTF-8 LANG=vi_VN.UTF-8 "$khgen" --lang vi new --from "$here/hg25.yaml" --year 2026 -o hg26vi.yaml >p1vi.out 2>&1
grep -qF "hg26vi.yaml:133:20: note: các dòng của Biểu 01 ghi 'Huyện Bắc Quang', một huyện" p1vi.out ||
    bad="$bad [vi: $(grep "Bắc Quang" p1vi.out | head -c 300)]"
if [ -z "$bad" ]; then
    ok "P1 new from Hà Giang's plan of 2025 to 2026: a note at each text naming a district ('Huyện Bắc Quang' in Biểu 01, 'Huyện Vị Xuyên' in a bullet, 'Thành phố Hà Giang', 'các huyện'), 9 counted; in Vietnamese too"
else
    not_ok "P1:$bad"
fi

# ---- P1g (guard): the former, the cited, a ward, a central city, 2025 ------------
bad=
edit "$here/hg25.yaml" g25.yaml \
    'TỈNH HÀ GIANG=>TỈNH TUYÊN QUANG' 'UBND tỉnh Hà Giang=>UBND tỉnh Tuyên Quang' \
    'place: Hà Giang=>place: Tuyên Quang' 'địa bàn tỉnh Hà Giang=>địa bàn tỉnh Tuyên Quang' \
    'opening: "UBND tỉnh Hà Giang xây dựng=>opening: "UBND tỉnh Tuyên Quang xây dựng' \
    '"Huyện Bắc Quang: xã=>"Huyện Bắc Quang (cũ): xã' \
    '"Huyện Vị Xuyên: xã {loc viet-lam}, {loc linh-ho} đạt chuẩn nông thôn mới."=>"Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND huyện Vị Xuyên; phường Hà Giang 1, phường Hà Giang 2 học tập Thành phố Hồ Chí Minh, thành phố Huế, TP. Hải Phòng; cấp huyện không còn."' \
    'hướng dẫn các huyện thực hiện=>hướng dẫn các xã thực hiện' \
    'của UBND tỉnh Hà Giang./.=>của UBND tỉnh Tuyên Quang./.' \
    'text: "UBND các huyện, thành phố: xây dựng kế hoạch năm {year} của huyện; chỉ đạo=>text: "Sở Nội vụ: chỉ đạo' \
    '{heading: "Huyện Bắc Quang"}=>{heading: "Huyện Bắc Quang (cũ)"}' \
    '{heading: "Huyện Vị Xuyên"}=>{heading: "Khu vực Vị Xuyên"}' \
    '{heading: "Huyện Quang Bình"}=>{heading: "Khu vực Quang Bình"}' \
    '{heading: "Huyện Hoàng Su Phì"}=>{heading: "Khu vực Hoàng Su Phì"}' \
    '{heading: "Thành phố Hà Giang"}=>{heading: "Thành phố Hà Giang cũ"}' || bad="$bad [setup]"
"$khgen" new --from g25.yaml --year 2026 -o g26.yaml >g1.out 2>g1.err || bad="$bad [new exit $?]"
grep -q "names '" g1.out && bad="$bad [2026: $(grep "names '" g1.out | head -2 | cut -c1-160)]"
grep -q "^notes.*naming a place" g1.out && bad="$bad [counted]"
grep -q "KH181" g1.err || bad="$bad [KH181 at the units/recipients lost]"
edit "$here/hg25.yaml" h24.yaml 'date: 2025-01=>date: 2024-01' 'due: {before: 2025-03-31}=>due: {before: 2024-03-31}' \
    'due: {before: 2025-12-15}=>due: {before: 2024-12-15}' || bad="$bad [setup 2024]"
"$khgen" new --from h24.yaml --year 2025 -o h25.yaml >g2.out 2>&1 || bad="$bad [new 2025 exit $?]"
grep -q "names '" g2.out && bad="$bad [2025: $(grep "names '" g2.out | head -1 | cut -c1-120)]"
if [ -z "$bad" ]; then
    ok "P1g guard: '(cũ)', a cited document, 'phường Hà Giang 1', central cities, tỉnh Tuyên Quang, 'cấp huyện', a plan moved to 2025: no note; KH181 kept"
else
    not_ok "P1g:$bad"
fi

# ---- P2: a province merged away is KH183 -----------------------------------------
bad=
for want in \
    "hg26.yaml:8:7: warning[KH183]: the issuer line 'TỈNH HÀ GIANG' names a province merged into tỉnh Tuyên Quang on 1 July 2025 (Nghị quyết 202/2025/QH15): write tỉnh Tuyên Quang in a plan for 2026, or name the former province as such ('... (cũ)')" \
    "hg26.yaml:14:10: warning[KH183]: the title 'tỉnh Hà Giang' names a province merged into tỉnh Tuyên Quang" \
    "hg26.yaml:12:10: warning[KH183]: the place line 'Hà Giang' names a province merged into tỉnh Tuyên Quang"; do
    grep -qF -- "$want" p1.err || bad="$bad [no '$(echo "$want" | cut -c1-60)']"
done
grep -qxF "  left as they were: 5 values naming a province merged into another on 1 July 2025 (KH183 below): write the province it went into" p1.out ||
    bad="$bad [summary: $(grep 'KH183 below' p1.out)]"
grep -qF "hg26vi.yaml:8:7: warning[KH183]: dòng cơ quan ban hành 'TỈNH HÀ GIANG' ghi tên tỉnh đã hợp nhất vào tỉnh Tuyên Quang từ ngày 01/7/2025" p1vi.out ||
    bad="$bad [vi: $(grep KH183 p1vi.out | head -1 | cut -c1-200)]"
"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o x26.yaml >/dev/null 2>&1 || bad="$bad [init]"
edit x26.yaml p2.yaml 'issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]=>governing_body: UBND TỈNH BẮC GIANG
  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]' 'recipients: [UBND tỉnh,=>recipients: [UBND tỉnh Hà Giang (cũ), UBND phường Bắc Giang, UBND tỉnh Bắc Ninh, UBND tỉnh,' ||
    bad="$bad [setup p2]"
"$khgen" check p2.yaml >p2.out 2>&1
st=$?
[ "$st" -eq 0 ] || bad="$bad [exit $st]"
grep -qF "warning[KH183]: the governing body 'UBND TỈNH BẮC GIANG' names a province merged into tỉnh Bắc Ninh on 1 July 2025" p2.out ||
    bad="$bad [governing body: $(grep KH183 p2.out | head -c 300)]"
[ "$(grep -c 'warning\[KH183\]' p2.out)" -eq 1 ] || bad="$bad [count: $(grep KH183 p2.out | cut -c1-120 | tr '\n' ' ')]"
if [ -z "$bad" ]; then
    ok "P2 'TỈNH HÀ GIANG' as issuer, in the title and place line of a plan for 2026, 'UBND TỈNH BẮC GIANG' as a commune's governing body: KH183 with the province it went into, counted by new, in Vietnamese too"
else
    not_ok "P2:$bad"
fi
bad=
grep -q "KH183" g1.err && bad="$bad [Tuyên Quang's plan: $(grep KH183 g1.err | head -1 | cut -c1-160)]"
edit p2.yaml p2g.yaml 'date: 2026-01=>date: 2025-01' || bad="$bad [setup p2g]"
"$khgen" check p2g.yaml >p2g.out 2>&1
grep -q "KH183" p2g.out && bad="$bad [2025: $(grep KH183 p2g.out | head -1 | cut -c1-160)]"
"$khgen" check "$here/hg25.yaml" >p2h.out 2>&1
grep -q "KH183" p2h.out && bad="$bad [Hà Giang's own plan of 2025]"
if [ -z "$bad" ]; then
    ok "P2g guard: tỉnh Tuyên Quang's plan, 'tỉnh Hà Giang (cũ)', 'phường Bắc Giang', 'tỉnh Bắc Ninh', a plan of 2025: no KH183"
else
    not_ok "P2g:$bad"
fi

# ---- P3: init of a province merged away, for 2026 ----------------------------------
bad=
"$khgen" init --year 2026 "Tỉnh Bắc Giang" -o p3.yaml >p3.out 2>&1
st=$?
[ "$st" -eq 2 ] || bad="$bad [exit $st]"
[ -e p3.yaml ] && bad="$bad [wrote p3.yaml]"
grep -qF "khgen: init: 'Tỉnh Bắc Giang' names a province merged into tỉnh Bắc Ninh on 1 July 2025 (Nghị quyết 202/2025/QH15)" p3.out &&
    grep -qF "start the plan of tỉnh Bắc Ninh, or give --year 2025" p3.out || bad="$bad [said: $(head -c 300 p3.out)]"
"$khgen" init --year 2027 --level tinh "TỈNH HÀ GIANG" -o p3b.yaml >p3b.out 2>&1 && bad="$bad [--level tinh Hà Giang 2027: exit 0]"
grep -qF "merged into tỉnh Tuyên Quang" p3b.out || bad="$bad [Hà Giang: $(head -c 200 p3b.out)]"
LANG=vi_VN.UTF-8 LANGUAGE=vi "$khgen" init --year 2026 "Tỉnh Bắc Giang" -o p3.yaml >p3vi.out 2>&1
grep -qF "đã hợp nhất vào tỉnh Bắc Ninh" p3vi.out || bad="$bad [vi: $(head -c 200 p3vi.out)]"
# guard: the province of 2025, the province it went into, a ward named after it
"$khgen" init --year 2025 "Tỉnh Bắc Giang" -o p3g1.yaml >/dev/null 2>&1 || bad="$bad [2025 refused]"
"$khgen" init --year 2026 "Tỉnh Bắc Ninh" -o p3g2.yaml >/dev/null 2>&1 || bad="$bad [Bắc Ninh refused]"
"$khgen" init --year 2026 "Phường Bắc Giang" -o p3g3.yaml >/dev/null 2>&1 || bad="$bad [phường Bắc Giang refused]"
if [ -z "$bad" ]; then
    ok "P3 init of 'Tỉnh Bắc Giang' for 2026 (every line of its skeleton KH183) is refused, naming tỉnh Bắc Ninh, in Vietnamese too; (guard) 2025, tỉnh Bắc Ninh, phường Bắc Giang start"
else
    not_ok "P3:$bad"
fi

# ---- F4: a figure's '{year}' inside its braces: KH504 alone -----------------------
edit "$here/hg25.yaml" f4.yaml \
    '- clause: Mục tiêu cụ thể
        items:=>- clause: Mục tiêu cụ thể
        items:
          - bullet: "Phấn đấu {count localities target_year={year}} xã đạt chuẩn; {year}} là năm kế hoạch."' ||
    not_ok "setup: f4.yaml"
"$khgen" check f4.yaml >f4.out 2>&1
bad=
grep -qF "error[KH504]: 'target_year' is compared with a number, not '{year'" f4.out || bad="$bad [no KH504]"
grep "KH212" f4.out | grep -q "count localities" && bad="$bad [KH212 beside KH504: $(grep KH212 f4.out | head -1 | cut -c1-200)]"
if [ -z "$bad" ]; then
    ok "F4 '{count localities target_year={year}}': KH504 alone, no KH212 suggesting '{count ... target_year={year}'"
else
    not_ok "F4:$bad"
fi
if grep -qF "warning[KH212]: '{year}}' prints its reference and a '}' after it" f4.out; then
    ok "F4g guard: '{year}}' alone is still KH212"
else
    not_ok "F4g: $(grep KH212 f4.out | head -c 300)"
fi

# ---- C1: the preset's "Thuộc xã" column of a merged xã's plan -----------------------
# cells DIR BASE: the "Thuộc xã" cells of Biểu 01's two "Thôn 1" rows as each back end prints them
cells() {
    /usr/bin/python3 - "$1/$2" <<'PY'
import re, sys, html
base = sys.argv[1]
md = open(base + '.md', encoding='utf-8').read()
print('md:', ' | '.join(m for m in re.findall(r'^\| \d+ \| Thôn 1 \| ([^|]*?) \|', md[md.index('**Biểu 01**'):md.index('**Biểu 02**')], re.M)))
h = open(base + '.html', encoding='utf-8').read()
h = h[h.index('Biểu 01'):h.index('Biểu 02', h.index('Biểu 01') + 10)]
rows = re.findall(r'<tr[^>]*>(.*?)</tr>', h, re.S)
out = []
for r in rows:
    c = [html.unescape(re.sub(r'<[^>]+>', '', x)).strip() for x in re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', r, re.S)]
    if len(c) > 2 and c[1] == 'Thôn 1':
        out.append(c[2])
print('html:', ' | '.join(out))
import docx
d = docx.Document(base + '.docx')
out = []
for t in d.tables:
    for r in t.rows:
        c = [x.text.strip() for x in r.cells]
        if len(c) > 7 and c[1] == 'Thôn 1':
            out.append(c[2])
print('docx:', ' | '.join(out))
import openpyxl
ws = openpyxl.load_workbook(base + '.xlsx').worksheets[0]
print('xlsx:', ' | '.join(str(r[2]) for r in ws.iter_rows(values_only=True) if len(r) > 2 and r[1] == 'Thôn 1'))
PY
}
rm -rf m3
cp -R "$here/m3" m3
bad=
"$khgen" build --allow-read m3/chung -f md,html,docx,xlsx -o c1 m3/xa/xa-binh-trung-2027.yaml >c1.out 2>&1 || bad="$bad [build exit $?]"
cells c1 xa-binh-trung-2027 >c1.cells 2>&1
for be in md html docx xlsx; do
    grep -qxF "$be: Xã Bình Trung (cũ) | Xã Song Giáp (cũ)" c1.cells || bad="$bad [$be]"
done
if [ -z "$bad" ]; then
    ok "C1 a merged xã's locality-targets Biểu: 'Thuộc xã' prints 'Xã Bình Trung (cũ)', 'Xã Song Giáp (cũ)' as the group titles do, in md, html, docx (python-docx), xlsx (openpyxl)"
else
    not_ok "C1:$bad $(tr '\n' ' ' <c1.cells | head -c 400)"
fi
edit m3/xa/xa-binh-trung-2027.yaml m3/xa/c1g.yaml 'date: 2027-01=>date: 2025-01' 'target_year: 2027}}=>target_year: 2025}}' ||
    not_ok "setup: c1g"
sed 's/target_year: 2027/target_year: 2025/' "$here/m3/chung/registry.yaml" >m3/chung/registry.yaml
"$khgen" build --allow-read m3/chung -f md,html,docx,xlsx -o c1g m3/xa/c1g.yaml >c1g.out 2>&1
cells c1g c1g >c1g.cells 2>&1
if grep -qxF "md: Xã Bình Trung | Xã Song Giáp" c1g.cells && grep -qxF "xlsx: Xã Bình Trung | Xã Song Giáp" c1g.cells; then
    ok "C1g guard: the merged xã's plan of 2025 prints the bare 'Xã Song Giáp' in 'Thuộc xã'"
else
    not_ok "C1g: $(tr '\n' ' ' <c1g.cells | head -c 400) $(head -c 300 c1g.out)"
fi
cp "$here/m3/chung/registry.yaml" m3/chung/registry.yaml

# ---- C2: a flat table listing two "Thôn 1" ------------------------------------------
"$khgen" check --allow-read m3/chung m3/xa/xa-binh-trung-2027.yaml >c2.out 2>&1
if grep -qF "xa-binh-trung-2027.yaml:42:11: warning[KH218]: Biểu 02 lists 'Thôn 1' in two rows, for 'bt-thon-1' and 'sg-thon-1': a reader cannot tell them apart; add a column of their commune ({key: parent_full, header: Thuộc xã}) or group the rows by it (group_by: parent), or give each its own name" c2.out &&
    [ "$(grep -c 'KH218' c2.out)" -eq 1 ]; then
    ok "C2 a flat table of a merged xã's villages listing 'Thôn 1' twice: KH218 at its rows, naming both ids (none at the preset's Biểu with its 'Thuộc xã')"
else
    not_ok "C2: $(grep -v '^ ' c2.out | head -c 500)"
fi
bad=
for e in 'target_year: 2027}}=>target_year: 2027}, group_by: parent}' \
    '{key: name, header: Tên thôn}=>{key: name, header: Tên thôn}
      - {key: parent_full, header: Thuộc xã}' \
    'target_year: 2027}}=>target_year: 2027, parent: bt}}'; do
    edit m3/xa/xa-binh-trung-2027.yaml m3/xa/c2g.yaml "$e" || bad="$bad [setup]"
    "$khgen" check --allow-read m3/chung m3/xa/c2g.yaml >c2g.out 2>&1
    grep -q KH218 c2g.out && bad="$bad [$(echo "$e" | cut -d'>' -f2 | head -c 60): $(grep KH218 c2g.out | head -c 120)]"
done
if [ -z "$bad" ]; then
    ok "C2g guard: grouped by parent, a 'Thuộc xã' column, one old xã's villages only: no KH218"
else
    not_ok "C2g:$bad"
fi

# ---- C3: KH322 names the first of two "Thôn 1" rows apart -----------------------------
"$khgen" new --allow-read m3/chung --from m3/xa/xa-binh-trung-2027.yaml --year 2028 -o m3/xa/c3.yaml >c3.out 2>&1
if grep -qF 'Biểu 01, dòng "Thôn 1 #1"' c3.out && ! grep -qF 'Biểu 01, dòng "Thôn 1";' c3.out; then
    ok "C3 KH322's note names the first of two 'Thôn 1' rows 'dòng \"Thôn 1 #1\"', not 'dòng \"Thôn 1\"' of both"
else
    not_ok "C3: $(grep KH322 c3.out | head -c 500)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
