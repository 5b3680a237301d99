#!/bin/sh
# tests/hardening/user29.sh KHGEN WORKDIR - what session 29's user found
# (issue 8: the IT officer of a district office setting khgen up in a
# first afternoon from the README, --help, the man pages and `khgen
# explain` only - make install and uninstall, a real plan of UBND xã Tân
# Phú, huyện Đồng Phú, tỉnh Bình Phước in the README's repository layout (its
# 2026 plan names tỉnh Đồng Nai, which Bình Phước went into on 1 July 2025:
# KH183 warns at the former province in a plan for 2026),
# every format, next year's plan, a diff, the .docx imported back):
#
#  F1 `khgen init --include chung/registry.yaml ... -o xa/tan-phu/...`
#     ended "fill in each TODO, then 'khgen check xa/tan-phu/...'", a
#     command that is KH030 for a registry outside the plan's directory;
#     it now gives 'khgen check --allow-read chung xa/tan-phu/...';
#  F2 KH030 told to "run with --allow-read DIR" without saying which: it
#     names the directory (from the working directory: `--allow-read
#     chung` at the top of the repository);
#  F3 the README's own command for a new commune, `khgen init ... -o
#     xa/dong-huu/xa-dong-huu-2026.yaml`, with xa/dong-huu/ not made yet,
#     said "cannot find the directory of '...': Invalid argument" (a
#     second realpath overwrote the errno); `import -o`, `new -o` and
#     `diff -o` into a missing directory said "No such file or
#     directory" (import: "check the output directory (-o) and its free
#     space"); each now names the directory and the `mkdir -p` to run,
#     and the README makes the directory first;
#  F4 `khgen diff --no-color --color=always` printed no colour: diff's
#     parser set it off for a --no-color anywhere, where the README says
#     the last written wins (an alias's --no-color, then the user's
#     --color=always);
#  F5 the locality-targets preset grouped a Southern commune's villages
#     (kind ấp) under a group row "II. ấp" in small letters as written, a
#     line no official writes (and phường, xóm, làng, khu phố, khóm);
#     now "Cấp ấp, khóm" (phường under "Cấp xã", the others "Cấp thôn,
#     bản");
#  F6 `khgen new --from xa/tan-phu/p-2026.yaml -o xa/p-2027.yaml` of a
#     plan including ../../chung/registry.yaml wrote a plan whose include
#     named no file (KH001, exit 1); the path is now rewritten to name the
#     registry the old plan read, with a note.
#  F7 the plan's own .docx imported back was not the same document:
#     `khgen diff` said "Biểu 02: căn lề ... [-trái-]{+giữa+}" (exit 1),
#     a column of the locality-targets preset with no value in any row
#     ("Mức đã đạt chuẩn", no locality has reached a level yet) imported
#     `align: center` from its centred heading in the second header row,
#     read as the column's text;
#  L1 init's skeleton of a commune named its unit "Công chức Văn hoá - Xã
#     hội", the old placement of the tone mark, in a document whose
#     criteria print "Văn hóa" (Nghị định 30's own spelling, the catalog's):
#     one word two ways in one plan; now "Văn hóa";
#  R1 the README had no first steps: an IT officer met 500 lines of the
#     test suites' history before the command line; its "First steps"
#     now give the afternoon's commands, and this suite runs them as
#     written (each exit status as the README implies: diff 1, the plans
#     differing, the rest 0);
#  G  the afternoon's plan itself, as a guard: it checks, builds every
#     default format, and its own .docx imports back to the same document
#     (`khgen diff` exit 0).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C

repo=$work/repo
mkdir -p "$repo/chung"
cat >"$repo/chung/registry.yaml" <<'EOF'
import: [qd318-xa-ntm]
levels:
  - {id: ntm, name: nông thôn mới}
  - {id: ntm-nc, name: nông thôn mới nâng cao}
