#!/bin/sh
# tests/hardening/attack34.sh KHGEN WORKDIR - what session 34's black-box
# attack on the yearly cycle (new, diff, init, shared registries) found
# (issue 8), as an adversary and as an office:
#  R1  `khgen init --include REG -o REG --force` wrote the skeleton over the
#      shared registry it was told to include (and the skeleton included
#      itself): every plan of the district lost its units, exit 0. `new`
#      and `diff -o` refuse a file the plan reads; init now does too: the
#      registry, a link to it, and each file the registry reads (a
#      registry it includes), exit 2, nothing written.
#  R2  a registry (or a catalog) saved as UTF-16 or UTF-32 was "not an
#      included file (a YAML mapping with 'include:', ...): check the
#      path" (KH033), the loader's KH003 ("the file is UTF-16, not UTF-8;
#      convert it with: khgen convert ...") withdrawn: the names of its
#      keys were looked for in its bytes as UTF-8. Now KH003 (en, vi, JSON).
#  R3  `init --include` of a FIFO said "the plan 'r.fifo' is not a regular
#      file", of a directory "cannot read 'reg': Is a directory" (KH001),
#      and of a file that is no registry "is not a shared registry (''):
#      ..." with no code (JSON: "code": ""). Now the include's own words
#      and codes, as a plan's include: says them: KH031 "included file ...
#      not a regular file", KH033 "not an included file".
# Guards (passed before, tried as an office and an adversary): NFC against
# NFD plans are the same document in every format; each hand edit of a new
# plan (tasks reordered, a deadline moved, a Biểu row deleted, a figure
# changed, a date in a cell) is one change at its place; a diff's html and
# md hold no markup the plans wrote (<script>, onerror); diff of n and 4n
# reordered rows and bullets is linear (scaling_case).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
py=/usr/bin/python3
d=$work/r
mkdir -p "$d/reg/sub"
cat >"$d/reg/r.yaml" <<'EOF'
# the district's registry
include: [sub/inner.yaml]
units:
  - {id: xx1, name: Phòng Văn hóa và Thông tin}
EOF
cat >"$d/reg/sub/inner.yaml" <<'EOF'
levels:
  - {id: lv1, name: đạt chuẩn}
EOF
cp "$d/reg/r.yaml" "$d/r.keep"
cp "$d/reg/sub/inner.yaml" "$d/inner.keep"
ln -s reg/r.yaml "$d/link.yaml"

# R1 init_over NAME OUT: init --include reg/r.yaml -o OUT --force refuses
# (exit 2, the message naming OUT), the registry files untouched
init_over() {
    (cd "$d" && "$khgen" init --level xa --year 2025 --include reg/r.yaml -o "$2" --force \
        "Đồng Hưu" >"$work/out" 2>"$work/err")
    status=$?
    if [ $status -eq 2 ] && grep -qF "'$2'" "$work/err" && grep -q 'registry' "$work/err" &&
        cmp -s "$d/r.keep" "$d/reg/r.yaml" && cmp -s "$d/inner.keep" "$d/reg/sub/inner.yaml"; then
        ok "R1 $1"
    else
        not_ok "R1 $1: status $status, $(head -c 300 "$work/err"); registry: $(head -c 120 "$d/reg/r.yaml")"
        cp "$d/r.keep" "$d/reg/r.yaml"
        cp "$d/inner.keep" "$d/reg/sub/inner.yaml"
    fi
}
init_over "init -o the registry it includes, with --force: refused, the registry kept" reg/r.yaml
init_over "init -o a link to the registry: refused" link.yaml
init_over "init -o the registry the registry includes: refused" reg/sub/inner.yaml
# in Vietnamese too, and still written where -o names another file
(cd "$d" && "$khgen" --lang vi init --level xa --year 2025 --include reg/r.yaml -o reg/r.yaml \
    --force "Đồng Hưu" >"$work/out" 2>"$work/err")
status=$?
(cd "$d" && "$khgen" init --level xa --year 2025 --include reg/r.yaml -o p.yaml "Đồng Hưu" \
    >/dev/null 2>"$work/err2")
st2=$?
if [ $status -eq 2 ] && grep -qF 'tệp danh mục' "$work/err" && [ $st2 -eq 0 ] &&
    "$khgen" check "$d/p.yaml" >/dev/null 2>&1; then
    ok "R1 init -o the registry: the message in Vietnamese; another -o still written and checks"
else
    not_ok "R1 vi: status $status, $(head -c 300 "$work/err"); other -o: $st2 $(head -c 300 "$work/err2")"
fi

