#!/bin/sh
# tests/hardening/attack20.sh KHGEN WORKDIR - what the twentieth black-box
# attack found (issue 8; /tmp/s20attack/findings.md in its session):
#  F1 the Markdown of a heading, a task's title, an attachment's label,
#     title, group heading or totals label that ends (or begins) with a
#     no-break space pasted from Word, or another Unicode space (U+3000,
#     U+2003, U+202F): written inside its "**", "**I. MỤC ĐÍCH **", which
#     every Markdown reader (CommonMark: a mark next to Unicode whitespace
#     opens or closes nothing) shows as two stars and no bold, exit 0 and
#     no warning. md_trim_blanks now leaves every such blank out of the
#     marks, as the ASCII ones were; a text of such blanks only is no
#     "****" (a rule) either, and a title of a no-break space alone is
#     KH107, as a title of spaces is (yread_is_blank);
#  M2 KH169 "cited twice" at two plans of one number and kind, of other
#     years and issuers: "Kế hoạch số 03/KH-UBND" of the province (2024)
#     and of the district (2020) are two documents, since a number without
#     its year restarts every year with each issuer; and two laws of one
#     name, of 2015 and 2025. The copy its example shows (one number for a
#     QĐ and a KH) is still warned;
#  M3 KH166 at a signature naming the issuer whole, "TM. ỦY BAN NHÂN DÂN
#     XÃ ĐỒNG HƯU" under issuer [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU] ("a body that
#     is not the issuer"), where "TM. UBND" passed;
#  M4 KH263 at two units of a shared registry whose names differ by a mark,
#     two communes of one district ("UBND xã Hoa Lộc", "UBND xã Hòa Lộc"):
#     warned in every plan including the registry, and a plan's
#     `suppress: [KH263]` cannot reach a shared file (-Werror failed with no
#     way out). A unit of the plan's own file is still compared;
#  F5 `khgen diff draft.yaml imported.yaml` saying "the same document"
#     (exit 0, nothing printed) of a .docx a department sent back with a
#     remark typed into the header's table ("(Ý kiến Phòng NN: ...)" under
#     the date): import kept it as "# review: left out of the header: ..."
#     without the code that marks the notes diff compares (KH761), so the
#     one edit of that department was lost from the review;
#  M6 `khgen init --include REGISTRY` with a registry holding the
#     localities the skeleton writes ("thon-1", "thon-2": the README's
#     commune registry) wrote them again: KH200 twice, a skeleton that did
#     not check, where the registry's units and levels were left out;
#  L8 `khgen new` of a plan including a registry whose locality's target
#     year has passed: the note named it and KH262 said it again beside
#     it, where README says those warnings are left to the notes (a
#     locality of the plan's own file was not warned twice);
#  F7 `khgen diff` of two plans over 16 MiB (a plan may have 32): the
#     review notes were read again with a 16 MiB limit, so a 17 MB plan
#     with a department's text box against the same plan without it was
#     "the same document", exit 0; and git's copy of an old version over
#     16 MiB could not be read ("File too large");
#  F8 KH166's check quadratic: each "TM." line of the signature read every
#     issuer line again (a key each), so a 200 KB plan of 3,000 issuer
#     lines and 3,000 "TM." lines took 9 s of CPU (18 with M3's whole
#     name). Now the issuer's keys are read once and sorted, each "TM."
#     line a binary search;
#  F9 `khgen import` quadratic in the lines above "KẾ HOẠCH" the header has
#     no place for: each such line copied all the notes before it, so a
#     1.8 MB .txt with 20,000 remark lines above the title took a minute
#     of CPU and gigabytes, and was killed before writing anything
#     (4,000 lines: 2.5 s, 900 MB). Now gathered in one buffer;
#  F10 `khgen import` quadratic in a task's "X phụ trách Chỉ tiêu 17.1."
#     lines: each added to the `assign:` text copied the ones before, so a
#     .docx of a task with 6,000 of them took 2.4 s and 790 MB (12,000:
#     four times that). Now a list (list_add).
#
# Each case fails with the binary from before its fix.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
mkdir -p "$work/p"

# base FILE: a small finished plan; what stdin gives goes after the header
# (units, bases, include), the body's one paragraph naming unit vp
base() {
    {
        cat <<'EOF'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ ĐỒNG HƯU]
  issuer_short: UBND xã Đồng Hưu
  place: Đồng Hưu
  date: 2025-03-05
  title: Thực thi thử năm 2025
EOF
        cat
        cat <<'EOF'
body:
  - section: MỤC TIÊU
    items:
      - para: Nội dung của {unit vp}.
closing: Trên đây là Kế hoạch.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
EOF
    } >"$1"
}
# warns FILE CODE: the number of CODE warnings `khgen check FILE` gives
warns() {
    "$khgen" check --color=never "$1" 2>&1 | grep -c "warning\[$2\]"
}

