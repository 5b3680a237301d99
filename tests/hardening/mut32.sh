#!/bin/sh
# tests/hardening/mut32.sh KHGEN WORKDIR - the cases session 32's mutation
# sweep of session 31's code (tools/mutants.py run --since 3e2bef8d)
# showed missing (issue 8): each case names the mutant it kills (file,
# line's rule and the change), and fails with that mutant's binary. A
# mutant that survived the session-31 suites and the suites of its area
# either changed behaviour no case pinned (a case here) or was equivalent
# (said in the report, not here).
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/m"

# body NAME: the body of NAME.yaml on one line
body() { sed -n '/^body:/,/^signature:/p' "$work/m/$1.yaml" | tr '\n' '/' | head -c 700; }

# txt_plan: a plain-text plan around stdin (its section I's text)
txt_plan() {
    printf 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
    printf 'Độc lập - Tự do - Hạnh phúc\n\nĐồng Hưu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\nRà soát hộ nghèo\n\n'
    printf 'I. NHIỆM VỤ\n\n'
    cat
    printf '\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n'
}

# ---- src/import_text.c ------------------------------------------------------------------------

# imp_txt_continues: "01. Dự án ..." (a label with a leading zero, as some
# offices number) without a full stop is a heading, and the capital line
# under it its text, as under "1. Dự án ..." (mutant: para[0] > '0', the
# heading's text joined into its title)
printf '01. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các thôn khó khăn\nĐầu tư 45 công trình giao thông nông thôn trên địa bàn xã trong năm 2024.\n' |
    txt_plan >"$work/m/zero.txt"
import_m zero txt
if grep -q -x '      - clause: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các thôn khó khăn"' "$work/m/zero.yaml" &&
    grep -q -x '          - para: Đầu tư 45 công trình giao thông nông thôn trên địa bàn xã trong năm {year}.' "$work/m/zero.yaml"; then
    ok "import_text: a heading '01. Dự án ...' without a full stop keeps the capital line under it as its text"
else
    not_ok "import_text '01.' heading: $(body zero)"
fi

# indent_goes_on: a PDF's text whose paragraphs are told by their first
# line's indent (three indented lines left open over a margin line in
# small letters, s32review's indents_tell): a sentence ending at a margin
# line of 60 bytes (the width rule's bound, inclusive) over a capital goes
# on the paragraph; one of 57 bytes does not (mutant: prev_len > 60)
for w in 60 57; do
    case $w in
    60) l='lập kế hoạch chi tiết và tổ chức thực hiện.' ;;
    *) l='lập kế hoạch chi tiết, tổ chức thực hiện.' ;;
    esac
    {
        printf '    Ủy ban nhân dân xã chỉ đạo các thôn tổ chức rà soát hộ nghèo, hộ cận nghèo theo\nđúng quy trình, bảo đảm công khai, minh bạch, dân chủ trên địa bàn toàn xã.\n'
        printf '    Các thôn lập danh sách hộ nghèo, hộ cận nghèo và gửi về Ủy ban nhân dân xã để\ntổng hợp, báo cáo Ủy ban nhân dân huyện theo quy định.\n'
        printf '    Để triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp nêu trên, các thôn cần\n%s\nĐảm bảo hoàn thành thẩm tra huyện trong tháng 11 năm 2024.\n    Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15 tháng 12 năm 2024.\n' "$l"
    } | txt_plan >"$work/m/w$w.txt"
    import_m "w$w" txt
done
if grep -q 'tổ chức thực hiện. Đảm bảo hoàn thành' "$work/m/w60.yaml" &&
    grep -q -x '      - para: Đảm bảo hoàn thành thẩm tra huyện trong tháng 11 năm {year}.' "$work/m/w57.yaml" &&
    grep -q -x '      - para: Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15 tháng 12 năm {year}.' "$work/m/w60.yaml"; then
    ok "import_text: under an indented paragraph a margin line of 60 bytes fills the width (joins), one of 57 does not"
else
    not_ok "import_text indent bound: 60: $(body w60) 57: $(body w57)"
fi

# imp_txt_continues: a line left open (no full stop) of 60 bytes takes the
# capital line under it (a text wrapped at its width), one of 59 does not
# (mutant: prev_len >= 61; the .docx of lines shares the rule)
for w in 60 59; do
    case $w in
    60) l='Các thôn lập danh sách hộ nghèo, gửi về Ủy ban' ;;
    *) l='Các thôn lập danh sách hộ nghèo gửi về Ủy ban' ;;
    esac
    printf '%s\nNhân dân xã trước ngày 15 tháng 3 năm 2024.\n' "$l" | txt_plan >"$work/m/c$w.txt"
    import_m "c$w" txt