# R2 a plan whose registry (or catalog) is UTF-16 or UTF-32: KH003 naming
# the encoding and `khgen convert`, not KH033's "check the path"
enc() { # SRC DST CODEC: SRC re-encoded, with the codec's BOM
    $py - "$1" "$2" "$3" <<'PY'
import sys
src, dst, codec = sys.argv[1:4]
open(dst, 'wb').write(open(src, encoding='utf-8').read().encode(codec))
PY
}
mkdir -p "$d/e"
enc "$d/reg/sub/inner.yaml" "$d/e/r16.yaml" utf-16
enc "$d/reg/sub/inner.yaml" "$d/e/r16be.yaml" utf-16-be
enc "$d/reg/sub/inner.yaml" "$d/e/r32.yaml" utf-32
readme_example "$d/e/ex.yaml"
enc_case() { # NAME REGISTRY WANT
    $py - "$d/e/ex.yaml" "$d/e/p-$2" "$2" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
first, rest = s.split('\n', 1)
open(sys.argv[2], 'w', encoding='utf-8').write('%s\ninclude: [%s]\n%s' % (first, sys.argv[3], rest))
PY
    "$khgen" check "$d/e/p-$2" >/dev/null 2>"$work/err"
    status=$?
    "$khgen" --lang vi check "$d/e/p-$2" >/dev/null 2>"$work/err.vi"
    "$khgen" --diagnostics-format=json check "$d/e/p-$2" >/dev/null 2>"$work/err.json"
    if [ $status -eq 1 ] && grep -qF "error[KH003]: the file is $3, not UTF-8" "$work/err" &&
        grep -qF "khgen convert --force" "$work/err" && ! grep -q KH033 "$work/err" &&
        grep -qF "$3" "$work/err.vi" && grep -q 'KH003' "$work/err.vi" &&
        grep -qF '"code": "KH003"' "$work/err.json"; then
        ok "R2 $1"
    else
        not_ok "R2 $1: status $status, $(head -c 400 "$work/err") | vi: $(head -c 200 "$work/err.vi")"
    fi
}
enc_case "a registry saved as UTF-16 (BOM): KH003 says UTF-16 and convert, not KH033" r16.yaml UTF-16
enc_case "a registry saved as UTF-16BE without a BOM: KH003" r16be.yaml UTF-16
enc_case "a registry saved as UTF-32: KH003 says UTF-32" r32.yaml UTF-32
# a catalog of the plan's own (import:) saved as UTF-16: the same
cat >"$d/e/cat.yaml" <<'EOF'
id: bo-tieu-chi
name: Bộ tiêu chí thử
criteria:
  - {code: "1", name: Quy hoạch}
EOF
enc "$d/e/cat.yaml" "$d/e/cat16.yaml" utf-16
$py - "$d/e/ex.yaml" "$d/e/pc.yaml" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'^import: \[', 'import: [cat16.yaml, ', s, count=1, flags=re.M)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" check "$d/e/pc.yaml" >/dev/null 2>"$work/err"
if grep -qF "error[KH003]: the file is UTF-16, not UTF-8" "$work/err" && ! grep -q KH033 "$work/err"; then
    ok "R2 a catalog (import:) saved as UTF-16: KH003, not KH033"
else
    not_ok "R2 catalog: $(head -c 400 "$work/err")"
fi
# guard: a file that is truly no registry is still KH033, its words unshown
printf 'ten: Bí mật\nmat_khau: hunter2\n' >"$d/e/notreg.yaml"
enc "$d/e/notreg.yaml" "$d/e/notreg16.yaml" utf-16
for f in notreg.yaml notreg16.yaml; do
    $py - "$d/e/ex.yaml" "$d/e/pn.yaml" "$f" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
first, rest = s.split('\n', 1)
open(sys.argv[2], 'w', encoding='utf-8').write('%s\ninclude: [%s]\n%s' % (first, sys.argv[3], rest))
PY
    "$khgen" check "$d/e/pn.yaml" >/dev/null 2>"$work/err"
    if grep -q 'KH033' "$work/err" && ! grep -q 'hunter2\|mat_khau' "$work/err"; then
        ok "R2 guard: $f, no registry, is KH033 and none of its words shown"
    else
        not_ok "R2 guard $f: $(head -c 400 "$work/err")"
    fi
done

