#!/bin/sh
# tests/hardening/user18.sh KHGEN WORKDIR - what session 18's user found
# (issue 8: the IT officer of a district's Phòng Nội vụ, LANG=vi_VN.UTF-8,
# who sets khgen up for the district's communes: their plans in one git
# repository, one directory per commune, sharing the district's registry
# chung/registry.yaml, a CI job and a pre-commit hook; from the README and
# the man pages only; /tmp/s18user/findings.md in its session):
#
#  F1 the README's layout for a shared registry (plans one directory per
#     commune including ../chung/registry.yaml, built with --allow-read)
#     left `khgen new` and `khgen diff` without it: KH030 says "run with
#     --allow-read DIR", and both answered "unexpected argument
#     '--allow-read'" (exit 2), so next year's plan could not be made and
#     `git diff` printed KH030 instead of the document diff; both take it
#     now, and git's driver takes it before git's seven arguments;
#  F2 a plan whose file name a Mac or an archive wrote in NFD wrote its
#     outputs under that NFD name, and beside its NFC twin built into the
#     same -o, two sets whose names print alike ("Kế hoạch năm
#     2026.docx" twice in a listing): outputs are named in NFC, and the
#     twins are one name, refused as two plans of one name are;
#  F3 KH025 told a .docx committed in a commune's directory to run
#     `khgen import xa/dong-huu/ke-hoach.docx -o 'ke-hoach.yaml'`, which
#     writes the plan in the directory khgen runs from (the top of the
#     repository), not beside the document: now -o names the document's
#     directory;
#  F4 the README said nothing of a repository of many communes' plans, a
#     CI script or a pre-commit hook: it shows them now, and this suite
#     runs them as the README writes them (a plan with an error, a .docx
#     committed for a plan and a unit renamed in the shared registry
#     fail, and a plan whose fix is not staged; the plans build in one
#     command).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C
export GIT_AUTHOR_NAME=khgen GIT_AUTHOR_EMAIL=khgen@localhost
export GIT_COMMITTER_NAME=khgen GIT_COMMITTER_EMAIL=khgen@localhost
export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
mkdir -p "$HOME" "$work/bin"
ln -sf "$khgen" "$work/bin/khgen" # the README's scripts call khgen by name
PATH="$work/bin:$PATH"

# a repository as the README lays it out: chung/registry.yaml, one
# directory per commune, each plan made by init and given the include
repo="$work/repo"
mkdir -p "$repo/chung"
cat >"$repo/chung/registry.yaml" <<'EOF'
import: [qd318-xa-ntm]
levels:
  - {id: ntm, name: nông thôn mới}
  - {id: ntm-nc, name: nông thôn mới nâng cao}
units:
  - {id: pnv, name: Sở Nội vụ}