done
if grep -q -x '      - para: Các thôn lập danh sách hộ nghèo, gửi về Ủy ban Nhân dân xã trước ngày 15 tháng 3 năm {year}.' "$work/m/c60.yaml" &&
    grep -q -x '      - para: Các thôn lập danh sách hộ nghèo gửi về Ủy ban' "$work/m/c59.yaml"; then
    ok "import_text: a line left open of 60 bytes takes the capital line under it, one of 59 does not"
else
    not_ok "import_text width bound: 60: $(body c60) 59: $(body c59)"
fi

# ---- src/txt_layout.c -------------------------------------------------------------------------

# imp_txt_tab_tables: lines of three tab-separated cells (two tabs) are a
# table's rows, as Word's table copied to text gives them (mutant: the
# cells counted from 0, only lines of three tabs or more read)
printf 'Phân công như sau:\n\nSTT\tNhiệm vụ\tĐơn vị\n1\tRà soát hộ nghèo\tCác thôn\n2\tTổng hợp danh sách\tVăn phòng\n\n' |
    txt_plan >"$work/m/tab3.txt"
import_m tab3 txt
if grep -q -x '          - {key: c3, header: "Đơn vị"}' "$work/m/tab3.yaml" &&
    grep -q -x '          - \["Rà soát hộ nghèo", "Các thôn"\]' "$work/m/tab3.yaml"; then
    ok "txt_layout: three tab-separated cells a line are a table of three columns"
else
    not_ok "txt_layout tab table of three: $(body tab3)"
fi

# ---- src/import_issuer.c ----------------------------------------------------------------------

# imp_kind_in_name: a line in capitals longer than an issuer's line (120
# bytes; a programme's name set above the title, ending in " -") over
# "KẾ HOẠCH" is no agency's name broken before its "KẾ HOẠCH": the mark and
# the title stay, the line a KH761 note (mutant: the bound dropped, '&&'
# for '||': the plan's mark read as the name's end)
L='CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC -'
printf 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐồng Hưu, ngày 05 tháng 01 năm 2024\n\n%s\nKẾ HOẠCH\nRà soát hộ nghèo\n\nI. NHIỆM VỤ\n\nCác thôn lập danh sách hộ nghèo.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n' "$L" >"$work/m/longcaps.txt"
import_m longcaps txt
if grep -q -x '  title: Rà soát hộ nghèo' "$work/m/longcaps.yaml" &&
    grep -q -x '    - XÃ ĐỒNG HƯU' "$work/m/longcaps.yaml" &&
    grep -q 'warning\[KH761\]' "$work/m/longcaps.err" && grep -q -x 'exit 0' "$work/m/longcaps.err"; then
    ok "import_issuer: a capitals line of 168 bytes ending in ' -' over 'KẾ HOẠCH' is no agency's name: mark and title kept"
else
    not_ok "import_issuer long line above the mark: $(sed -n '/^header:/,/^body:/p' "$work/m/longcaps.yaml" | tr '\n' '|' | head -c 500)"
fi

# ---- src/import_signer.c ----------------------------------------------------------------------

# behalf_mark: (MEDIUM, fails before) a steering committee's whole name in
# capitals, "TM. BAN CHỈ ĐẠO ... - HUYỆN YÊN THẾ", 120 bytes, over
# "TRƯỞNG BAN": the signature's line, not an unnumbered section of the
# body (exit 0, the signature without it); in small letters a line of 119
# bytes is a mark and one of 120 a sentence of the body (mutant:
# strlen(s) <= 120)
sig_plan() {
    printf 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯU\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐồng Hưu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\nRà soát hộ nghèo\n\nI. NHIỆM VỤ\n\nCác thôn lập danh sách hộ nghèo.\n\n%s\nTRƯỞNG BAN\n\nNguyễn Văn A\n' "$1"
}
sig_plan 'TM. BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIAI ĐOẠN 2021-2025 XÃ TÂN AN - HUYỆN YÊN THẾ' >"$work/m/mk120.txt"
sig_plan 'TM. Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025 xã Tân An, huyện Yên Thế' >"$work/m/mk119s.txt"
sig_plan 'TM. Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2021-2025 xã Tân An - huyện Yên Thế' >"$work/m/mk120s.txt"
for f in mk120 mk119s mk120s; do import_m $f txt; done
if sed -n '/^signature:/,$p' "$work/m/mk120.yaml" | grep -q -x '    - TM. BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIAI ĐOẠN 2021-2025 XÃ TÂN AN - HUYỆN YÊN THẾ' &&
    ! grep -q 'section: TM\.' "$work/m/mk120.yaml"; then
    ok "import_signer: a committee's name in capitals of 120 bytes after 'TM.' is the signature's line, not a section"