# ---- F1: Unicode blanks at the ends of a bold text in the Markdown ----------
printf 'units:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/f1.yaml"
sed -i 's/  - section: MỤC TIÊU/  - section: "MỤC TIÊU\\u00a0"/
s/      - para: Nội dung của {unit vp}./      - task: "Tuyên truyền\\u3000"\n        text: Nội dung theo {att bieu01}.\n        lead: vp\n      - clause: "\\u2003Yêu cầu"\n        items:\n          - para: Nội dung./' "$work/p/f1.yaml"
cat >>"$work/p/f1.yaml" <<'EOF'
attachments:
  - id: bieu01
    label: "Biểu 01\u00a0"
    title: "Số liệu\u00a0"
    columns:
      - stt
      - {key: name, header: Thôn}
      - {key: n, header: Số, type: int, total: true}
    rows:
      - heading: "Nhóm\u00a0"
      - {name: A, n: 1}
    totals: "Tổng cộng\u202f"
EOF
"$khgen" build -f md -o "$work/o1" "$work/p/f1.yaml" >"$work/err" 2>&1 || not_ok "setup: F1's plan: $(head -c 300 "$work/err")"
# a mark beside a Unicode space inside it is literal: none may stand so
bad=$(python3 -c '
import re, sys
md = open(sys.argv[1], encoding="utf-8").read()
sp = "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
print(len(re.findall(sp + r"\*|\*" + sp, md)))' "$work/o1/f1.md" 2>&1)
if [ "$bad" = 0 ] && grep -qF '**I. MỤC TIÊU**' "$work/o1/f1.md" &&
    grep -qF '**Nhóm**' "$work/o1/f1.md" && grep -qF '**Tổng cộng**' "$work/o1/f1.md" &&
    grep -qF '**Biểu 01**' "$work/o1/f1.md" && grep -qF '**SỐ LIỆU**' "$work/o1/f1.md"; then
    ok "F1: a heading, label, title, group heading and totals label ending in a no-break space are bold in the .md, no literal '**'"
else
    not_ok "F1: $bad marks beside a Unicode space: $(grep -n '\*\*' "$work/o1/f1.md" | head -8)"
fi
if command -v cmark >/dev/null 2>&1 && [ -f "$work/o1/f1.md" ]; then
    if cmark "$work/o1/f1.md" | grep -q '\*\*'; then
        not_ok "F1: cmark shows literal stars: $(cmark "$work/o1/f1.md" | grep '\*\*' | head -3)"
    else
        ok "F1: cmark reads every bold of the .md as bold"
    fi
fi

printf 'units:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/f1b.yaml"
sed -i 's/  - section: MỤC TIÊU/  - section: "\\u00a0"\n    label: ""/' "$work/p/f1b.yaml"
"$khgen" build -f md -o "$work/o1" "$work/p/f1b.yaml" >"$work/err" 2>&1
st=$?
sed 's/  title: Thực thi thử năm 2025/  title: "\\u00a0"/' "$work/p/f1b.yaml" >"$work/p/f1c.yaml"
"$khgen" check "$work/p/f1c.yaml" >"$work/f1c.err" 2>&1
cst=$?
if [ "$st" -eq 0 ] && ! grep -q '^\*\*\*\*$' "$work/o1/f1b.md" && [ "$cst" -eq 1 ] &&
    grep -q "error\[KH107\]: 'title' of the header is empty" "$work/f1c.err"; then
    ok "F1: a heading of a no-break space alone prints no rule; a title of one is KH107"
else
    not_ok "F1: build $st, $(grep -c '^\*\*\*\*$' "$work/o1/f1b.md" 2>&1) rules; check $cst: $(head -c 200 "$work/f1c.err")"
fi

# ---- M2: one number, other years and issuers ---------------------------------
m2() { # FILE BASES...: the small plan with these legal bases
    f=$1
    shift
    printf 'units:\n  - {id: vp, name: Văn phòng}\nbases:\n' >"$work/m2-bases"
    for b in "$@"; do printf '  - %s\n' "$b" >>"$work/m2-bases"; done
    base "$f" <"$work/m2-bases"
}
m2 "$work/p/m2a.yaml" \
    '{kind: KH, number: 03/KH-UBND, date: 2024-01-11, by: UBND tỉnh, about: thực hiện năm 2024}' \
    '{kind: KH, number: 03/KH-UBND, date: 2020-12-10, by: UBND huyện, about: thực hiện giai đoạn 2021-2025}' \
    '{kind: Luật, name: Tổ chức chính quyền địa phương, date: 2015-06-19}' \
    '{kind: Luật, name: Tổ chức chính quyền địa phương, date: 2025-02-19}'
m2 "$work/p/m2b.yaml" \
    '{kind: QĐ, number: 263/QĐ-TTg, date: 2022-02-22, by: Thủ tướng Chính phủ}' \
    '{kind: KH, number: 263/qđ-ttg, date: 2024-01-11, by: UBND tỉnh}' \
    '{kind: KH, number: 03/KH-UBND, date: 2024-01-11, by: UBND tỉnh}' \
    '{kind: KH, number: 03/KH-UBND, date: 2024-01-11, by: UBND Tỉnh}' \
    '{kind: Luật, name: Tổ chức chính quyền địa phương, date: 2015-06-19}' \
    '{kind: Luật, name: Tổ chức chính quyền  địa phương, date: 2015-06-19}'
a=$(warns "$work/p/m2a.yaml" KH169)
b=$(warns "$work/p/m2b.yaml" KH169)
if [ "$a" = 0 ] && [ "$b" = 3 ]; then
    ok "M2: one number of one kind in other years and issuers, two laws of one name and other years: not warned; copies are"
else
    not_ok "M2: $a KH169 for two documents (0 wanted), $b for three copies (3): $("$khgen" check "$work/p/m2a.yaml" 2>&1 | grep KH169 | head -3)"
fi

# ---- M3: "TM." and the issuer named whole -----------------------------------
printf 'units:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/m3.yaml"
sed 's/lines: \[TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH\]/lines: [TM. ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯU, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]/' \
    "$work/p/m3.yaml" >"$work/p/m3a.yaml"
sed 's/lines: \[TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH\]/lines: [TM. UBND XÃ ĐỒNG HƯU, CHỦ TỊCH]/' \
    "$work/p/m3.yaml" >"$work/p/m3b.yaml"
sed 's/lines: \[TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH\]/lines: [TM. ỦY BAN NHÂN DÂN XÃ TÂN HIỆP, CHỦ TỊCH]/' \
    "$work/p/m3.yaml" >"$work/p/m3c.yaml"
a=$(warns "$work/p/m3a.yaml" KH166)
b=$(warns "$work/p/m3b.yaml" KH166)
c=$(warns "$work/p/m3c.yaml" KH166)
if [ "$a" = 0 ] && [ "$b" = 0 ] && [ "$c" = 1 ]; then
    ok "M3: 'TM.' naming the issuer's lines as one is the issuer; another commune is not"
else
    not_ok "M3: KH166 $a, $b for the issuer named whole (0 wanted), $c for another (1)"
fi

# ---- M4: two communes of a shared registry ------------------------------------
mkdir -p "$work/p/m4"
cat >"$work/p/m4/registry.yaml" <<'EOF'
units:
  - {id: vp, name: Văn phòng}
  - {id: x1, name: UBND xã Hoa Lộc}
  - {id: x2, name: UBND xã Hòa Lộc}
EOF
printf 'include: [registry.yaml]\nsuppress: [KH263]\n' | base "$work/p/m4/a.yaml"
sed -i 's/Nội dung của {unit vp}./Nội dung của {unit vp}, {unit x1} và {unit x2}./' "$work/p/m4/a.yaml"
printf 'include: [registry.yaml]\nunits:\n  - {id: x3, name: UBND xã Hòa Lôc}\n' | base "$work/p/m4/b.yaml"
sed -i 's/Nội dung của {unit vp}./Nội dung của {unit vp}, {unit x1}, {unit x2} và {unit x3}./' "$work/p/m4/b.yaml"
"$khgen" check -Werror "$work/p/m4/a.yaml" >"$work/m4a.out" 2>&1
st=$?
b=$(warns "$work/p/m4/b.yaml" KH263)
if [ "$st" = 0 ] && [ "$b" = 1 ]; then
    ok "M4: two units of a shared registry a mark apart are not warned; the plan's own misspelt copy is"
else
    not_ok "M4: check -Werror $st: $(head -c 300 "$work/m4a.out"); own copy: $b KH263 (1 wanted)"
fi

# ---- F5: a remark typed into the header's table of a .docx sent back -------
printf 'units:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/f5.yaml"
"$khgen" build -f docx -o "$work/o5" "$work/p/f5.yaml" >"$work/err" 2>&1 || not_ok "setup: F5's plan: $(head -c 300 "$work/err")"
python3 - "$work/o5/f5.docx" "$work/p/f5-edited.docx" <<'EOF'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
    for item in z.infolist():
        data = z.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode("utf-8")
            at = xml.index("</w:p>", xml.index("KHPlaceDate")) + len("</w:p>")
            xml = (xml[:at] + '<w:p><w:r><w:t xml:space="preserve">(Ý kiến Phòng NN: '
                   'đề nghị lùi thời hạn)</w:t></w:r></w:p>' + xml[at:])
            data = xml.encode("utf-8")
        out.writestr(item, data)
EOF
"$khgen" import "$work/p/f5-edited.docx" -o "$work/p/f5-edited.yaml" >"$work/err" 2>&1
"$khgen" diff --no-color "$work/p/f5.yaml" "$work/p/f5-edited.yaml" >"$work/f5.diff" 2>&1
st=$?
if [ "$st" -eq 1 ] && grep -qF 'Ghi chú # review' "$work/f5.diff" &&
    grep -qF '(Ý kiến Phòng NN: đề nghị lùi thời hạn)' "$work/f5.diff"; then
    ok "F5: a remark typed under the header's date of a .docx sent back shows in diff, exit 1"
else
    not_ok "F5: diff status $st: $(head -c 400 "$work/f5.diff"); import: $(head -c 300 "$work/err")"
fi

# ---- M6: init --include and the registry's localities ------------------------
mkdir -p "$work/p/m6/chung"
cat >"$work/p/m6/chung/registry.yaml" <<'EOF'
units:
  - {id: vp, name: Văn phòng - Thống kê xã}
localities:
  - {id: thon-1, name: "Thôn 1", kind: thôn, target: ntm, target_year: 2025}
  - {id: thon-2, name: "Thôn 2", kind: thôn, status: ntm, target: ntm-nc, target_year: 2025}
EOF
(cd "$work/p/m6" && "$khgen" init --level xa --year 2025 --include chung/registry.yaml -o a.yaml "Đồng Hưu") >"$work/m6.out" 2>&1
"$khgen" check --allow-read "$work/p/m6/chung" "$work/p/m6/a.yaml" >"$work/m6.err" 2>&1
st=$?
if [ "$st" -eq 0 ] && [ ! -s "$work/m6.err" ] && ! grep -q '^localities:' "$work/p/m6/a.yaml" &&
    grep -qF '{count localities target=ntm target_year=year}' "$work/p/m6/a.yaml" &&
    grep -qF 'thôn đạt chuẩn nông thôn mới,' "$work/p/m6/a.yaml"; then # (the registry's kinds named since s54cycle I4)
    ok "M6: init --include leaves out the localities the registry holds; the skeleton checks clean"
else
    not_ok "M6: check $st: $(head -c 300 "$work/m6.err")"
fi

# ---- L8: new, a registry's target year passed: the note, not KH262 too ---------
sed 's/target_year: 2025}/target_year: 2024}/' "$work/p/m6/chung/registry.yaml" >"$work/p/m6/chung/r24.yaml"
sed 's|chung/registry.yaml|chung/r24.yaml|; s/2025/2024/g' "$work/p/m6/a.yaml" >"$work/p/m6/b.yaml"
"$khgen" new --allow-read "$work/p/m6/chung" --from "$work/p/m6/b.yaml" --year 2025 \
    -o "$work/p/m6/c.yaml" >"$work/l8.out" 2>"$work/l8.err"
st=$?
if [ "$st" -eq 0 ] && [ "$(grep -c "note: locality 'thon-[12]' aimed at" "$work/l8.out")" = 2 ] &&
    ! grep -q 'KH262' "$work/l8.err"; then
    ok "L8: new notes a registry's passed target year once, without KH262 beside it"
else
    not_ok "L8: new $st: $(head -c 300 "$work/l8.out") / $(head -c 300 "$work/l8.err")"
fi

# ---- F7: diff's review notes of a plan over 16 MiB ------------------------------
# 4,000 paragraphs of 4.4 KB each: 17.6 MB, few nodes
printf 'units:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/f7.yaml"
awk '{ print } /^      - para: Nội dung của \{unit vp\}\.$/ {
    w = "Nội dung đoạn văn dài của kế hoạch để tệp lớn hơn mười sáu MiB. ";
    s = ""; for (i = 0; i < 64; i++) s = s w;
    for (i = 0; i < 4000; i++) printf "      - para: %d %s\n", i, s }' "$work/p/f7.yaml" >"$work/p/f7a.yaml"
