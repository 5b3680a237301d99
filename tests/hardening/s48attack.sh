#!/bin/sh
# tests/hardening/s48attack.sh KHGEN WORKDIR - what session 48's outsider
# attacks found (issue 8; reproducers in /tmp/s48attack/ of that session).
# Each case fails at 682a4afb (session 47's stop) unless it is named a
# guard (a name ending in g):
#  E1  a noncharacter written as a YAML escape ("\uFDD0", "\U0001FFFE",
#      "\U0010FFFF") printed a box in every format, exit 0, no word (the
#      same character typed is KH004): now dropped with KH014, as "\uFFFE".
#  E2  "\uFFFD", the replacement character as an escape, printed silently
#      (typed it is KH020): now KH020.
#  E3  U+3000, an input method's full-width space, typed or "\u3000"
#      between two words printed a double-width gap, no word: now KH024;
#      in YAML's syntax (indentation, after a key's ':') one message, the
#      KH005 it had (E3g, a guard).
#  E4  import of a .md holding U+FDD0 or U+10FFFF wrote, exit 0, a plan its
#      own check refused (KH004): now dropped with KH014, the plan checks.
#  E5  an id holding U+3000 was "a letter of another alphabet that prints
#      like a Latin one" (KH109): now the plain KH109.
#  A1  an empty file name (`import ""`, `check ""`, `diff "" x`,
#      `new --from ""`, `-o ""` of new/init/diff/convert, `init --include
#      ""`) printed ": error[KH001]: cannot read ''" or KH901, exit 1 or 3:
#      now a usage error naming the option or operand, exit 2.
#  D1  a diamond of registries (the plan includes a and b, each includes
#      c) was KH416 "make one of the two registries include the other",
#      which -Werror refused and the plan could not silence: read once,
#      no warning (doc/diagnostics.md's decision); D1g (guard): one file's
#      list naming a file twice is still KH416.
#  D2  a plan importing the catalog its registry imports too: KH416
#      "remove this entry": now none; the plan's own list naming it twice
#      still KH416 at the plan's own first naming.
#  I1  import of a .md with one paragraph of 6.7 MB (import reads 8 MiB)
#      wrote, exit 0, a plan its own check refused (KH016, a value is at
#      most 4 MiB): now KH752, exit 3, nothing written; I1g (guard): a
#      paragraph of 3 MB is imported.
#  I2  import of a .md with 1,005 attachment pages wrote, exit 0, a plan
#      of 1,004 attachments its own check refused (KH624, at most 1000):
#      now KH752, exit 3, nothing written.
#  R1  a shared registry replaced while `khgen build a.yaml b.yaml` read it
#      (an editor saving it: a new file renamed over the old) was "cannot
#      read included file 'reg.yaml': Resource temporarily unavailable":
#      now KH001 says it was replaced and to run again; the other plan is
#      built from the registry it read, whole (an LD_PRELOAD shim renames
#      the new file over the old at khgen's open, so the race is met each
#      run).
#  R1t the same for a --templates file replaced while read (KH804).
#  L1  KH032 listed "256 files, 64 MiB in all, 32 MiB each" whichever a
#      file passed, without its size (a registry of 40 MB, a third of 25
#      MB): now the limit passed and the size.
#  Z1  a .docx holding word/document.xml and Word/Document.xml (or
#      word/styles.xml and word/Styles.xml): the exact one was read and
#      the other ignored, exit 0: now KH754 naming both, exit 3, nothing
#      written.
. "$(dirname "$0")/timed.sh"
set -u
py=/usr/bin/python3
readme_example "$work/ex.yaml"

# ---- E1-E3: hostile characters written as escapes ------------------------------
# variant NAME OLD NEW: the README's example with OLD replaced by NEW
variant() {
    "$py" - "$work/ex.yaml" "$work/$1.yaml" "$2" "$3" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
assert sys.argv[3] in s, sys.argv[3]
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(sys.argv[3], sys.argv[4], 1))
PY
}
# says NAME STATUS CODE: check of NAME.yaml exits STATUS with CODE in its messages
says() {
    "$khgen" check "$work/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
    [ "$st" -eq "$2" ] && grep -q "$3" "$work/$1.err"
}
unit='{id: tckh, name: Phòng Tài chính - Kế hoạch}'
bad=
for e in 'uFDD0:\uFDD0' 'U1FFFE:\U0001FFFE' 'U10FFFF:\U0010FFFF'; do
    n=${e%%:*}
    variant "e1$n" "$unit" "{id: tckh, name: \"Phòng Tài chính${e#*:} - Kế hoạch\"}"
    says "e1$n" 0 'warning\[KH014\]' || bad="$bad [$n: status $st $(head -c 200 "$work/e1$n.err")]"
    rm -rf "$work/o1"
    "$khgen" build -f md -o "$work/o1" "$work/e1$n.yaml" >/dev/null 2>&1
    grep -q 'Phòng Tài chính - Kế hoạch' "$work/o1/e1$n.md" 2>/dev/null || bad="$bad [$n: printed]"