else
    not_ok "import_signer 120-byte mark in capitals: $(body mk120) $(sed -n '/^signature:/,$p' "$work/m/mk120.yaml" | tr '\n' '|')"
fi
if sed -n '/^signature:/,$p' "$work/m/mk119s.yaml" | grep -q '^    - TM\. Ban Chỉ đạo' &&
    ! sed -n '/^signature:/,$p' "$work/m/mk120s.yaml" | grep -q 'TM\. Ban'; then
    ok "import_signer: in small letters a 'TM.' line of 119 bytes is a mark, one of 120 a sentence"
else
    not_ok "import_signer mark bound: 119: $(sed -n '/^signature:/,$p' "$work/m/mk119s.yaml" | tr '\n' '|') 120: $(sed -n '/^signature:/,$p' "$work/m/mk120s.yaml" | tr '\n' '|')"
fi

# ---- src/cmd_new_paths.c ----------------------------------------------------------------------

# new_other_dir_paths: `new --from a/p.yaml -o b/p.yaml` where both a/ and
# b/ hold an r.yaml the plan includes: the new plan reads b/r.yaml, which
# its own check can, so it is written (exit 0) with the note naming both,
# not refused for a/r.yaml outside b/ (mutant: 'a_is || !b_is', the old
# directory's file asked)
N=$work/n
mkdir -p "$N/a" "$N/b"
printf 'units:\n  - {id: vp, name: Văn phòng xã}\n' >"$N/a/r.yaml"
cp "$N/a/r.yaml" "$N/b/r.yaml"
(cd "$N/a" && "$khgen" init --level xa --year 2026 --include r.yaml "Xã Tân Phú" -o p.yaml >/dev/null 2>&1) ||
    not_ok "setup: init in a/"
(cd "$N" && "$khgen" new --from a/p.yaml --year 2027 -o b/p.yaml >"$work/n.out" 2>"$work/n.err")
s=$?
if [ $s -eq 0 ] && grep -q '^include: \[r.yaml\]' "$N/b/p.yaml" &&
    grep -qF "'r.yaml' names 'b/r.yaml' from the new plan, not 'a/r.yaml'" "$work/n.err" &&
    "$khgen" check "$N/b/p.yaml" >/dev/null 2>&1; then
    ok "cmd_new_paths: new into b/ where b/r.yaml exists too: written with the note, the new plan's r.yaml read"
else
    not_ok "cmd_new_paths both r.yaml: status $s, $(head -c 500 "$work/n.err")"
fi

# an include rewritten ('../r.yaml') is not also counted among those left
# as they were: no note that the include's paths "were not changed"
# (mutant: 'done && c->outside', a rewritten path kept too)
mkdir -p "$N/c/sub"
printf 'units:\n  - {id: vp, name: Văn phòng xã}\n' >"$N/c/r.yaml"
(cd "$N/c" && "$khgen" init --level xa --year 2026 --include r.yaml "Xã Tân Phú" -o p.yaml >/dev/null 2>&1 &&
    "$khgen" new --allow-read . --from p.yaml --year 2027 -o sub/n.yaml >/dev/null 2>"$work/n2.err")
s=$?
if [ $s -eq 0 ] && grep -qF "is written '../r.yaml' in 'sub/n.yaml'" "$work/n2.err" &&
    ! grep -q 'were not changed' "$work/n2.err"; then
    ok "cmd_new_paths: an include rewritten for the new directory is not also said 'not changed'"
else
    not_ok "cmd_new_paths rewritten include: status $s, $(head -c 600 "$work/n2.err")"
fi

# ---- src/render_xlsx.c ------------------------------------------------------------------------