sed 's/^header:$/# review: a text box: Dự thảo lần 2 [KH759]\nheader:/' "$work/p/f7a.yaml" >"$work/p/f7b.yaml"
"$khgen" diff --no-color "$work/p/f7a.yaml" "$work/p/f7b.yaml" >"$work/f7.diff" 2>&1
st=$?
# git's external driver: the old version a temporary copy (7 arguments)
cp "$work/p/f7a.yaml" "$work/p/f7-old-copy"
"$khgen" diff f7b.yaml "$work/p/f7-old-copy" 0000000 100644 "$work/p/f7b.yaml" 1111111 100644 \
    >"$work/f7g.diff" 2>&1
gst=$?
if [ "$st" -eq 1 ] && grep -qF '{+a text box: Dự thảo lần 2+}' "$work/f7.diff" &&
    [ "$gst" -eq 0 ] && grep -qF 'Dự thảo lần 2' "$work/f7g.diff"; then
    ok "F7: diff of two 17 MB plans shows the text box one has, also as git's driver"
else
    not_ok "F7: diff $st: $(head -c 300 "$work/f7.diff"); as git's driver $gst: $(head -c 300 "$work/f7g.diff")"
fi
rm -f "$work/p/f7a.yaml" "$work/p/f7b.yaml" "$work/p/f7-old-copy"

