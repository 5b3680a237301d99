#!/bin/sh
# tests/hardening/outputs27.sh KHGEN WORKDIR [MOMENTS] - what session 27's
# check of the outputs (all or nothing) and of what a plan may read found,
# and the guards of the rest (issue 8):
#  F1  libxlsxwriter wrote each part of a workbook (sheets, strings) to a
#      named file "tmp.XXXXXXXXXX" in TMPDIR, else /tmp, else the directory
#      khgen was run in, unlinked a moment later: a build killed then
#      (kill -9, or SIGTERM while it renders) left it there, and with /tmp
#      read-only the parts were made in the user's directory (the plan's
#      repository) or, that one read-only too, the workbook was not written
#      at all (KH901). Now unnamed memory files (src/xlsx_tmpfile.c): no
#      file is created outside the output directory (strace, when there is
#      one), and a workbook is written with /tmp and the working directory
#      read-only (a mount namespace, when run as root);
#  F2  a build that failed to write (a full device, `ulimit -f`) left the
#      output directories it had made for `-o new/sub`, and so did a plan
#      whose error is found while its formats are made (the workbook's
#      KH627 under -Werror): now removed again when empty (src/outdir.c),
#      as a plan with errors found by check makes none;
#  F3  from the commit journal's name to its removal (where a kill -9
#      leaves the journal, backups and named temporaries beside the
#      outputs until the next build) khgen synced the directory twice and
#      freed the old outputs' blocks: 8 ms for a plan of 2 MB of outputs,
#      64 ms for the national plan; now the old outputs are held open and
#      freed after, and the directory synced once after (src/outputs.c);
#  F4  the random names of a commit's temporaries and backups were not
#      checked against the directory: a one-letter plan's .md (temporary
#      ".Xy9") among old dotfiles, or two names drawn alike, failed the
#      build with "File exists"; now drawn again until free;
#  F5  an include's name looked up three times (stat, realpath, open): a
#      link swapped outside, inside, outside between them had an outside
#      file read and printed in the document; now the file whose real path
#      is checked is the one read (src/readpolicy.c, still_checked);
#  F6  (a fault of F2's first fix, fixed the same session) a build that
#      made -o's directory and failed removed it, empty of names, while
#      another build's unnamed temporaries were in it: that build's commit
#      failed; now it makes the directory again, and the removal waits for
#      a commit's lock;
#  F7  a workbook past `ulimit -f` was KH901 "Zip generic error ZIP_ERRNO
#      while creating the xlsx file.", the other formats "File too large";
#  F8  a broken registry saved with a byte order mark was "not an included
#      file" (KH033), its YAML error hidden (src/readpolicy.c);
#  F9  F5's race for a --templates file: its real path checked, then read
#      by that path again, a link swapped in between was read where it
#      pointed (template_names.c reads through the checked descriptor).
# Then guards (they passed before and must still): kill -9 and the stop
# signals at MOMENTS (default 6; KILL_MOMENTS) random moments of a build of
# three plans in one command, each plan's set whole (an earlier build's or
# the new one's) or a commit journal beside it that the next build carries
# out, nothing left in TMPDIR or the working directory; the one-file
# writers (new, import, convert) killed at random moments; a full device
# (a small tmpfs, as root); the umask; and the read policy (links out of
# the tree, '..', absolute paths, /proc, /dev, a FIFO, a socket, a
# directory, a NUL or a line break in an escape, a hard link to a file
# that is no registry, whose lines are never shown).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
moments=${3:-${KILL_MOMENTS:-6}}
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P" "$work/tmpd"
# LeakSanitizer cannot run under ptrace: the sanitizers' build, traced by
# strace below, checks no leaks there (the other suites do)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
TMPDIR=$work/tmpd
export TMPDIR
/usr/bin/python3 "$top/tests/bench/gen_plan.py" 300 1200 >"$P/a.yaml"
sed '0,/title:/s/title: \(.*\)/title: \1 (bản mới)/' "$P/a.yaml" >"$P/b.yaml"
"$khgen" check "$P/a.yaml" >/dev/null 2>&1 && "$khgen" check "$P/b.yaml" >/dev/null 2>&1 ||
    not_ok "setup: the generated plans do not check"