units:
  - {id: vpdp-tinh, name: Văn phòng Điều phối nông thôn mới tỉnh Đồng Nai}
  - {id: pnn, name: Sở Nông nghiệp và Môi trường}
EOF

# ---- F3 + F1: the README's commands for a new commune ------------------------------------------
cd "$repo" || exit 2
"$khgen" init --level xa --year 2026 --include chung/registry.yaml "Xã Tân Phú" \
    -o xa/tan-phu/xa-tan-phu-2026.yaml >"$work/out" 2>"$work/err"
s=$?
if [ $s -eq 3 ] && grep -qF "cannot write 'xa/tan-phu/xa-tan-phu-2026.yaml': the directory 'xa/tan-phu' does not exist; make it first (mkdir -p 'xa/tan-phu')" "$work/err" &&
    ! grep -q 'Invalid argument' "$work/err" && [ ! -e xa ]; then
    ok "F3 init -o into a commune's directory not made yet: the directory and its mkdir -p named, nothing written"
else
    not_ok "F3 init -o xa/tan-phu/...: status $s, $(head -c 400 "$work/err")"
fi
"$khgen" init --level xa --year 2026 "Xã Tân Phú" -o nodir/a.yaml >/dev/null 2>"$work/err"
s=$?
if [ $s -eq 3 ] && grep -qF "the directory 'nodir' does not exist; make it first (mkdir -p 'nodir')" "$work/err"; then
    ok "F3 init -o into a missing directory (no --include): the directory named"
else
    not_ok "F3 init -o nodir/a.yaml: status $s, $(head -c 400 "$work/err")"
fi

mkdir -p xa/tan-phu
"$khgen" init --level xa --year 2026 --include chung/registry.yaml "Xã Tân Phú" \
    -o xa/tan-phu/xa-tan-phu-2026.yaml >"$work/out" 2>"$work/err"
s=$?
said=$(sed -n "s/.*then check it with: \(khgen check .*\)$/\1/p" "$work/out")
if [ $s -eq 0 ] && [ "$said" = "khgen check --allow-read chung xa/tan-phu/xa-tan-phu-2026.yaml" ]; then
    ok "F1 init --include of a registry outside the plan's tree: the check it names has --allow-read chung"
else
    not_ok "F1 init said [$said], status $s, $(head -c 400 "$work/out")"