done
[ -z "$bad" ] && ok "E1 a noncharacter written as an escape is dropped with KH014" ||
    not_ok "E1:$bad"
variant e2 "$unit" '{id: tckh, name: "Phòng Tài chính - K\uFFFDhoạch"}'
says e2 0 'warning\[KH020\].*U+FFFD' && ok "E2 \"\\uFFFD\" as an escape is KH020, as typed" ||
    not_ok "E2: status $st $(head -c 300 "$work/e2.err")"
bad=
variant e3a "$unit" '{id: tckh, name: "Phòng Tài chính\u3000- Kế hoạch"}'
says e3a 0 'warning\[KH024\].*U+3000' || bad="$bad [escape: $st $(head -c 200 "$work/e3a.err")]"
variant e3b "$unit" '{id: tckh, name: Phòng Tài chính　- Kế hoạch}'
says e3b 0 'e3b.yaml:25:37: warning\[KH024\].*U+3000' || bad="$bad [typed: $st $(head -c 200 "$work/e3b.err")]"
variant e3c 'place: Yên Thế' 'place: Yên　Thế'
says e3c 0 'e3c.yaml:9:13: warning\[KH024\]' || bad="$bad [place: $st $(head -c 200 "$work/e3c.err")]"
[ -z "$bad" ] && ok "E3 U+3000 between two words, typed or \"\\u3000\", is KH024" || not_ok "E3:$bad"
bad=
variant e3d 'place: Yên Thế' 'place:　Yên Thế'
says e3d 1 'error\[KH005\]' && [ "$(grep -c '\[KH' "$work/e3d.err")" -eq 1 ] ||
    bad="$bad [after ':': $st $(grep '\[KH' "$work/e3d.err" | head -c 300)]"
variant e3e "  - $unit" "　 - $unit"
says e3e 1 'error\[KH005\]' && [ "$(grep -c '\[KH' "$work/e3e.err")" -eq 1 ] ||
    bad="$bad [indent: $st $(grep '\[KH' "$work/e3e.err" | head -c 300)]"
[ -z "$bad" ] && ok "E3g U+3000 in YAML's syntax is one message, KH005 (guard)" || not_ok "E3g:$bad"

# ---- E4: import keeps no noncharacter ---------------------------------------------
printf '# KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024 \357\267\220 trên địa bàn\n\n## I. MỤC ĐÍCH\n\n- Nội dung \364\217\277\277 một hai\n' >"$work/e4.md"
"$khgen" import --force -o "$work/e4.yaml" "$work/e4.md" >/dev/null 2>"$work/e4.err"
si=$?
"$khgen" check "$work/e4.yaml" >/dev/null 2>"$work/e4c.err"
sc=$?
if [ "$si" -eq 0 ] && grep -q 'warning\[KH014\]' "$work/e4.err" && [ "$sc" -ne 1 ] &&
    ! grep -q KH004 "$work/e4c.err"; then
    ok "E4 import drops a .md's noncharacters (KH014); the plan it writes checks"
else
    not_ok "E4: import $si, check $sc: $(head -c 300 "$work/e4.err") / $(grep KH004 "$work/e4c.err" | head -c 200)"
fi

# ---- E5: an id holding U+3000 ------------------------------------------------------
variant e5 '{id: tckh, name:' '{id: "tc\u3000kh", name:'
says e5 1 'error\[KH109\]' && ! grep -q 'another alphabet' "$work/e5.err" &&
    ok "E5 an id holding U+3000 is KH109, not 'a letter of another alphabet'" ||
    not_ok "E5: $st $(grep KH109 "$work/e5.err" | head -c 300)"