# ---- F1: the workbook's parts have no names ------------------------------
if command -v strace >/dev/null 2>&1; then
    rm -rf "$work/f1"
    mkdir -p "$work/f1"
    (cd "$work/f1" && strace -f -qq -e trace=open,openat,creat -o "$work/f1.trace" \
        "$khgen" build -f xlsx -o "$work/f1/out" "$P/a.yaml" >/dev/null 2>&1)
    named=$(grep -E 'O_CREAT|creat\(' "$work/f1.trace" | grep -v -e '/proc/self/fd/' \
        -e "\"$work/f1/out/" | head -3)
    if [ -f "$work/f1/out/a.xlsx" ] && [ -z "$named" ]; then
        ok "F1 a workbook's build names no file outside its output directory"
    else
        not_ok "F1 a workbook's build names files outside its output directory: $named"
    fi
else
    ok "F1 (skipped: no strace) a workbook's build names no file outside its output directory"
fi
# /tmp and the working directory read-only: the workbook is still written
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    rm -rf "$work/f1ro"
    mkdir -p "$work/f1ro/cwd" "$work/f1ro/out"
    # (/tmp read-only by a bind mount: the work directory may be under it;
    # the output directory bound writable again)
    unshare -m sh -c 'mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp &&
        mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" &&
        mount --bind "$3" "$3" && mount -o remount,bind,rw "$3" && cd "$1" &&
        TMPDIR=/tmp "$2" build -f xlsx -o "$3" "$4"' sh \
        "$work/f1ro/cwd" "$khgen" "$work/f1ro/out" "$P/a.yaml" >"$work/f1ro.err" 2>&1
    rc=$?
    if [ "$rc" = 0 ] && [ -f "$work/f1ro/out/a.xlsx" ] && [ -z "$(ls -A "$work/f1ro/cwd")" ]; then
        ok "F1 /tmp and the working directory read-only: the workbook is written"
    else
        not_ok "F1 /tmp and the working directory read-only: exit $rc, $(grep -o 'KH9.*' "$work/f1ro.err" | head -1)"
    fi
else
    ok "F1 (skipped: not root, or no unshare) /tmp and the working directory read-only"
fi

# ---- F3: the journal's window -------------------------------------------
# from the journal's name to its removal a kill -9 leaves the journal,
# backups and temporaries beside the outputs (the next build carries it
# out): two fsyncs of the directory and the freeing of the old outputs'
# blocks made that 8 ms (64 ms for the national plan); now no wait there
if command -v strace >/dev/null 2>&1; then
    rm -rf "$work/f3"
    "$khgen" build -o "$work/f3" "$P/a.yaml" >/dev/null 2>&1
    strace -f -qq -tt -T -e trace=linkat,link,rename,unlink,fsync,fdatasync -o "$work/f3.trace" \
        "$khgen" build -o "$work/f3" "$P/b.yaml" >/dev/null 2>&1
    window=$(/usr/bin/python3 - "$work/f3.trace" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
def t(line):
    h, m, s = re.search(r"(\d+):(\d+):(\d+\.\d+)", line).groups()
    return (int(h) * 60 + int(m)) * 60 + float(s)
start = end = None
syncs = 0
for line in lines:
    j = re.search(r'"[^"]*/(\.khgen-commit-[A-Za-z0-9]+|\.~[A-Za-z0-9]+)"', line)
    if start is None and "linkat(" in line and j:
        start, name = t(line), j.group(1)
    elif start is not None and "unlink(" in line and j and j.group(1) == name:
        end = t(line)
        break
    elif start is not None and ("fsync(" in line or "fdatasync(" in line):
        syncs += 1
print("none" if end is None else f"{syncs} {(end - start) * 1000:.1f}")
PY
)
    case $window in
        "0 "*) ok "F3 no fsync between the journal's name and its removal ($window ms under strace)" ;;
        *) not_ok "F3 fsyncs and ms between the journal's name and its removal: $window" ;;
    esac
else
    ok "F3 (skipped: no strace) no fsync between the journal's name and its removal"
fi

