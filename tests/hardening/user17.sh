#!/bin/sh
# tests/hardening/user17.sh KHGEN WORKDIR - what session 17's user found
# (issue 8's spirit: a chuyên viên of a commune's Văn phòng HĐND và UBND,
# LANG=vi_VN.UTF-8, who makes next year's plan from this year's Word file,
# circulates the draft to three departments, takes their edited Word files
# back and files the PDF, from README, --help and the man pages only;
# /tmp/s17user/findings.md in its session):
#
#  F1 a Word file given where a plan is read (`khgen check`, `diff`, `new
#     --from`: the natural first try with a .docx in hand) was "control
#     character U+0003" at 1:3 with the zip's bytes printed under it, a
#     PDF "invalid UTF-8": now KH025, which names the document's kind and,
#     for a .docx, the `khgen import` command that makes a plan of it (and
#     `khgen diff` of two says so of both: it stopped at the first);
#  F2 import read "+ Đơn vị thực hiện: A phối hợp với B." as lead and
#     support and dropped the full stop, so the plan printed "... phối hợp
#     với B" where the document read "B.", exit 0: the stop is now the
#     task's lead_note, printed after the support;
#  F3 `khgen new` noted every old year of the text but a legal basis about
#     the old year ("Kế hoạch số 15/KH-UBND ... năm 2026", last year's
#     plan of the district), which the new plan went on citing: now a note
#     at that year.
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# messages in English but where a case sets LANG=vi_VN.UTF-8
unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C

# ---- F1: a document given for a plan ----------------------------------------
# a Word document: the corpus's small .docx, under its own extension
cp tests/diag/fe-word-document.yaml "$work/du-thao.docx"
cp tests/diag/fe-word-document.yaml "$work/gop-y.docx"
"$khgen" check "$work/du-thao.docx" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q "error\[KH025\]: .*Word document (.docx).*khgen import '$work/du-thao.docx' -o '$work/du-thao.yaml'" "$work/err" &&
    ! grep -q 'KH004\|U+0003\|PK' "$work/err"; then
    ok "F1: check of a .docx is KH025 with the import command, no binary line"
else
    not_ok "F1: check of a .docx: status $status: $(head -c 400 "$work/err")"
fi
"$khgen" diff "$work/du-thao.docx" "$work/gop-y.docx" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 3 ] && grep -q "du-thao.docx: error\[KH025\]" "$work/err" &&
    grep -q "gop-y.docx: error\[KH025\]" "$work/err" && ! grep -q 'KH004' "$work/err" &&
    [ ! -s "$work/out" ]; then
    ok "F1: diff of two .docx is KH025 for each of them, status 3"
else
    not_ok "F1: diff of two .docx: status $status: $(head -c 400 "$work/err")"
fi
"$khgen" new --from "$work/du-thao.docx" --year 2027 -o "$work/n.yaml" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -ne 0 ] && grep -q 'error\[KH025\]' "$work/err" && [ ! -e "$work/n.yaml" ]; then
    ok "F1: new --from a .docx is KH025, nothing written"
else
    not_ok "F1: new --from a .docx: status $status: $(head -c 400 "$work/err")"
fi
# a PDF, the signed copy (it was "invalid UTF-8 (byte 0x..)")
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' >"$work/da-ky.pdf"
"$khgen" check "$work/da-ky.pdf" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q "error\[KH025\]: .* is a PDF, not a plan" "$work/err" &&
    ! grep -q 'KH003' "$work/err"; then
    ok "F1: check of a PDF is KH025"
else
    not_ok "F1: check of a PDF: status $status: $(head -c 400 "$work/err")"
fi
# the Vietnamese message
LANG=vi_VN.UTF-8 "$khgen" check "$work/du-thao.docx" >"$work/out" 2>"$work/err"
if grep -q "error\[KH025\]: '.*du-thao.docx' là văn bản Word (.docx), không phải tệp nguồn kế hoạch" "$work/err"; then
    ok "F1: KH025 in Vietnamese"
else
    not_ok "F1: KH025 in Vietnamese: $(head -c 400 "$work/err")"
fi

# ---- F2 and F3: a commune's plan copied out of Word ------------------------
cat >"$work/kh.txt" <<'EOF'
ỦY BAN NHÂN DÂN
XÃ ĐỒNG HƯU

Số:     /KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đồng Hưu, ngày 08 tháng 01 năm 2026

KẾ HOẠCH
Phát triển hạ tầng năm 2026

Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;

Căn cứ Kế hoạch số 15/KH-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện Yên Thế về thực hiện Chương trình xây dựng nông thôn mới năm 2026;

Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. NHIỆM VỤ

1. Phát triển hạ tầng

- Cứng hóa 2,5 km đường trục thôn.

+ Đơn vị thực hiện: Ban Quản lý dự án xã phối hợp với Công chức Địa chính - Xây dựng.

+ Thời gian thực hiện: Quý III/2026.

Trên đây là Kế hoạch của UBND xã./.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hùng
EOF
if "$khgen" import "$work/kh.txt" -o "$work/kh.yaml" 2>"$work/err" &&
    "$khgen" build -f md -o - "$work/kh.yaml" >"$work/kh.md" 2>>"$work/err"; then
    if grep -q '^  + Đơn vị thực hiện: Ban Quản lý dự án xã phối hợp với Công chức Địa chính - Xây dựng\.$' "$work/kh.md" &&
        grep -q 'support: \[cong-chuc-dia-chinh-xay-dung\]' "$work/kh.yaml"; then
        ok "F2: the full stop after 'phối hợp với ...' is kept, the support read"
    else
        not_ok "F2: the task line printed: $(grep 'Đơn vị thực hiện' "$work/kh.md")"
    fi
else
    not_ok "F2: import or build failed: $(head -c 400 "$work/err")"
fi

if "$khgen" new --from "$work/kh.yaml" --year 2027 -o "$work/kh27.yaml" >"$work/out" 2>"$work/err"; then
    # the note points at the year in the basis's line of the new plan
    line=$(grep -n 'about: về thực hiện Chương trình xây dựng nông thôn mới năm 2026' "$work/kh27.yaml" | cut -d: -f1)
    if [ -n "$line" ] &&
        grep -q "kh27.yaml:$line:[0-9]*: note: legal basis 2 is about the year 2026: \".*nông thôn mới năm 2026\"" "$work/out" &&
        ! grep -q 'legal basis 1 ' "$work/out" && ! grep -q '2025' "$work/out"; then
        ok "F3: new notes the basis about the old year, not the law named with a year"
    else
        not_ok "F3: new's notes: $(cat "$work/out")"
    fi
    LANG=vi_VN.UTF-8 "$khgen" new --from "$work/kh.yaml" --year 2027 -o "$work/kh27.yaml" --force >"$work/out" 2>"$work/err"
    if grep -q 'note: căn cứ thứ 2 nói về năm 2026' "$work/out"; then
        ok "F3: the note in Vietnamese"
    else
        not_ok "F3: the note in Vietnamese: $(cat "$work/out")"
    fi
else
    not_ok "F3: new failed: $(head -c 400 "$work/err")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