# ---- A1: empty file names -------------------------------------------------------------
bad=
cp "$work/ex.yaml" "$work/a1.yaml"
# a1 ARG...: khgen ARG... (in $work) is a usage error that says the name is empty
a1() {
    (cd "$work" && "$khgen" "$@" >/dev/null 2>"$work/a1.err")
    st=$?
    { [ "$st" -eq 2 ] && grep -q "empty" "$work/a1.err" && ! grep -q "cannot \(read\|write\) ''" "$work/a1.err"; } ||
        bad="$bad [$*: $st $(head -c 150 "$work/a1.err")]"
}
a1 import ""
a1 check ""
a1 build ""
a1 diff "" a1.yaml
a1 diff a1.yaml ""
a1 new --from "" --year 2025
a1 new --from a1.yaml --year 2025 -o ""
a1 init -o "" "Xã A"
a1 init --include "" "Xã A"
a1 convert ""
a1 convert a1.yaml -o ""
a1 diff -o "" a1.yaml a1.yaml
[ -z "$bad" ] && ok "A1 an empty file name is a usage error (exit 2) in every command" || not_ok "A1:$bad"

# ---- D1, D2: registries named by two files ------------------------------------------
mkdir -p "$work/d"
printf 'include: [c.yaml]\nunits:\n  - {id: vp, name: Văn phòng}\n' >"$work/d/a.yaml"
printf 'include: [c.yaml]\nunits:\n  - {id: kt, name: Phòng Kinh tế}\n' >"$work/d/b.yaml"
printf 'levels:\n  - {id: ntm2, name: nông thôn mới kiểu mẫu}\n' >"$work/d/c.yaml"
sed 's/^import: \[qd318-xa-ntm\]/&\ninclude: [a.yaml, b.yaml]/' "$work/ex.yaml" >"$work/d/p1.yaml"
rm -rf "$work/d1o"
"$khgen" build -Werror -f md -o "$work/d1o" "$work/d/p1.yaml" >/dev/null 2>"$work/d1.err"
st=$?
[ "$st" -eq 0 ] && ! grep -q KH416 "$work/d1.err" && [ -s "$work/d1o/p1.md" ] &&
    ok "D1 a diamond of registries is read once, not warned: -Werror builds it" ||
    not_ok "D1: status $st $(grep KH416 "$work/d1.err" | head -c 300)"
sed 's/^import: \[qd318-xa-ntm\]/&\ninclude: [a.yaml, .\/a.yaml]/' "$work/ex.yaml" >"$work/d/p1g.yaml"
"$khgen" check "$work/d/p1g.yaml" >/dev/null 2>"$work/d1g.err"
st=$?
[ "$st" -eq 0 ] && grep -q "p1g.yaml:3:19: warning\[KH416\]: './a.yaml' is the file" "$work/d1g.err" &&
    ok "D1g one list naming a file twice is still KH416 (guard)" ||
    not_ok "D1g: status $st $(head -c 300 "$work/d1g.err")"
printf 'import: [qd318-xa-ntm]\nunits:\n  - {id: vp, name: Văn phòng}\n' >"$work/d/r.yaml"
sed 's/^import: \[qd318-xa-ntm\]/&\ninclude: [r.yaml]/' "$work/ex.yaml" >"$work/d/p2.yaml"
sed 's/^import: \[qd318-xa-ntm\]/import: [qd318-xa-ntm, qd318-xa-ntm]\ninclude: [r.yaml]/' \
    "$work/ex.yaml" >"$work/d/p2b.yaml"
"$khgen" check -Werror "$work/d/p2.yaml" >/dev/null 2>"$work/d2.err"
s1=$?
"$khgen" check "$work/d/p2b.yaml" >/dev/null 2>"$work/d2b.err"
s2=$?
if [ "$s1" -eq 0 ] && ! grep -q KH416 "$work/d2.err" && [ "$s2" -eq 0 ] &&
    [ "$(grep -c 'warning\[KH416\]' "$work/d2b.err")" -eq 1 ] &&
    grep -q 'p2b.yaml:2:10: note: first imported here' "$work/d2b.err"; then
    ok "D2 a plan importing its registry's catalog is not warned; its own list naming it twice is"
else
    not_ok "D2: $s1 $s2 $(grep -h 'KH416\|note' "$work/d2.err" "$work/d2b.err" | head -c 400)"
fi