fi
# the command as printed checks clean (khgen by its path: the word after it)
# shellcheck disable=SC2086
"$khgen" ${said#khgen } >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && [ ! -s "$work/err" ] && ok "F1 the command init printed checks the skeleton clean" ||
    not_ok "F1 '$said': status $s, $(head -c 400 "$work/err")"
LANG=vi_VN.UTF-8 "$khgen" init --level xa --year 2026 --include chung/registry.yaml "Xã Tân Lợi" \
    -o xa/tan-phu/tan-loi.yaml >"$work/out" 2>&1
grep -qF "rồi kiểm tra bằng lệnh: khgen check --allow-read chung xa/tan-phu/tan-loi.yaml" "$work/out" &&
    ok "F1 in Vietnamese too" || not_ok "F1 vi: $(head -c 300 "$work/out")"
rm -f xa/tan-phu/tan-loi.yaml
"$khgen" init --level xa --year 2026 "Xã Tân Lợi" -o xa/tan-phu/tan-loi.yaml >"$work/out" 2>&1
grep -qF "then check it with: khgen check xa/tan-phu/tan-loi.yaml" "$work/out" &&
    ok "F1 guard: init without --include names plain 'khgen check PLAN'" ||
    not_ok "F1 guard: $(head -c 300 "$work/out")"
rm -f xa/tan-phu/tan-loi.yaml
grep -qF '{id: vhxh, name: Phòng Văn hóa - Xã hội}' xa/tan-phu/xa-tan-phu-2026.yaml &&
    ! grep -qF 'Văn hoá' xa/tan-phu/xa-tan-phu-2026.yaml &&
    ok "L1 init's commune skeleton writes 'Văn hóa', as the catalog's criteria print it" ||
    not_ok "L1 $(grep -n 'hoá\|hóa' xa/tan-phu/xa-tan-phu-2026.yaml | head -3)"

# ---- F2: KH030 names the directory to allow -----------------------------------------------------
"$khgen" check xa/tan-phu/xa-tan-phu-2026.yaml >/dev/null 2>"$work/err"
s=$?
if [ $s -eq 1 ] && grep -qF "error[KH030]" "$work/err" &&
    grep -qF "or run with --allow-read chung)" "$work/err"; then
    ok "F2 KH030 from the top of the repository: --allow-read chung"
else
    not_ok "F2 status $s, $(head -c 500 "$work/err")"
fi
(cd xa && "$khgen" check tan-phu/xa-tan-phu-2026.yaml >/dev/null 2>"$work/err")
if grep -qF "or run with --allow-read $(cd "$repo/chung" && pwd -P))" "$work/err"; then
    ok "F2 KH030 from below: the registry's directory, whole"
else
    not_ok "F2 from xa/: $(head -c 500 "$work/err")"
fi
LANG=vi_VN.UTF-8 "$khgen" check xa/tan-phu/xa-tan-phu-2026.yaml >/dev/null 2>"$work/err"
grep -qF "hoặc chạy với --allow-read chung)" "$work/err" &&
    ok "F2 KH030 in Vietnamese names it too" || not_ok "F2 vi: $(head -c 500 "$work/err")"
mkdir -p "$work/sp ace"
printf 'units:\n  - {id: u, name: Đơn vị U}\n' >"$work/sp ace/r.yaml"
mkdir -p sub
printf 'khgen: 1\ninclude: ["../../sp ace/r.yaml"]\n' >sub/q.yaml
"$khgen" check sub/q.yaml >/dev/null 2>"$work/err"
grep -qF "or run with --allow-read '$(cd "$work/sp ace" && pwd -P)')" "$work/err" &&
    ok "F2 a directory with a space is named in quotes, as a shell takes it" ||
    not_ok "F2 space: $(head -c 500 "$work/err")"
rm -rf sub

# ---- the afternoon's plan (G), written from the README's plan language ---------------------------
cat >xa/tan-phu/xa-tan-phu-2026.yaml <<'EOF'
khgen: 1
include: [../../chung/registry.yaml]
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN PHÚ]
  issuer_short: UBND xã Tân Phú
  number: ""
  place: Tân Phú
  date: 2026-01
  title: Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã năm {year}
bases:
  - {kind: Quyết định, number: 318/QĐ-TTg, date: 2022-03-08, by: Thủ tướng Chính phủ, about: ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025}
  - text: Căn cứ tình hình thực tế của địa phương
opening: "Ủy ban nhân dân xã Tân Phú xây dựng Kế hoạch năm {year} như sau:"
units:
  - {id: vp, name: Văn phòng - Thống kê xã, short: VP-TK}
  - {id: dc, name: Công chức Địa chính - Xây dựng xã}
  - {id: vh, name: Công chức Văn hóa - Xã hội xã}
  - {id: ca, name: Công an xã}
localities:
  - {id: tan-phu, name: Tân Phú, kind: xã, criteria_met: 17, target: ntm-nc, target_year: 2026}
  - {id: ap-1, name: Ấp 1, kind: ấp, parent: tan-phu, target: ntm, target_year: 2026}
  - {id: ap-2, name: Ấp 2, kind: ấp, parent: tan-phu, target: ntm, target_year: 2026}