EOF
commune() { # DIR NAME: init's plan of NAME in xa/DIR, including the registry
    mkdir -p "$repo/xa/$1"
    (cd "$repo" && "$khgen" init --level xa --year 2026 "Xã $2" -o "xa/$1/xa-$1-2026.yaml") \
        >/dev/null 2>&1
    awk '/^import: / { print "include: [../../chung/registry.yaml]"; next }
         /^levels:/ { skip = 1; next } skip && /^  -/ { next } { skip = 0; print }' \
        "$repo/xa/$1/xa-$1-2026.yaml" >"$work/plan.tmp" &&
        sed 's/support: \[vp\]/support: [vp, pnv]/' "$work/plan.tmp" >"$repo/xa/$1/xa-$1-2026.yaml"
}
commune dong-huu "Đồng Hưu"
commune dong-tam "Đồng Tâm"
commune tan-hiep "Tân Hiệp"
if (cd "$repo" && "$khgen" check --allow-read chung -Werror xa/*/*.yaml) >"$work/out" 2>&1; then
    ok "setup: three communes' plans include chung/registry.yaml and check (--allow-read chung)"
else
    not_ok "setup: the communes' plans do not check: $(head -c 400 "$work/out")"
fi
(cd "$repo" && git init -q . && git add -A && git commit -qm "kế hoạch 2026") ||
    not_ok "setup: git commit failed"

# ---- F1: new and diff take --allow-read ---------------------------------------
(cd "$repo" && "$khgen" new --allow-read chung --from xa/dong-huu/xa-dong-huu-2026.yaml \
    --year 2027) >"$work/out" 2>"$work/err"
status=$?
if [ $status -eq 0 ] && grep -q 'date: 2027-01' "$repo/xa/dong-huu/xa-dong-huu-2027.yaml" 2>/dev/null &&
    grep -q 'include: \[../../chung/registry.yaml\]' "$repo/xa/dong-huu/xa-dong-huu-2027.yaml"; then
    ok "F1: khgen new --allow-read chung makes next year's plan of a commune (exit 0)"
else
    not_ok "F1: khgen new --allow-read: status $status: $(head -c 300 "$work/err")"
fi
rm -f "$repo/xa/dong-huu/xa-dong-huu-2027.yaml"
# without it, KH030 (the plan is refused, as before: the option is the fix it names)
(cd "$repo" && "$khgen" new --from xa/dong-huu/xa-dong-huu-2026.yaml --year 2027) \
    >"$work/out" 2>"$work/err"
status=$?
if [ $status -ne 0 ] && grep -q 'KH030.*--allow-read' "$work/err" &&
    [ ! -e "$repo/xa/dong-huu/xa-dong-huu-2027.yaml" ]; then
    ok "F1: khgen new without --allow-read: KH030, which names --allow-read, nothing written"
else
    not_ok "F1: khgen new without --allow-read: status $status: $(head -c 300 "$work/err")"
fi

# a directory that is not there, or none given: a usage error, as build's
"$khgen" new --allow-read "$work/nowhere" --from "$repo/xa/dong-huu/xa-dong-huu-2026.yaml" \
    --year 2027 >/dev/null 2>"$work/err1"
s1=$?
"$khgen" diff "$repo/xa/dong-huu/xa-dong-huu-2026.yaml" "$repo/xa/dong-tam/xa-dong-tam-2026.yaml" \
    --allow-read >/dev/null 2>"$work/err2"
s2=$?
if [ $s1 -eq 2 ] && grep -q "cannot use '.*nowhere' for --allow-read" "$work/err1" &&
    [ $s2 -eq 2 ] && grep -q "option '--allow-read' needs a directory" "$work/err2"; then
    ok "F1: new --allow-read of a missing directory, diff ... --allow-read without one: usage errors"
else
    not_ok "F1: --allow-read's usage errors: $s1 $s2 $(head -c 200 "$work/err1" "$work/err2")"
fi
sed 's/Đẩy mạnh tuyên truyền/Tăng cường tuyên truyền/' "$repo/xa/dong-huu/xa-dong-huu-2026.yaml" \
    >"$work/new.yaml" && cp "$work/new.yaml" "$repo/xa/dong-huu/xa-dong-huu-2026.yaml"
(cd "$repo" && git show HEAD:xa/dong-huu/xa-dong-huu-2026.yaml >xa/dong-huu/old.yaml &&
    "$khgen" diff --allow-read chung xa/dong-huu/old.yaml xa/dong-huu/xa-dong-huu-2026.yaml) \
    >"$work/out" 2>"$work/err"
status=$?
rm -f "$repo/xa/dong-huu/old.yaml"
if [ $status -eq 1 ] && grep -qF '[-Đẩy mạnh-]{+Tăng cường+}' "$work/out"; then
    ok "F1: khgen diff --allow-read chung compares two versions of a commune's plan (exit 1)"
else
    not_ok "F1: khgen diff --allow-read: status $status: $(head -c 300 "$work/err" "$work/out")"
fi

# git's driver, configured with the option: git passes its seven arguments after it
printf '*.yaml diff=khgen\nchung/*.yaml diff\n' >"$repo/.gitattributes"
(cd "$repo" && git config diff.khgen.command "khgen diff --allow-read chung" &&
    git diff -- xa/dong-huu) >"$work/out" 2>"$work/err"
status=$?
if [ $status -eq 0 ] && grep -qF '[-Đẩy mạnh-]{+Tăng cường+}' "$work/out" && ! grep -q KH030 "$work/err"; then
    ok "F1: git diff with diff.khgen.command \"khgen diff --allow-read chung\" shows the document diff"
else
    not_ok "F1: git diff through the driver: status $status: $(head -c 300 "$work/err" "$work/out")"
fi
# from a commune's directory too (git runs the driver from the top)
(cd "$repo/xa/dong-huu" && git diff .) >"$work/out" 2>"$work/err"
if grep -qF '[-Đẩy mạnh-]{+Tăng cường+}' "$work/out"; then
    ok "F1: ... and from the commune's own directory"
else
    not_ok "F1: git diff from xa/dong-huu: $(head -c 300 "$work/err" "$work/out")"
fi
(cd "$repo" && git checkout -q -- xa && rm -f .gitattributes)

# ---- F2: outputs named in NFC ----------------------------------------------------
nfc="Kế hoạch năm 2026"
nfd=$(printf '%s' "$nfc" | python3 -c 'import sys, unicodedata; print(unicodedata.normalize("NFD", sys.stdin.read()), end="")')
mkdir -p "$work/f2/mac" "$work/f2/win"
cp "$repo/xa/tan-hiep/xa-tan-hiep-2026.yaml" "$work/f2/mac/$nfd.yaml"
cp "$repo/xa/tan-hiep/xa-tan-hiep-2026.yaml" "$work/f2/win/$nfc.yaml"
cp -r "$repo/chung" "$work/f2/chung"
sed -i 's#\.\./\.\./chung#../chung#' "$work/f2/mac/$nfd.yaml" "$work/f2/win/$nfc.yaml"
"$khgen" build --allow-read "$work/f2/chung" -f md,docx -o "$work/f2/out" "$work/f2/mac/$nfd.yaml" \
    >"$work/out" 2>&1
status=$?
if [ $status -eq 0 ] && [ -f "$work/f2/out/$nfc.md" ] && [ -f "$work/f2/out/$nfc.docx" ] &&
    [ ! -e "$work/f2/out/$nfd.md" ]; then
    ok "F2: a plan named in NFD writes its outputs under the NFC name"
else
    not_ok "F2: NFD plan: status $status, outputs: $(ls "$work/f2/out" 2>&1 | od -c | head -3)"
fi
rm -rf "$work/f2/out"
"$khgen" build --allow-read "$work/f2/chung" -o "$work/f2/out" "$work/f2/mac/$nfd.yaml" \
    "$work/f2/win/$nfc.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ $status -eq 2 ] && grep -q 'would both write' "$work/err" && [ ! -e "$work/f2/out" ]; then
    ok "F2: an NFD and an NFC plan of one name into one -o: refused (exit 2), nothing written"
else
    not_ok "F2: NFD and NFC twins: status $status, $(ls "$work/f2/out" 2>&1 | wc -l) outputs"
fi

# ---- F3: KH025's import command writes the plan beside the document -------------
cp tests/diag/fe-word-document.yaml "$repo/xa/dong-tam/ke-hoach.docx"
(cd "$repo" && "$khgen" check xa/dong-tam/ke-hoach.docx) >"$work/out" 2>"$work/err"
status=$?
if [ $status -eq 1 ] &&
    grep -qF "khgen import 'xa/dong-tam/ke-hoach.docx' -o 'xa/dong-tam/ke-hoach.yaml'" "$work/err"; then
    ok "F3: KH025 tells a commune's .docx to import into its own directory"
else
    not_ok "F3: KH025's command: $(head -c 400 "$work/err")"
fi
rm -f "$repo/xa/dong-tam/ke-hoach.docx"

# ---- F4: the README's CI script and pre-commit hook, as written ----------------
readme="README.md doc/*.md" # the scripts are in doc/cycle.md since s43readme
awk '/^    # ci\.sh - / { f = 1; print "    #!/bin/sh" } f && /^$/ { exit } f' $readme |
    sed 's/^    //' >"$repo/ci.sh"
awk '/^    # \.git\/hooks\/pre-commit/ { f = 1; print "    #!/bin/sh" } f && /^$/ { exit } f' $readme |
    sed 's/^    //' >"$repo/.git/hooks/pre-commit"
chmod +x "$repo/.git/hooks/pre-commit"
if grep -q 'khgen check' "$repo/ci.sh" && grep -q 'khgen build' "$repo/ci.sh" &&
    grep -q 'khgen check' "$repo/.git/hooks/pre-commit"; then
    ok "F4: the README shows a CI script (ci.sh) and a pre-commit hook"
else
    not_ok "F4: README's ci.sh or pre-commit hook not found"
fi
(cd "$repo" && LANG=vi_VN.UTF-8 sh ci.sh) >"$work/out" 2>"$work/err"
status=$?
if [ $status -eq 0 ] && [ -f "$repo/out/xa-dong-huu-2026.docx" ] && [ -f "$repo/out/xa-tan-hiep-2026.md" ] &&
    [ ! -s "$repo/diagnostics.json" ]; then
    ok "F4: README's ci.sh checks the clean repository and builds every plan into out/ (exit 0)"
else
    not_ok "F4: ci.sh on a clean repository: status $status: $(head -c 300 "$work/err")"
fi
rm -rf "$repo/out" "$repo/diagnostics.json"
# a commune commits her Word file instead of the plan
(cd "$repo" && git rm -q xa/tan-hiep/xa-tan-hiep-2026.yaml)
mkdir -p "$repo/xa/tan-hiep" && cp tests/diag/fe-word-document.yaml "$repo/xa/tan-hiep/ke-hoach 2026.docx"
(cd "$repo" && LANG=vi_VN.UTF-8 sh ci.sh) >"$work/out" 2>"$work/err"
status=$?
if [ $status -ne 0 ] && grep -q '"code": "KH025"' "$repo/diagnostics.json" &&
    grep -q 'là văn bản Word' "$repo/diagnostics.json" && [ ! -e "$repo/out" ]; then
    ok "F4: ci.sh fails on a .docx committed instead of the plan (KH025 in diagnostics.json, in Vietnamese)"
else
    not_ok "F4: ci.sh with a .docx: status $status: $(head -c 300 "$repo/diagnostics.json" 2>&1)"
fi
# the hook refuses that commit, and accepts the plan back
(cd "$repo" && git add -A && git commit -qm docx) >"$work/out" 2>&1
status=$?
if [ $status -ne 0 ] && grep -q 'KH025' "$work/out"; then
    ok "F4: the pre-commit hook refuses the commit of the .docx (KH025)"
else
    not_ok "F4: pre-commit with a .docx: status $status: $(head -c 300 "$work/out")"
fi
(cd "$repo" && git rm -q --cached "xa/tan-hiep/ke-hoach 2026.docx" && rm "xa/tan-hiep/ke-hoach 2026.docx" &&
    git checkout -q HEAD -- xa/tan-hiep)
sed 's/lead: mttq/lead: mtq/' "$repo/xa/dong-tam/xa-dong-tam-2026.yaml" >"$work/plan.tmp" &&
    cp "$work/plan.tmp" "$repo/xa/dong-tam/xa-dong-tam-2026.yaml"
(cd "$repo" && git add -A && git commit -qm typo) >"$work/out" 2>&1
status=$?
if [ $status -ne 0 ] && grep -q 'xa-dong-tam-2026.yaml:[0-9]*:[0-9]*: error\[KH202\]' "$work/out"; then
    ok "F4: the pre-commit hook refuses a plan with an error, at its line (KH202)"
else
    not_ok "F4: pre-commit with an unknown unit: status $status: $(head -c 300 "$work/out")"
fi
# fixed in the working tree but not added again: the commit would hold
# the staged error, and the hook checks what the commit holds
(cd "$repo" && git show HEAD:xa/dong-tam/xa-dong-tam-2026.yaml >xa/dong-tam/xa-dong-tam-2026.yaml &&
    git commit -qm typo) >"$work/out" 2>&1
status=$?
if [ $status -ne 0 ] && grep -q '^xa/dong-tam/xa-dong-tam-2026.yaml:[0-9]*:[0-9]*: error\[KH202\]' "$work/out"; then
    ok "F4: the hook checks the staged plan, not the working tree's fixed copy (refused, named as in the repository)"
else
    not_ok "F4: pre-commit with the fix not added: status $status: $(head -c 300 "$work/out")"
fi
(cd "$repo" && git checkout -q HEAD -- xa && git commit -qm nothing --allow-empty)
# a unit renamed in the shared registry: every plan that names it, before the commit
sed 's/id: pnv/id: noi-vu/' "$repo/chung/registry.yaml" >"$work/reg.tmp" &&
    cp "$work/reg.tmp" "$repo/chung/registry.yaml"
(cd "$repo" && git add -A && git commit -qm rename) >"$work/out" 2>&1
status=$?
if [ $status -ne 0 ] && [ "$(grep -c "error\[KH202\]: unknown unit 'pnv'" "$work/out")" -eq 3 ]; then
    ok "F4: the hook refuses a shared unit renamed: KH202 in each of the three plans"
else
    not_ok "F4: pre-commit of a renamed unit: status $status: $(head -c 300 "$work/out")"
fi
(cd "$repo" && git checkout -q HEAD -- chung)
# a good change commits
sed 's/Đẩy mạnh tuyên truyền/Tăng cường tuyên truyền/' "$repo/xa/dong-huu/xa-dong-huu-2026.yaml" \
    >"$work/plan.tmp" && cp "$work/plan.tmp" "$repo/xa/dong-huu/xa-dong-huu-2026.yaml"
if (cd "$repo" && git add -A && git commit -qm sua) >"$work/out" 2>&1; then
    ok "F4: the pre-commit hook lets a plan that checks be committed"
else
    not_ok "F4: pre-commit of a good plan: $(head -c 300 "$work/out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