# ---- F4: temporary names drawn free ----------------------------------------
# a one-letter plan's .md gets a temporary of three random characters
# (".Xy9", no longer than "a.md"): with half of those names taken by old
# dotfiles, each build failed one time in two ("cannot write 'a.md': File
# exists"); now a name is drawn again until it is free
rm -rf "$work/f4"
mkdir -p "$work/f4/out"
cp "$P/a.yaml" "$work/f4/a.yaml"
/usr/bin/python3 - "$work/f4/out" <<'PY'
import itertools, os, random, sys
al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
names = ["." + "".join(t) for t in itertools.product(al, repeat=3)]
random.Random(27).shuffle(names)
for n in names[:len(names) // 2]:
    os.close(os.open(os.path.join(sys.argv[1], n), os.O_CREAT | os.O_WRONLY, 0o644))
PY
failed=0
for k in 1 2 3 4 5 6 7 8; do
    "$khgen" build -f md -o "$work/f4/out" "$work/f4/a.yaml" >>"$work/f4.err" 2>&1 || failed=$((failed + 1))
done
[ "$failed" = 0 ] && ok "F4 eight builds of a.yaml among 119,164 old dotfiles of three characters: all written" ||
    not_ok "F4 $failed of eight builds among 119,164 old dotfiles failed: $(grep -o 'KH901.*' "$work/f4.err" | head -1)"
rm -rf "$work/f4"

# ---- F2: directories made for a failed build go --------------------------
rm -rf "$work/f2"
mkdir -p "$work/f2"
(ulimit -f 8; "$khgen" build -o "$work/f2/new/sub" "$P/a.yaml" >"$work/f2.err" 2>&1)
rc=$?
if [ "$rc" = 3 ] && [ -z "$(ls -A "$work/f2")" ]; then
    ok "F2 a build that cannot write (ulimit -f) leaves no directory it made for -o new/sub"
else
    not_ok "F2 a build that cannot write: exit $rc, left: $(cd "$work/f2" && find . | tr '\n' ' ')"
fi
# a plan whose workbook's warning (KH627, found while the workbook is
# made, after the .md and .html) is an error under -Werror writes nothing:
# nor the directories
"$khgen" build -Werror -o "$work/f2/werror/sub" "$P/a.yaml" >"$work/f2w.err" 2>&1
rc=$?
if [ "$rc" = 1 ] && grep -q 'error\[KH627\]' "$work/f2w.err" && [ ! -e "$work/f2/werror" ]; then
    ok "F2 -Werror and a workbook's KH627: exit 1, no directory made for -o werror/sub"
else
    not_ok "F2 -Werror and a workbook's KH627: exit $rc, left: $(cd "$work/f2" && find . | tr '\n' ' ')"
fi
# below a directory that was there: the new ones go, it stays (and one
# holding a file stays too)
mkdir -p "$work/f2b/there/x"
: >"$work/f2b/there/keep"
(ulimit -f 8; "$khgen" build -o "$work/f2b/there/x/y/z" "$P/a.yaml" >/dev/null 2>&1)
(ulimit -f 8; "$khgen" build -o "$work/f2b/there" "$P/a.yaml" >/dev/null 2>&1)
left=$(cd "$work/f2b" && find . | LC_ALL=C sort | tr '\n' ' ')
[ "$left" = ". ./there ./there/keep ./there/x " ] &&
    ok "F2 -o there/x/y/z: y and z go, the directories that were there stay" ||
    not_ok "F2 -o there/x/y/z: left '$left'"
# guard: a good build makes its directories, a plan with errors none
"$khgen" build -f md -o "$work/f2/good/sub" "$P/a.yaml" >/dev/null 2>&1
printf 'khgen: 1\nheader: [\n' >"$P/broken.yaml"
"$khgen" build -o "$work/f2/bad/sub" "$P/broken.yaml" >/dev/null 2>&1
[ -f "$work/f2/good/sub/a.md" ] && [ ! -e "$work/f2/bad" ] &&
    ok "F2 guard: a good build makes -o's directories, a plan with errors none" ||
    not_ok "F2 guard: a good build makes -o's directories, a plan with errors none"

# counted FILE N: FILE's "ok"/"not ok" lines shown and counted; N of them expected
counted() {
    cat "$1"
    pass=$((pass + $(grep -c '^ok - ' "$1")))
    fail=$((fail + $(grep -c '^not ok - ' "$1")))
    [ "$(grep -c '^ok - \|^not ok - ' "$1")" -eq "$2" ] || not_ok "$(basename "$1" .out): $2 results expected"
}

# ---- guards: kills and signals during builds of three plans ---------------
mkdir -p "$work/A" "$work/B"
for n in a c d; do
    cp "$P/a.yaml" "$work/A/$n.yaml"
    cp "$P/b.yaml" "$work/B/$n.yaml"
done
/usr/bin/python3 - "$khgen" "$work" "$moments" >"$work/kills.out" <<'PY'
import hashlib, os, random, re, shutil, signal, subprocess, sys, time
kh, work, moments = sys.argv[1], sys.argv[2], int(sys.argv[3])
plans = ["a", "c", "d"]
fmts = "md,html,docx,xlsx"
def build(v, out, cwd):
    return subprocess.Popen([kh, "build", "-f", fmts, "-o", out] +
                            [f"{work}/{v}/{p}.yaml" for p in plans], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def state(d):
    return {f: hashlib.md5(open(os.path.join(d, f), "rb").read()).hexdigest()
            for f in sorted(os.listdir(d))}
def per_plan(st, stem):
    return {f: h for f, h in st.items() if f.rsplit(".", 1)[0] == stem}
cwd = f"{work}/cwd"
os.makedirs(cwd, exist_ok=True)
ref = {}
for v in "AB":
    out = f"{work}/out{v}"
    t0 = time.time()
    rc = build(v, out, cwd).wait()
    ref[v] = (state(out), time.time() - t0)
    if rc != 0:
        print(f"not ok - setup: version {v} builds (exit {rc})")
T = max(ref["A"][1], ref["B"][1])
rng = random.Random(27)
tmpdir = os.environ["TMPDIR"]
for sig, count in ((signal.SIGKILL, moments), (signal.SIGTERM, max(2, moments // 2)),
                   (signal.SIGINT, max(2, moments // 3))):
    bad = []
    seen = {}
    for i in range(count):
        out = f"{work}/out"
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(f"{work}/outA", out)
        t = rng.uniform(0, T)
        p = build("B", out, cwd)
        time.sleep(t)
        try:
            p.send_signal(sig)
        except ProcessLookupError:
            pass
        p.wait()
        st = state(out)
        journal = any(re.match(r"\.khgen-commit-|\.~[A-Za-z0-9]+$", f) for f in st)
        kinds = []
        for stem in plans:
            s = per_plan(st, stem)
            kinds.append("A" if s == per_plan(ref["A"][0], stem) else
                         "B" if s == per_plan(ref["B"][0], stem) else "mix")
        stray = [f for f in st if f.rsplit(".", 1)[0] not in plans]
        if ("mix" in kinds or stray) and not journal:
            bad.append(f"at {t:.2f}s: {kinds} {stray} without a journal")
        subprocess.run([kh, "build", "-o", out, f"{work}/no-such-plan.yaml"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        st = state(out)
        for stem in plans:
            s = per_plan(st, stem)
            if s not in (per_plan(ref["A"][0], stem), per_plan(ref["B"][0], stem)):
                bad.append(f"at {t:.2f}s: after recovery {stem}'s set is a mix")
        if any(f.rsplit(".", 1)[0] not in plans for f in st):
            bad.append(f"at {t:.2f}s: after recovery {sorted(st)}")
        left = os.listdir(tmpdir) + os.listdir(cwd)
        if left:
            bad.append(f"at {t:.2f}s: left {left} in TMPDIR or the working directory")
            for f in left:
                for d in (tmpdir, cwd):
                    if os.path.isfile(os.path.join(d, f)):
                        os.unlink(os.path.join(d, f))
        k = "".join(x[0] for x in kinds)
        seen[k] = seen.get(k, 0) + 1
    name = signal.Signals(sig).name
    what = (f"guard: {name} at {count} random moments of a build of three plans "
            f"({T:.2f} s): each set whole or carried out by the next build, nothing left "
            f"in TMPDIR or the working directory {seen}")
    print(("ok - " if not bad else "not ok - ") + what)
    for b in bad[:5]:
        print("    " + b)
PY
counted "$work/kills.out" 3

# ---- guards: one-file writers killed at random moments ---------------------
mkdir -p "$work/one"
cp "$P/a.yaml" "$work/one/plan.yaml"
"$khgen" build -f docx -o "$work/one" "$P/a.yaml" >/dev/null 2>&1
mv "$work/one/a.docx" "$work/one/big.docx"
iconv -f utf-8 -t utf-16 "$P/a.yaml" >"$work/one/u16.txt" 2>/dev/null
/usr/bin/python3 - "$khgen" "$work/one" "$moments" >"$work/one.out" <<'PY'
import hashlib, os, random, signal, subprocess, sys, time
kh, d, moments = sys.argv[1], sys.argv[2], int(sys.argv[3])
def h(p):
    return hashlib.md5(open(p, "rb").read()).hexdigest() if os.path.exists(p) else None
cases = [
    ("new", ["new", "--from", "plan.yaml", "--year", "2025", "--force", "-o", "out.yaml"]),
    ("import", ["import", "--force", "-o", "out.yaml", "big.docx"]),
    ("convert", ["convert", "--force", "-o", "out.yaml", "u16.txt"]),
]
rng = random.Random(2027)
for name, args in cases:
    if os.path.exists(f"{d}/out.yaml"):
        os.unlink(f"{d}/out.yaml")
    t0 = time.time()
    subprocess.run([kh] + args, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    T = time.time() - t0
    new = h(f"{d}/out.yaml")
    old = "old plan\n"
    bad = []
    for i in range(moments):
        with open(f"{d}/out.yaml", "w") as f:
            f.write(old)
        before = sorted(os.listdir(d))
        p = subprocess.Popen([kh] + args, cwd=d, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        t = rng.uniform(0, T)
        time.sleep(t)
        try:
            p.send_signal(signal.SIGKILL if i % 2 == 0 else signal.SIGTERM)
        except ProcessLookupError:
            pass
        p.wait()
        now = h(f"{d}/out.yaml")
        if now not in (new, hashlib.md5(old.encode()).hexdigest()):
            bad.append(f"at {t:.2f}s: out.yaml is neither the old file nor the new one")
        if sorted(os.listdir(d)) != before:
            bad.append(f"at {t:.2f}s: left {sorted(set(os.listdir(d)) ^ set(before))}")
    what = (f"guard: khgen {name} -o FILE killed (-9, TERM) at {moments} random moments "
            f"({T:.2f} s): FILE the old one or the new, nothing beside it")
    print(("ok - " if new and not bad else "not ok - ") + what)
    for b in bad[:5]:
        print("    " + b)
PY
counted "$work/one.out" 3

# ---- guards: a full device (a small tmpfs, as root) ------------------------
if [ "$(id -u)" = 0 ] && mkdir -p "$work/mnt" && mount -t tmpfs -o size=2m tmpfs "$work/mnt" 2>/dev/null; then
    mkdir -p "$work/mnt/o"
    "$khgen" build -f md -o "$work/mnt/o" "$work/A/a.yaml" >/dev/null 2>&1
    sum_before=$(cd "$work/mnt/o" && cksum * | cksum)
    "$khgen" build -o "$work/mnt/o" "$work/B/a.yaml" >"$work/full.err" 2>&1
    rc=$?
    sum_after=$(cd "$work/mnt/o" && cksum * | cksum)
    [ "$rc" = 3 ] && [ "$sum_before" = "$sum_after" ] && [ "$(ls -A "$work/mnt/o")" = "a.md" ] &&
        grep -q 'KH901.*No space left' "$work/full.err" &&
        ok "guard: a full device: KH901, the old output untouched, no temporary" ||
        not_ok "guard: a full device: exit $rc, $(ls -A "$work/mnt/o" | tr '\n' ' ')"
    umount "$work/mnt"
else
    ok "guard (skipped: not root) a full device"
fi

# ---- guards: the umask -----------------------------------------------------
rm -rf "$work/um"
(umask 027 && "$khgen" build -f md,xlsx -o "$work/um" "$P/a.yaml" >/dev/null 2>&1)
chmod 600 "$work/um/a.md"
(umask 0 && "$khgen" build -f md,xlsx -o "$work/um" "$P/a.yaml" >/dev/null 2>&1)
modes=$(stat -c '%a' "$work/um" "$work/um/a.md" "$work/um/a.xlsx" | tr '\n' ' ')
[ "$modes" = "750 600 640 " ] &&
    ok "guard: new outputs 0666 less the umask, a replaced one keeps its mode" ||
    not_ok "guard: modes '$modes', expected '750 600 640 '"

# ---- guards: what a plan may read ------------------------------------------
R=$work/rp
mkdir -p "$R/p/sub"
echo 'SECRET_LINE: hunter2' >"$R/secret.yaml"
ln -s ../secret.yaml "$R/p/link.yaml"
ln "$R/secret.yaml" "$R/p/hard.yaml" 2>/dev/null || cp "$R/secret.yaml" "$R/p/hard.yaml"
mkfifo "$R/p/fifo.yaml"
mkdir -p "$R/p/dir.yaml"
/usr/bin/python3 -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$R/p/sock.yaml"
readme_example "$R/ex.yaml"
# reads INCLUDE CODE DESC: the README's example including INCLUDE (a YAML
# flow value) must fail with CODE at once, none of the secret shown
reads() {
    sed "s|^khgen: 1|khgen: 1\ninclude: [$1]|" "$R/ex.yaml" >"$R/p/plan.yaml"
    out=$("$guard" 10 "$khgen" check "$R/p/plan.yaml" 2>&1)
    rc=$?
    if [ "$rc" = 1 ] && echo "$out" | grep -q "error\[$2\]" && ! echo "$out" | grep -q hunter2; then
        ok "guard: an include of $3: $2, nothing of it shown"
    else
        not_ok "guard: an include of $3: exit $rc, $(echo "$out" | grep -E 'error|hunter2' | head -2)"
    fi
}
reads "link.yaml" KH030 "a link out of the plan's tree"
reads "../secret.yaml" KH030 "'..'"
reads "$R/secret.yaml" KH030 "an absolute path"
reads "/proc/self/environ" KH030 "/proc/self/environ"
reads "/dev/zero" KH030 "/dev/zero, outside the tree (the policy first: s36low)"
reads "fifo.yaml" KH031 "a FIFO"
reads "sock.yaml" KH031 "a socket"
reads "dir.yaml" KH031 "a directory"
reads '"a\\0b.yaml"' KH004 "a NUL escape"
reads '"sub/\\nx.yaml"' KH001 "a line break escape"
reads "hard.yaml" KH033 "a hard link to a file that is no registry"
# F8: a registry saved with a byte order mark (Notepad's UTF-8) and a YAML
# error was "not an included file" (KH033), its error hidden: the first
# key was looked for at the file's first byte, the mark's
printf '\357\273\277units:\n  - {id: a, name: "Phòng A\n' >"$R/p/bom.yaml"
sed 's|^khgen: 1|khgen: 1\ninclude: [bom.yaml]|' "$R/ex.yaml" >"$R/p/plan.yaml"
out=$("$khgen" check "$R/p/plan.yaml" 2>&1)
echo "$out" | grep -q 'bom.yaml:2:[0-9]*: error\[KH005\]' && ! echo "$out" | grep -q 'KH033' &&
    ok "F8 a broken registry with a byte order mark: its YAML error (KH005 at its line 2), not KH033" ||
    not_ok "F8 a broken registry with a byte order mark: $(echo "$out" | grep -o 'error.*' | head -1)"
sed 's|^khgen: 1|khgen: 1\ninclude: [../secret.yaml]|' "$R/ex.yaml" >"$R/p/plan.yaml"
out=$("$khgen" check --allow-read "$R" "$R/p/plan.yaml" 2>&1)
echo "$out" | grep -q 'KH033' && ! echo "$out" | grep -q hunter2 &&
    ok "guard: --allow-read reads a file outside the tree (KH033: no registry), nothing of it shown" ||
    not_ok "guard: --allow-read and a file outside the tree: $(echo "$out" | grep -E 'error|hunter2' | head -1)"

# ---- F6: a build made the directory, failed and removed it while another
# build's unnamed temporaries were in it --------------------------------------
# (F2's removal: an unnamed file is no entry, so rmdir took the directory
# from under the other build, whose commit then failed "No such file or
# directory"; strace holds the first build at its mkdir and the second at
# its first fsync, so that the first fails and removes the directory in
# between). Now the second makes it again, and a removal waits for a
# commit's lock.
if command -v strace >/dev/null 2>&1 &&
    strace -qq -o /dev/null -e trace=getpid -e inject=getpid:delay_exit=1 true 2>/dev/null; then
    F=$work/f6
    mkdir -p "$F"
    cp "$P/a.yaml" "$F/x.yaml"
    readme_example "$F/y.yaml"
    (cd "$F" && ulimit -f 1 && exec strace -f -qq -o /dev/null -e trace=mkdir,mkdirat \
        -e inject=mkdir,mkdirat:delay_exit=1500000 "$khgen" build -o new x.yaml >"$F/x.err" 2>&1) &
    first=$!
    sleep 0.5
    (cd "$F" && strace -f -qq -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=2500000:when=1 \
        "$khgen" build -o new y.yaml >"$F/y.err" 2>&1)
    rc=$?
    wait $first
    if [ "$rc" = 0 ] && [ -f "$F/new/y.md" ] && [ -f "$F/new/y.docx" ] && [ ! -e "$F/new/x.md" ]; then
        ok "F6 a build that made -o's directory and failed leaves it to another build writing into it"
    else
        not_ok "F6 the other build into the directory: exit $rc, $(grep -o 'KH9.*' "$F/y.err" | head -1)"
    fi
else
    ok "F6 (skipped: no strace with syscall delays) a failed build's directory and another build"
fi

# ---- F7: the workbook past ulimit -f ---------------------------------------
rm -rf "$work/f7"
(ulimit -f 1; "$khgen" build -f xlsx -o "$work/f7" "$P/a.yaml" >"$work/f7.err" 2>&1)
grep -q "KH901.*a.xlsx': File too large" "$work/f7.err" && ! grep -q 'Zip generic' "$work/f7.err" &&
    ok "F7 a workbook past ulimit -f: KH901 'File too large', as the other formats say" ||
    not_ok "F7 a workbook past ulimit -f: $(grep -o 'KH901.*' "$work/f7.err" | head -1)"

# ---- F9: a template swapped for a link while it is checked ---------------
# --templates DIR's plan.md: its real path checked, then read by that path
# again; made a link out of DIR in between, the outside file was printed
# as the document. strace holds khgen at the check's stat.
if command -v strace >/dev/null 2>&1 &&
    strace -qq -o /dev/null -e trace=getpid -e inject=getpid:delay_exit=1 true 2>/dev/null; then
    F=$work/f9
    mkdir -p "$F/tpl"
    cp "$top/templates/plan.md" "$F/tpl/plan.md"
    echo 'NGOÀI THƯ MỤC {{title}}' >"$F/outside.md"
    readme_example "$F/p.yaml"
    (cd "$F" && strace -f -qq -o "$F/dry" -e trace=newfstatat,openat "$khgen" build -f md \
        --templates tpl -o out p.yaml >/dev/null 2>&1)
    real=$(cd "$F/tpl" && pwd -P)/plan.md
    K=$(awk -v r="\"$real\"" '/newfstatat\(/{n++} index($0, r) && /newfstatat\(/{print n; exit}' "$F/dry")
    rm -rf "$F/out"
    (cd "$F" && exec strace -f -qq -o /dev/null -e trace=newfstatat \
        -e inject=newfstatat:delay_exit=2000000:when="$K" "$khgen" build -f md --templates tpl \
        -o out p.yaml >"$F/err" 2>&1) &
    racer=$!
    sleep 1
    rm -f "$F/tpl/plan.md"
    ln -s ../outside.md "$F/tpl/plan.md"
    wait $racer
    if [ -n "$K" ] && ! grep -q 'NGOÀI THƯ MỤC' "$F/out/p.md" 2>/dev/null && grep -q 'KH804' "$F/err"; then
        ok "F9 --templates' plan.md made a link out while it is checked: KH804, the outside file not printed"
    else
        not_ok "F9 --templates' plan.md made a link out while it is checked (stat $K): $(grep -c 'NGOÀI THƯ MỤC' "$F/out/p.md" 2>/dev/null) lines of it printed; $(grep -o 'error.*' "$F/err" | head -1)"
    fi
else
    ok "F9 (skipped: no strace with syscall delays) a template swapped for a link while it is checked"
fi

# ---- F5: a link swapped while an include is checked ----------------------
# the include's name was looked up three times (stat, realpath, open): a
# link pointing outside at the stat, inside at the realpath and outside
# again at the open had the outside file read and printed in the document
# without a word. strace's syscall delays hold khgen at the stat's return
# and at the open while the test swaps the link (the n-th call of each is
# counted in a run with the link inside)
if command -v strace >/dev/null 2>&1 &&
    strace -qq -o /dev/null -e trace=getpid -e inject=getpid:delay_exit=1 true 2>/dev/null; then
    F=$work/f5
    mkdir -p "$F/p"
    printf 'units:\n  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}\n  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\nlevels:\n  - {id: ntm, name: nông thôn mới}\n  - {id: ntm-nc, name: nông thôn mới nâng cao}\n' >"$F/p/inside.yaml"
    sed 's/Phòng Tài chính - Kế hoạch/Phòng NGOÀI CÂY/' "$F/p/inside.yaml" >"$F/outside.yaml"
    readme_example "$F/ex.yaml"
    /usr/bin/python3 - "$F/ex.yaml" "$F/p/plan.yaml" <<'PY'
import re, sys
s = open(sys.argv[1]).read().replace("khgen: 1", "khgen: 1\ninclude: [r.yaml]", 1)
s = re.sub(r"\nunits:\n(  - .*\n)+", "\n", s)
s = re.sub(r"\nlevels:\n(  - .*\n)+", "\n", s)
open(sys.argv[2], "w").write(s)
PY
    ln -sfn inside.yaml "$F/p/r.yaml"
    (cd "$F" && strace -f -qq -o "$F/dry" -e trace=newfstatat,openat "$khgen" build -f md -o out p/plan.yaml >/dev/null 2>&1)
    K=$(awk '/newfstatat\(/{n++} /"p\/r.yaml"/ && /newfstatat\(/{print n; exit}' "$F/dry")
    M=$(awk '/openat\(/{n++} /"p\/r.yaml"/ && /openat\(/ && !/O_PATH/{print n; exit}' "$F/dry")
    rm -rf "$F/out"
    ln -sfn ../outside.yaml "$F/p/r.yaml"
    (cd "$F" && exec strace -f -qq -o /dev/null -e trace=newfstatat,openat \
        -e inject=newfstatat:delay_exit=3000000:when="$K" -e inject=openat:delay_enter=3000000:when="$M" \
        "$khgen" build -f md -o out p/plan.yaml >"$F/err" 2>&1) &
    racer=$!
    sleep 1.5
    ln -sfn inside.yaml "$F/p/r.yaml"
    sleep 3.3
    ln -sfn ../outside.yaml "$F/p/r.yaml"
    wait $racer
    if [ -n "$K" ] && [ -n "$M" ] && ! grep -q 'NGOÀI CÂY' "$F/out/plan.md" 2>/dev/null &&
        grep -q 'error\[KH001\]\|error\[KH030\]' "$F/err"; then
        ok "F5 a link swapped outside-inside-outside while an include is checked: KH001 (or KH030, the policy's look before the file's: s36low), nothing of the outside file printed"
    else
        not_ok "F5 a link swapped while an include is checked (stat $K, open $M): $(grep -c 'NGOÀI CÂY' "$F/out/plan.md" 2>/dev/null) lines of the outside file printed; $(grep -o 'error.*' "$F/err" | head -1)"
    fi
else
    ok "F5 (skipped: no strace with syscall delays) a link swapped while an include is checked"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