# two_labels NAME LABEL1 LABEL2: README's example with two attachments so
# labelled, as $work/p/NAME.yaml, built as a workbook; NAME.sheets its
# sheets' names
readme_base
two_labels() {
    _n=$1
    {
        sed '/^attachments:/,$d' "$work/p/ex.yaml"
        echo 'attachments:'
        for _k in 1 2; do
            eval "_l=\$$((_k + 1))"
            printf '%s\n' "  - id: bieu0$_k" "    label: $_l" '    title: Danh sách' '    columns:' \
                '      - {key: stt, type: stt, header: STT}' '      - {key: name, header: "Tên"}' \
                '    rows:' '      - [Xã A]'
        done
    } >"$work/p/$_n.yaml"
    "$khgen" build -f xlsx -o "$work/p" "$work/p/$_n.yaml" >/dev/null 2>"$work/p/$_n.err"
    unzip -p "$work/p/$_n.xlsx" xl/workbook.xml 2>/dev/null | grep -o '<sheet name="[^"]*"' >"$work/p/$_n.sheets"
}
# sheet_name_pick: two labels cut alike at 31 units: the second's name is
# cut to 27 units for " (2)" at the end of a word ("nhiệm", not "nhiệ":
# mutant excel_units reading i <= n, one unit more); (LOW, fails before)
# a cut at a space leaves no two spaces before "(2)"
two_labels cut1 'Phụ lục phân công các nhiệm vụ phòng ban' 'Phụ lục phân công các nhiệm vụ đơn vị'
two_labels cut2 'Phụ lục phân công nhiệm vụ các phòng ban' 'Phụ lục phân công nhiệm vụ các đơn vị'
if grep -qx '<sheet name="Phụ lục phân công các nhiệm (2)"' "$work/p/cut1.sheets" &&
    grep -qx '<sheet name="Phụ lục phân công các nhiệm vụ"' "$work/p/cut1.sheets" &&
    grep -qx '<sheet name="Phụ lục phân công nhiệm vụ (2)"' "$work/p/cut2.sheets"; then
    ok "render_xlsx: a second sheet's name cut to 27 UTF-16 units before ' (2)', no space doubled"
else
    not_ok "render_xlsx sheet names: $(cat "$work/p/cut1.sheets" "$work/p/cut2.sheets" | tr '\n' '|') $(head -c 300 "$work/p/cut1.err")"
fi