body:
  - section: MỤC TIÊU
    items:
      - bullet: Xã {loc tan-phu} đạt chuẩn nông thôn mới nâng cao; {loc ap-1 ap-2} đạt chuẩn nông thôn mới (chi tiết tại {att bieu01} và {att bieu02}).
  - section: NHIỆM VỤ
    items:
      - task: ""
        text: Rà soát quy hoạch, hạ tầng giao thông, thủy lợi, điện, trường học, cơ sở vật chất văn hóa, thương mại, thông tin, nhà ở.
        lead: dc
        support: [pnn]
        due: 2026-Q3
        criteria: [1, 2, 3, 4, 5, 6, 7, 8, 9]
      - task: ""
        text: Nâng cao thu nhập, giảm nghèo, lao động, tổ chức sản xuất, giáo dục, y tế, văn hóa, môi trường.
        lead: vh
        support: [vp]
        due: ongoing
        criteria: [10, 11, 12, 13, 14, 15, 16, 17]
      - task: ""
        text: Hệ thống chính trị, tiếp cận pháp luật, quốc phòng và an ninh.
        lead: ca
        due: 2026-11-30
        criteria: [18, 19]
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - para: "{unit vp} tổng hợp, báo cáo {unit vpdp-tinh} trước ngày 15/12/{year}."
closing: Trên đây là Kế hoạch năm {year} của Ủy ban nhân dân xã Tân Phú.
recipients: [UBND tỉnh Đồng Nai, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Trần Văn Bình
attachments:
  - id: bieu01
    label: Biểu 01
    title: Phân công phụ trách các tiêu chí năm {year}
    preset: criteria-assignments
  - id: bieu02
    label: Biểu 02
    title: Danh sách xã, ấp phấn đấu đạt chuẩn năm {year}
    preset: locality-targets
EOF
"$khgen" build --allow-read chung -o out xa/tan-phu/xa-tan-phu-2026.yaml >/dev/null 2>"$work/err"
s=$?
if [ $s -eq 0 ] && [ ! -s "$work/err" ] && [ -s out/xa-tan-phu-2026.md ] && [ -s out/xa-tan-phu-2026.html ] &&
    [ -s out/xa-tan-phu-2026.docx ] && [ -s out/xa-tan-phu-2026.xlsx ]; then
    ok "G the Tân Phú plan checks clean and builds md, html, docx and xlsx"
else
    not_ok "G build: status $s, $(head -c 500 "$work/err")"
fi

# ---- F5: the South's ấp under a group title -----------------------------------------------------
md=out/xa-tan-phu-2026.md
# since s43fix the village level is titled with its own rows' kinds, "Cấp
# {kinds}" (s43user F4): ấp alone, "Cấp ấp"
if grep -qF '| **II** | **Cấp ấp** |' "$md" && ! grep -qF '| **ấp** |' "$md" &&
    grep -qF '| **I** | **Cấp xã** |' "$md"; then
    ok "F5 locality-targets: villages of kind ấp under 'Cấp ấp', not 'ấp' as written"
else
    not_ok "F5 $(grep -F '| **' "$md" | tr '\n' ' ' | head -c 400)"
fi
sed -e 's/kind: xã, criteria_met/kind: phường, criteria_met/' -e 's/kind: ấp, parent/kind: khu phố, parent/g' \
    xa/tan-phu/xa-tan-phu-2026.yaml >xa/tan-phu/f5.yaml
"$khgen" build --allow-read chung -f md -o out xa/tan-phu/f5.yaml >/dev/null 2>&1
if grep -qF '| **I** | **Cấp xã** |' out/f5.md && grep -qF '| **II** | **Cấp khu phố** |' out/f5.md; then
    ok "F5 phường under 'Cấp xã', khu phố under 'Cấp khu phố' (a ward has no thôn, bản: s43user F4)"
else
    not_ok "F5 phường: $(grep -F '| **' out/f5.md 2>/dev/null | tr '\n' ' ' | head -c 400)"
fi
rm -f xa/tan-phu/f5.yaml out/f5.md

# ---- G: the .docx imported back is the same document --------------------------------------------
"$khgen" import out/xa-tan-phu-2026.docx -o xa/tan-phu/imported.yaml >/dev/null 2>"$work/err"
s1=$?
"$khgen" diff --allow-read chung xa/tan-phu/xa-tan-phu-2026.yaml xa/tan-phu/imported.yaml >"$work/diff" 2>&1
s2=$?
[ $s1 -eq 0 ] && [ $s2 -eq 0 ] && ok "G the plan's own .docx imported back: khgen diff finds no change" ||
    not_ok "G import $s1, diff $s2: $(head -c 500 "$work/diff")"
rm -f xa/tan-phu/imported.yaml

# ---- F3: the one-file writers' -o into a missing directory --------------------------------------
"$khgen" import out/xa-tan-phu-2026.docx -o nodir/b.yaml >/dev/null 2>"$work/err"
s=$?
if [ $s -eq 3 ] && grep -qF "error[KH901]: cannot write 'nodir/b.yaml': the directory 'nodir' does not exist; make it first (mkdir -p 'nodir')" "$work/err" &&
    ! grep -q 'free space' "$work/err"; then
    ok "F3 import -o into a missing directory: KH901 names it, not 'its free space'"
else
    not_ok "F3 import: status $s, $(head -c 400 "$work/err")"
fi
ln -s nowhere dangling
"$khgen" import out/xa-tan-phu-2026.docx -o dangling/b.yaml >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && ! grep -q 'mkdir -p' "$work/err" &&
    ok "F3 guard: a directory that is a link to nothing is not told to be made" ||
    not_ok "F3 dangling: status $s, $(head -c 400 "$work/err")"
rm -f dangling
"$khgen" new --allow-read chung --from xa/tan-phu/xa-tan-phu-2026.yaml --year 2027 -o nodir/c.yaml >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && grep -qF "error[KH901]: cannot write 'nodir/c.yaml': the directory 'nodir' does not exist; make it first (mkdir -p 'nodir')" "$work/err" &&
    ok "F3 new -o into a missing directory: named" || not_ok "F3 new: status $s, $(head -c 400 "$work/err")"
"$khgen" new --allow-read chung --from xa/tan-phu/xa-tan-phu-2026.yaml --year 2027 >/dev/null 2>"$work/err"
s=$?
[ $s -eq 0 ] && [ -s xa/tan-phu/xa-tan-phu-2027.yaml ] && ok "G next year's plan with new, beside this year's" ||
    not_ok "G new: status $s, $(head -c 400 "$work/err")"
"$khgen" diff --allow-read chung -f html -o nodir/d.html xa/tan-phu/xa-tan-phu-2026.yaml xa/tan-phu/xa-tan-phu-2027.yaml >/dev/null 2>"$work/err"
s=$?
[ $s -eq 3 ] && grep -qF "error[KH901]: cannot write 'nodir/d.html': the directory 'nodir' does not exist; make it first (mkdir -p 'nodir')" "$work/err" &&
    ok "F3 diff -o into a missing directory: named" || not_ok "F3 diff: status $s, $(head -c 400 "$work/err")"
[ ! -e nodir ] && ok "F3 nothing made for any of them" || not_ok "F3 nodir was made"
LANG=vi_VN.UTF-8 "$khgen" init --level xa "Xã A" -o nodir/a.yaml >/dev/null 2>"$work/err"
grep -qF "thư mục 'nodir' không tồn tại; hãy tạo thư mục trước (mkdir -p 'nodir')" "$work/err" &&
    ok "F3 in Vietnamese too" || not_ok "F3 vi: $(head -c 400 "$work/err")"

# ---- F4: diff's colour, the last written wins ---------------------------------------------------
A=xa/tan-phu/xa-tan-phu-2026.yaml B=xa/tan-phu/xa-tan-phu-2027.yaml
esc=$(printf '\033')
colour() { "$khgen" diff --allow-read chung "$@" "$A" "$B" 2>/dev/null | grep -c "$esc"; }
if [ "$(colour --no-color --color=always)" -gt 0 ] && [ "$(colour --no-color --color)" -gt 0 ] &&
    [ "$(colour --color=always --no-color)" -eq 0 ] && [ "$(colour --color --no-color)" -eq 0 ] &&
    [ "$(colour --no-color)" -eq 0 ]; then
    ok "F4 diff --no-color / --color[=WHEN]: the last written wins"
else
    not_ok "F4 $(colour --no-color --color=always) $(colour --no-color --color) $(colour --color=always --no-color)"
fi

# ---- F6: new -o into another directory ----------------------------------------------------------
"$khgen" new --allow-read chung --from "$A" --year 2028 -o xa/xa-tan-phu-2028.yaml >"$work/out" 2>"$work/err"
s=$?
if [ $s -eq 0 ] && grep -qF 'include: [../chung/registry.yaml]' xa/xa-tan-phu-2028.yaml &&
    grep -qF "include: '../../chung/registry.yaml' is written '../chung/registry.yaml' in 'xa/xa-tan-phu-2028.yaml'" "$work/err" &&
    "$khgen" check --allow-read chung xa/xa-tan-phu-2028.yaml >/dev/null 2>&1; then
    ok "F6 new -o into another directory: the include names the same registry from there, the plan checks"
else
    not_ok "F6 status $s, $(head -c 600 "$work/err")"
fi
mkdir -p "$work/q/a b" "$work/q/c"
printf 'units:\n  - {id: vp, name: Văn phòng xã}\n' >"$work/q/a b/r.yaml"
sed -e 's|include: \[../../chung/registry.yaml\]|include: ["../a b/r.yaml"]\nimport: [qd318-xa-ntm]\nlevels: [{id: ntm, name: nông thôn mới}, {id: ntm-nc, name: nông thôn mới nâng cao}]|' \
    -e 's/  - {id: vp, name: Văn phòng - Thống kê xã, short: VP-TK}/  - {id: pnn, name: Phòng Nông nghiệp}\n  - {id: vpdp-tinh, name: VPĐP tỉnh}/' \
    "$A" >"$work/q/c/p-2026.yaml"
"$khgen" new --allow-read "$work/q/a b" --from "$work/q/c/p-2026.yaml" --year 2027 -o "$work/q/p-2027.yaml" >/dev/null 2>"$work/err"
s=$?
if [ $s -eq 0 ] && grep -qF 'include: ["a b/r.yaml"]' "$work/q/p-2027.yaml"; then
    ok "F6 a rewritten path with a space is quoted, as YAML reads it back"
else
    not_ok "F6 quoted: status $s, $(grep -n include "$work/q/p-2027.yaml" | head -2) $(head -c 400 "$work/err")"
fi

# ---- R1: the README's "First steps", run as written ---------------------------------------------
mkdir -p "$work/first" "$work/bin"
ln -sf "$khgen" "$work/bin/khgen"
awk '/^## First steps/ { f = 1; next } f && /^## / { exit } f && /^    / { print substr($0, 5) }' \
    "$top/README.md" | grep -v '^make ' >"$work/first.sh"
if [ "$(grep -c '^khgen ' "$work/first.sh")" -lt 7 ]; then
    not_ok "R1 the README's First steps were not found ($(wc -l <"$work/first.sh") lines)"
else
    bad=
    while IFS= read -r line; do
        (cd "$work/first" && PATH="$work/bin:$PATH" sh -c "$line") >"$work/r1.out" 2>&1
        s=$?
        want=0
        case $line in "khgen diff "*) want=1 ;; esac
        [ $s -eq $want ] || bad="$bad [$line: status $s: $(head -c 200 "$work/r1.out")]"
    done <"$work/first.sh"
    if [ -z "$bad" ] && [ -s "$work/first/out/xa-tan-phu-2026.docx" ] &&
        [ -s "$work/first/xa/tan-phu/xa-tan-phu-2027.yaml" ] && [ -s "$work/first/xa/tan-phu/xa-tan-phu-2026-gop-y.yaml" ]; then
        ok "R1 the README's First steps run as written: init, check, build, new, diff, import, explain"
    else
        not_ok "R1$bad"
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