# ---- F8: KH166 linear in the signature's and the issuer's lines -------------------
printf 'units:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/f8.yaml"
awk '/^  issuer: / { print "  issuer:"; for (i = 0; i < 3000; i++) printf "    - ỦY BAN NHÂN DÂN SỐ %d\n", i; next }
     /^  lines: / { print "  lines:"; for (i = 0; i < 3000; i++) printf "    - TM. ỦY BAN NHÂN DÂN SỐ %dX\n", i; next }
     { print }' "$work/p/f8.yaml" >"$work/p/f8b.yaml"
timed_case "F8: check of 3,000 issuer lines and 3,000 'TM.' lines" "$timed" check "$work/p/f8b.yaml"

# ---- F9: import, many lines above the title --------------------------------------
awk 'BEGIN { for (i = 0; i < 8000; i++)
        printf "dòng ghi chú số %d của phòng ban gửi lại góp ý cho dự thảo kế hoạch\n\n", i }' \
    >"$work/p/f9.txt"
cat tests/seeds/yen-the-2024.txt >>"$work/p/f9.txt"
timed_case "F9: import of a .txt with 8,000 lines above the title" "$timed" import "$work/p/f9.txt" -o "$work/p/f9.yaml" --force
if [ "$(grep -c '^  # review: left out of the header: dòng ghi chú số .* \[KH761\]$' "$work/p/f9.yaml" 2>/dev/null)" = 8000 ]; then
    ok "F9: the 8,000 lines are kept, one review note each"