# write_text: a cell of 33,000 letters is cut at Excel's 32,767 exactly,
# with KH621 (mutant: '>=' cut at 32,766)
{
    sed '/^attachments:/,$d' "$work/p/ex.yaml"
    printf '%s\n' 'attachments:' '  - id: bieu01' '    label: Biểu 01' '    title: Danh sách' '    columns:' \
        '      - {key: stt, type: stt, header: STT}' '      - {key: name, header: "Tên"}' '    rows:'
    printf '      - ["%s"]\n' "$(head -c 33000 /dev/zero | tr '\0' a)"
} >"$work/p/cell.yaml"
"$khgen" build -f xlsx -o "$work/p" "$work/p/cell.yaml" >/dev/null 2>"$work/p/cell.err"
longest=$(unzip -p "$work/p/cell.xlsx" xl/sharedStrings.xml 2>/dev/null | tr '<>' '\n\n' | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')
if [ "$longest" -eq 32767 ] && grep -q 'warning\[KH621\]' "$work/p/cell.err"; then
    ok "render_xlsx: a cell of 33,000 letters is cut at 32,767, with KH621"
else
    not_ok "render_xlsx cell cut: longest string $longest, $(head -c 300 "$work/p/cell.err")"
fi

# ---- src/attach_kinds.c -----------------------------------------------------------------------

# att_kinds_wanted: "{kinds}" in a localities table's first column (no STT
# column) is expanded too, "Tên xã, ấp", no KH210 (mutant: the columns
# asked from the second)
mkdir -p "$work/k"
{
    printf '%s\n' 'khgen: 1' 'import: [qd318-xa-ntm]' 'header:' '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN THỬ NGHIỆM]' \
        '  number: 7' '  place: Cà Mau' '  date: 2024-01-15' '  title: Xây dựng nông thôn mới năm 2024' \
        'units:' '  - {id: vp, name: Văn phòng Điều phối}' 'levels:' '  - {id: ntm, name: Nông thôn mới}' 'localities:' \
        '  - {id: a, name: Tân Hưng, kind: xã, target: ntm, target_year: 2024}' \
        '  - {id: v1, name: "ấp 1", kind: ấp, parent: a, target: ntm, target_year: 2024}' \
        'body:' '  - section: Nhiệm vụ' '    items:' '      - task: Triển khai.' '        lead: vp' \
        'attachments:' '  - id: bieu01' '    label: Biểu 01' '    title: Danh sách' '    preset: locality-targets' \
        '    columns:' '      - {key: name_full, header: "Tên {kinds}"}' '      - {key: target_year, header: Năm đạt chuẩn, type: year}'
} >"$work/k/first.yaml"
"$khgen" build -f md -o "$work/k" "$work/k/first.yaml" >/dev/null 2>"$work/k/first.err"
if grep -q '^| Tên xã, ấp |' "$work/k/first.md" && ! grep -q KH210 "$work/k/first.err"; then
    ok "attach_kinds: '{kinds}' in a localities table's first column is expanded"
else
    not_ok "attach_kinds first column: $(grep '^| ' "$work/k/first.md" | head -2 | tr '\n' '|') $(head -c 300 "$work/k/first.err")"
fi

# ---- src/figures.c ----------------------------------------------------------------------------

# KH500 of a figure with decimals=0 gives the data's value as it prints,
# rounded ("13" of 12,67), not "12,6667" (mutant: 'decimals > 0')
{
    printf '%s\n' 'khgen: 1' 'header:' '  issuer: [ỦY BAN NHÂN DÂN, HUYỆN THỬ NGHIỆM]' \
        '  number: 7' '  place: Cà Mau' '  date: 2024-01-15' '  title: Xây dựng nông thôn mới năm 2024' \
        'units:' '  - {id: vp, name: Văn phòng Điều phối}' 'localities:' \
        '  - {id: a, name: Tân Hưng, kind: xã, criteria_met: 12}' '  - {id: b, name: Tân Lộc, kind: xã, criteria_met: 13}' \
        '  - {id: c, name: Tân Phú, kind: xã, criteria_met: 13}' \
        'body:' '  - section: Nhiệm vụ' '    items:' \
        '      - task: "Bình quân {avg localities criteria_met decimals=0 stated=20} tiêu chí."' '        lead: vp'
} >"$work/k/avg.yaml"
check_says "figures: KH500 of decimals=0 gives the data's value rounded, '13' of 12,67" "$work/k/avg.yaml" 0 \
    "warning[KH500]: stated 20 but the data give 13 (average of criteria_met over 3 localities)"

# ---- src/docx_wrapped.c -----------------------------------------------------------------------

# wdoc NAME PARA...: $work/m/NAME.docx (mut32_docx.py), imported
wdoc() {
    _n=$1
    shift
    /usr/bin/python3 "$(dirname "$0")/mut32_docx.py" "$work/m/$_n.docx" "$@" ||
        not_ok "setup: $_n.docx"
    import_m "$_n" docx
}
under='định của cấp trên trước ngày 15 tháng 3 năm 2026.'
# line_sized counts characters, not bytes: a Word paragraph of 150
# characters (201 bytes) left open is a PDF's line and takes the next; one
# of 151 is a paragraph typed in Word and does not; nor one of 166
# characters of plain ASCII (mutant: the UTF-8 continuation bytes counted,
# == 0x80: no line too long without diacritics)
wdoc l150 'Các thôn lập danh sách hộ nghèo trên địa bàn tổng hợp số liệu về thu nhập bình quân đầu người, tỷ lệ hộ nghèo, hộ cận nghèo và gửi về UBND xã theo quy' "$under"
wdoc l151 'Các thôn lập danh sách hộ nghèo trên địa bàn, tổng hợp số liệu về thu nhập bình quân đầu người, tỷ lệ hộ nghèo, hộ cận nghèo và gửi về UBND xã theo quy' "$under"
wdoc l166 'Cac thon lap danh sach ho ngheo tren dia ban xa, tong hop so lieu ve thu nhap binh quan dau nguoi, ty le ho ngheo, ho can ngheo va gui ve UBND xa de tong hop theo quy' "$under"
if grep -q 'UBND xã theo quy định của cấp trên' "$work/m/l150.yaml" &&
    grep -q -x '      - para: định của cấp trên trước ngày 15 tháng 3 năm {year}.' "$work/m/l151.yaml" &&
    grep -q -x '      - para: định của cấp trên trước ngày 15 tháng 3 năm {year}.' "$work/m/l166.yaml"; then
    ok "docx_wrapped: a paragraph of 150 characters takes the next line, one of 151 (or 166 of ASCII) does not"
else
    not_ok "docx_wrapped line size: 150: $(body l150) 151: $(body l151) 166: $(body l166)"
fi

echo "$pass passed, $fail failed"