# ---- Z1: a .docx with two part names alike but for case ------------------------------
"$khgen" build -f docx -o "$work/z" "$work/ex.yaml" >/dev/null 2>&1
"$py" - "$work/z" <<'PY'
import sys, zipfile
d = sys.argv[1]
src = zipfile.ZipFile(d + '/ex.docx')
parts = [(i.filename, src.read(i.filename)) for i in src.infolist()]
doc = src.read('word/document.xml').decode()
other = doc.replace('Yên Thế', 'Một Nơi Khác').encode()
def write(name, entries):
    with zipfile.ZipFile('%s/%s.docx' % (d, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in entries:
            z.writestr(n, data)
write('after', parts + [('Word/Document.xml', other)])
write('before', [('Word/Document.xml', other)] + parts)
write('styles', parts + [('word/Styles.xml', src.read('word/styles.xml'))])
PY
bad=
for f in after before styles; do
    rm -f "$work/z/$f.yaml"
    "$khgen" import -o "$work/z/$f.yaml" "$work/z/$f.docx" >/dev/null 2>"$work/z/$f.err"
    st=$?
    { [ "$st" -eq 3 ] && grep -q "error\[KH754\].*but for the case of its letters" "$work/z/$f.err" &&
        [ ! -e "$work/z/$f.yaml" ]; } || bad="$bad [$f: $st $(head -c 200 "$work/z/$f.err")]"
done
[ -z "$bad" ] && ok "Z1 a .docx with two part names alike but for case is KH754, nothing written" ||
    not_ok "Z1:$bad"

# ---- I1, I2: import writes no plan past a plan's limits ----------------------------
"$py" - "$work" <<'PY'
import sys
d = sys.argv[1]
head = '# KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n## I. MỤC ĐÍCH\n\n'
words = 'Nội dung công việc cần thực hiện trong năm '
for name, size in (('i1', 6700000), ('i1g', 3000000)):
    para = (words * (size // len(words.encode()) + 1)).encode()[:size].decode('utf-8', 'ignore')
    open('%s/%s.md' % (d, name), 'w', encoding='utf-8').write(head + para + '\n')
t = ''.join('## %d. Mục %d\n\nBiểu %02d\n\n| STT | Nội dung | Số lượng |\n|---|---|---|\n'
            '| 1 | Việc %d | 5 |\n\n' % (i + 1, i + 1, i + 1, i) for i in range(1005))
open(d + '/i2.md', 'w', encoding='utf-8').write('ỦY BAN NHÂN DÂN\n\nXÃ YÊN THẾ\n\n# KẾ HOẠCH\n\n'
                                              'Thực hiện nhiệm vụ năm 2024\n\n' + t)
PY
for i in I1 I2; do
    f=$(echo "$i" | tr I i)
    rm -f "$work/$f.yaml"
    "$khgen" import -o "$work/$f.yaml" "$work/$f.md" >/dev/null 2>"$work/$f.err"
    st=$?
    if [ "$st" -eq 3 ] && grep -q "error\[KH752\]" "$work/$f.err" && [ ! -e "$work/$f.yaml" ]; then
        ok "$i import of a document past a plan's limits is KH752, nothing written"
    else
        not_ok "$i: status $st $(head -c 300 "$work/$f.err")"
    fi
done
"$khgen" import --force -o "$work/i1g.yaml" "$work/i1g.md" >/dev/null 2>"$work/i1g.err"
st=$?
"$khgen" check "$work/i1g.yaml" >/dev/null 2>"$work/i1gc.err"
[ "$st" -eq 0 ] && ! grep -q 'KH016\|KH752' "$work/i1g.err" "$work/i1gc.err" &&
    ok "I1g a paragraph of 3 MB is imported and loads (guard)" ||
    not_ok "I1g: status $st $(head -c 300 "$work/i1g.err" "$work/i1gc.err")"

# ---- R1: a registry replaced while it is read -------------------------------------
mkdir -p "$work/r"
cat >"$work/r/swap.c" <<'C'
/* the first open() for reading of a path ending in $SWAP_FILE renames
 * $SWAP_WITH over it first: an editor saving the file while khgen reads */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int done;
static void swap(const char *path, int flags)
{
    const char *want = getenv("SWAP_FILE"), *with = getenv("SWAP_WITH");
    size_t n = strlen(path), w = want ? strlen(want) : 0;
    if (!done && want && with && !(flags & O_PATH) && n >= w && strcmp(path + n - w, want) == 0) {
        done = 1;
        rename(with, path);
    }
}
#define SHIM(name)                                                            \
    int name(const char *path, int flags, ...)                                 \
    {                                                                         \
        va_list ap;                                                           \
        va_start(ap, flags);                                                  \
        int mode = (flags & O_CREAT) ? va_arg(ap, int) : 0;                   \
        va_end(ap);                                                           \
        swap(path, flags);                                                    \
        int (*real)(const char *, int, ...) =                                 \
            (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, #name);         \
        return real(path, flags, mode);                                       \
    }
SHIM(open)
SHIM(open64)
C
printf 'units:\n  - {id: vp, name: Văn phòng CŨ}\n' >"$work/r/reg.yaml"
printf 'units:\n  - {id: vp, name: Văn phòng MỚI}\n' >"$work/r/reg.new"
for p in a b; do
    sed 's/^import: \[qd318-xa-ntm\]/&\ninclude: [reg.yaml]/; s/lead: tckh/lead: vp/' "$work/ex.yaml" >"$work/r/$p.yaml"
done
if cc -shared -fPIC -o "$work/r/swap.so" "$work/r/swap.c" -ldl 2>"$work/r/cc.err"; then
    (cd "$work/r" && SWAP_FILE=reg.yaml SWAP_WITH=reg.new LD_PRELOAD="$work/r/swap.so" \
        ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" \
        "$khgen" build -f md -o o a.yaml b.yaml >/dev/null 2>"$work/r/err")
    st=$?
    if [ "$st" -eq 1 ] && grep -q "a.yaml:3:11: error\[KH001\]: cannot read included file 'reg.yaml': it was replaced by another file while khgen read it" "$work/r/err" &&
        ! grep -q 'temporarily' "$work/r/err" && [ ! -e "$work/r/o/a.md" ] &&
        grep -q 'Văn phòng MỚI' "$work/r/o/b.md" && ! grep -q 'CŨ' "$work/r/o/b.md"; then
        ok "R1 a registry replaced while read: KH001 says so; the other plan is built from the one it read"
    else
        not_ok "R1: status $st $(grep -v KH250 "$work/r/err" | grep KH | head -c 300)"
    fi
else
    not_ok "R1: the shim does not build: $(head -c 200 "$work/r/cc.err")"
fi

# ---- R1t: a template replaced while it is read ------------------------------------
mkdir -p "$work/r/t"
cp "$top/templates/plan.md" "$work/r/t/plan.md"
cp "$top/templates/plan.md" "$work/r/plan.new"
if [ -e "$work/r/swap.so" ]; then
    (cd "$work/r" && SWAP_FILE=t/plan.md SWAP_WITH=plan.new LD_PRELOAD="$work/r/swap.so" \
        ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" \
        "$khgen" build --templates t -f md -o ot "$work/ex.yaml" >/dev/null 2>"$work/r/t.err")
    st=$?
    if [ "$st" -ne 0 ] && grep -q "error\[KH804\]: cannot read template 't/plan.md': it was replaced by another file while khgen read it" "$work/r/t.err" &&
        ! grep -q 'temporarily' "$work/r/t.err" && [ ! -e "$work/r/ot/ex.md" ]; then
        ok "R1t a template replaced while read: KH804 says so"
    else
        not_ok "R1t: status $st $(head -c 300 "$work/r/t.err")"
    fi
else
    not_ok "R1t: no shim (R1's did not build)"
fi

# ---- L1: KH032 says which limit a file passes, and its size ----------------------
mkdir -p "$work/l"
"$py" - "$work/l" <<'PY'
import sys
d = sys.argv[1]
pad = '# ' + 'x' * 1000 + '\n'
open(d + '/big.yaml', 'w').write('units:\n  - {id: vp, name: Văn phòng}\n' + pad * (33 * 1024))
for i in (1, 2, 3):
    open('%s/r%d.yaml' % (d, i), 'w').write('units:\n  - {id: v%d, name: Văn phòng %d}\n' % (i, i) + pad * (25 * 1024))
PY
sed 's/^import: \[qd318-xa-ntm\]/&\ninclude: [big.yaml]/' "$work/ex.yaml" >"$work/l/p1.yaml"
sed 's/^import: \[qd318-xa-ntm\]/&\ninclude: [r1.yaml, r2.yaml, r3.yaml]/' "$work/ex.yaml" >"$work/l/p2.yaml"
"$khgen" check "$work/l/p1.yaml" >/dev/null 2>"$work/l/p1.err"
s1=$?
"$khgen" check "$work/l/p2.yaml" >/dev/null 2>"$work/l/p2.err"
s2=$?
if [ "$s1" -eq 1 ] && grep -q "error\[KH032\]: included file '[^']*big.yaml' is [0-9]* bytes, more than the 32 MiB a file a plan reads may be" "$work/l/p1.err" &&
    [ "$s2" -eq 1 ] && grep -q "error\[KH032\]: included file '[^']*r3.yaml' is [0-9]* bytes, which would take the files this plan reads past the 64 MiB they may be in all" "$work/l/p2.err"; then
    ok "L1 KH032 names the limit a file passes (32 MiB each, 64 MiB in all) and the file's size"
else
    not_ok "L1: $s1 $s2 $(grep -h KH032 "$work/l/p1.err" "$work/l/p2.err" | head -c 400)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