else
    not_ok "F9: $(grep -c 'left out of the header' "$work/p/f9.yaml" 2>&1) notes"
fi

# ---- F10: import, a task's many assignment lines ---------------------------------
printf 'import: [qd318-xa-ntm]\nunits:\n  - {id: vp, name: Văn phòng}\n' | base "$work/p/f10.yaml"
awk '/^units:$/ { print; for (i = 0; i < 6000; i++) printf "  - {id: u%d, name: Phòng số %d}\n", i, i; next }
     /^      - para: Nội dung của \{unit vp\}\.$/ { print "      - task: Thực hiện tiêu chí";
         print "        text: Nội dung."; print "        lead: vp"; print "        criteria: [17]";
         print "        assign:"; for (i = 0; i < 6000; i++) printf "          - {unit: u%d, indicators: [17.1]}\n", i; next }
     { print }' "$work/p/f10.yaml" >"$work/p/f10b.yaml"
"$khgen" build -f docx -o "$work/o10" "$work/p/f10b.yaml" >"$work/err" 2>&1 || not_ok "setup: F10's plan: $(head -c 300 "$work/err")"
timed_case "F10: import of a .docx whose task has 6,000 assignment lines" "$timed" import "$work/o10/f10b.docx" -o "$work/p/f10c.yaml" --force
if [ "$(grep -c '^ *- {unit: phong-so-[0-9]*, indicators: \["17\.1"\]}$' "$work/p/f10c.yaml" 2>/dev/null)" = 6000 ]; then
    ok "F10: the 6,000 assignments come back"
else
    not_ok "F10: $(grep -c 'indicators' "$work/p/f10c.yaml" 2>&1) assignments"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