# R3 init --include of what is no registry file: the include's codes and words
mkfifo "$d/r.fifo" 2>/dev/null
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$d/passwd.yaml"
init_bad() { # NAME ARG CODE TEXT
    (cd "$d" && "$guard" 10 "$khgen" init --level xa --year 2025 --include "$2" -o bad.yaml --force \
        "Đồng Hưu" >"$work/out" 2>"$work/err")
    status=$?
    (cd "$d" && "$guard" 10 "$khgen" --lang vi init --level xa --year 2025 --include "$2" \
        -o bad.yaml --force "Đồng Hưu" >/dev/null 2>"$work/err.vi")
    (cd "$d" && "$guard" 10 "$khgen" --diagnostics-format=json init --level xa --year 2025 \
        --include "$2" -o bad.yaml --force "Đồng Hưu" >/dev/null 2>"$work/err.json")
    if [ $status -ne 0 ] && [ $status -ne 124 ] && [ ! -e "$d/bad.yaml" ] &&
        grep -qF "[$3]" "$work/err" && grep -qF -- "$4" "$work/err" &&
        ! grep -q "the plan '" "$work/err" && grep -qF "[$3]" "$work/err.vi" &&
        grep -qF 'tệp dùng chung' "$work/err.vi" && grep -qF "\"code\": \"$3\"" "$work/err.json"; then
        ok "R3 $1"
    else
        not_ok "R3 $1: status $status, $(head -c 300 "$work/err") | vi: $(head -c 200 "$work/err.vi") | json: $(head -c 200 "$work/err.json")"
    fi
}
init_bad "init --include a FIFO: KH031 of an included file, not 'the plan'" r.fifo KH031 "included file 'r.fifo' is not a regular file"
init_bad "init --include a directory: KH031, not KH001's 'Is a directory'" reg KH031 "included file 'reg' is not a regular file"
init_bad "init --include a file that is no registry: KH033 with its code, not ('')" passwd.yaml KH033 "'passwd.yaml' is not an included file"

# R4 an '@' before a key's first character, '{' or '*' is a citation to
# pandoc's Markdown: "**IV. KINH PHÍ @@**" printed "**IV. KINH PHÍ @" and
# the citation "@*" (its bold lost, its asterisks shown), in build -f md
# and diff --format md alike; an address (a@b.vn) is left as written
readme_example "$d/e/at0.yaml"
$py - "$d/e/at0.yaml" "$d/e/at1.yaml" <<'PY'
import sys, re
s = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'^  - section: (.*)$', s, flags=re.M)
s = s[:m.start(1)] + '"KINH PHÍ @@"' + s[m.end(1):]
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" build -f md -o - "$d/e/at1.yaml" >"$d/e/at1.md" 2>/dev/null
"$khgen" diff --format md "$d/e/at0.yaml" "$d/e/at1.yaml" >"$d/e/at1.diff.md" 2>/dev/null
if ! command -v pandoc >/dev/null 2>&1; then
    not_ok "R4 setup: pandoc is not installed (tools/deps.sh's test packages)"
else
    pandoc -f markdown -t html "$d/e/at1.md" >"$d/e/at1.md.html"
    pandoc -f markdown -t html "$d/e/at1.diff.md" >"$d/e/at1.diff.html"
    if grep -qF '<strong>I. KINH PHÍ @@</strong>' "$d/e/at1.md.html" &&
        grep -qF 'KINH PHÍ @@</strong>' "$d/e/at1.diff.html" &&
        ! grep -q 'citation' "$d/e/at1.md.html" "$d/e/at1.diff.html"; then
        ok "R4 a title ending in '@@': pandoc reads the .md and the diff's md as written, bold kept"
    else
        not_ok "R4 '@@': $(grep -h 'PHÍ\|@@' "$d/e/at1.md.html" "$d/e/at1.diff.html" | head -4 | head -c 500)"
    fi
fi

# Guard: diff of a plan against its copy with n bullets and n Biểu rows in
# the reverse order (each row a moved row, each bullet a changed part):
# n and 4n, linear (release: 0.05 s against 0.23 s at 2,000 and 8,000)
mkdir -p "$d/big"
for n in 1500 6000; do
    for order in same rev; do
        $py - "$n" "$order" >"$d/big/p$n$order.yaml" <<'PY'
import sys
n, order = int(sys.argv[1]), sys.argv[2]
idx = list(range(n))
if order == 'rev':
    idx.reverse()
w = sys.stdout.write
w('khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]\n  issuer_short: UBND xã An Bình\n'
  '  place: An Bình\n  date: 2025-03\n  title: Rà soát năm {year}\n'
  'opening: "UBND xã xây dựng Kế hoạch như sau:"\nbody:\n  - section: NHIỆM VỤ\n    items:\n'
  '      - para: (Chi tiết theo {att bieu01} đính kèm).\n')
for i in idx:
    w('      - bullet: Nhiệm vụ thứ %d của xã trong năm.\n' % i)
w('attachments:\n  - id: bieu01\n    label: Biểu 01\n    title: Lịch kiểm tra\n    columns:\n'
  '      - {key: stt, header: STT, type: stt}\n      - {key: xa, header: Thôn}\n'
  '      - {key: ngay, header: Ngày}\n    rows:\n')
for i in idx:
    w('      - [Thôn số %d, %d/5/2025]\n' % (i, i % 28 + 1))
PY
    done
done
scaling_case "diff of n bullets and n Biểu rows against their reverse order" \
    "$khgen" diff "$d/big/p1500same.yaml" "$d/big/p1500rev.yaml" -- \
    "$khgen" diff "$d/big/p6000same.yaml" "$d/big/p6000rev.yaml"

echo "$pass passed, $fail failed"
