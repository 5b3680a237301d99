#!/bin/sh
# tests/hardening/foreign32.sh KHGEN WORKDIR - what session 32 found
# importing plans khgen did not write, ninth round, and session 31's
# import leftovers (issue 8: never a silently wrong output):
#   - a .md front matter with a quoted key ('"số": 12/KH-UBND', valid
#     YAML) was no front matter: its lines KH761 review comments, one a
#     line (src/md_front.c key_line); the front matter's review comment said
#     [KH759] beside a KH761 warning, a .md footnote's beside KH760
#     (src/import_notes.c imp_para_review_as, src/emit_yaml.c);
#   - signatures: "TL. CHỦ TỊCH" beside "KT. CHỦ TỊCH", read row by row, was
#     three body sections and a signature of two names, exit 0; a "TL."
#     over "KT." chain with no title of the list ("PHÓ CHÁNH VĂN PHÒNG"),
#     no "Nơi nhận", was three body sections (src/import_signer.c);
#   - a PDF's text (pdftotext -layout of khgen's own PDF, foreign32-pdf.txt):
#     a Biểu's column groups joined to the headers under them ("Mục tiêu
#     Mức phấn đấu đạt chuẩn"), a Biểu with a header and no rows a KH762
#     note (src/txt_layout.c), "2. Cấp thôn, bản: Phấn đấu ..." a clause
#     whose title, the whole sentence, printed bold (src/import_body.c
#     imp_clause_texts);
#   - a scanned plan's OCR text (foreign32-ocr.txt): its running header,
#     repeated at each page's top, a body paragraph on each page
#     (src/txt_pages.c);
#   - a WPS Office .docx, its styles' ids numbers: its headings body
#     paragraphs, their units' tasks and deadlines unread (src/docx_style.c
#     docx_style_heading); a Google Docs export and a Biểu's "Tổng cộng"
#     merged under a two-row header, guards (foreign32_docx.py);
#   - the locality-targets preset's "Thuộc xã" over a ward's khu phố:
#     "Thuộc {parent_kinds}" (src/attach_kinds.c);
# Each case well under a second of CPU. Prints "ok - ..."/"not ok - ..."
# and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

mkdir -p "$work/m"

# part NAME FROM: NAME.yaml from the line FROM (a regex) on, on one line
part() { sed -n "/$2/,\$p" "$work/m/$1.yaml" | tr '\n' '/' | head -c 700; }

# ---- leftover 1: a .md front matter with a quoted key --------------------------------------
{
    printf '%s\n' '---' 'title: Rà soát' '"số": 12/KH-UBND' '---' ''
    printf '**ỦY BAN NHÂN DÂN**  \n**XÃ ĐỒNG HƯU**\n\n**KẾ HOẠCH**  \n**Rà soát**\n\n**I. NHIỆM VỤ**\n\nNội dung.\n'
} >"$work/m/quoted.md"
import_m quoted md
if grep -q '^  number: "12"$' "$work/m/quoted.yaml" && grep -q '^  code: KH-UBND$' "$work/m/quoted.yaml" &&
    grep -qF "# review: the Markdown's front matter, metadata that no reader prints: title: Rà soát; \"số\": 12/KH-UBND [KH761]" "$work/m/quoted.yaml" &&
    [ "$(grep -c 'KH761' "$work/m/quoted.err")" = 1 ] && ! grep -q 'left out of the header' "$work/m/quoted.yaml"; then
    ok "a front matter with a quoted key ('\"số\": 12/KH-UBND') is front matter: its number taken, one comment marked [KH761] as its warning"
else
    not_ok "quoted key: $(part quoted '^header') $(head -c 400 "$work/m/quoted.err")"
fi
# a .md footnote's comment says KH760, the warning that announces it
{ head_md | sed 's/^Nội dung\.$/Nội dung.[^1]/'; printf '[^1]: Theo Nghị quyết số 5.\n'; } >"$work/m/foot.md"
import_m foot md
if grep -qF '# review: footnote [^1] after "Nội dung.": Theo Nghị quyết số 5. [KH760]' "$work/m/foot.yaml" &&
    grep -q 'warning\[KH760\]' "$work/m/foot.err"; then
    ok "a .md footnote's review comment carries [KH760], the code of its warning, not the .docx notes' [KH759]"
else
    not_ok "footnote code: $(grep review "$work/m/foot.yaml" | tr '\n' '/') $(head -c 300 "$work/m/foot.err")"
fi

# ---- leftover 3: "TL." beside "KT.", read row by row -------------------------------------------
{
    head_md
    printf '<table>\n<tr><td><strong>TL. CHỦ TỊCH</strong></td><td><strong>KT. CHỦ TỊCH</strong></td></tr>\n'
    printf '<tr><td><strong>CHÁNH VĂN PHÒNG</strong></td><td><strong>PHÓ CHỦ TỊCH</strong></td></tr>\n'
    printf '<tr><td><strong>Lê Thị C</strong></td><td><strong>Nguyễn Văn A</strong></td></tr>\n</table>\n'
} >"$work/m/tlkt.md"
import_m tlkt md
if [ "$(part tlkt '^signature:')" = "signature:/  lines:/    - KT. CHỦ TỊCH/    - PHÓ CHỦ TỊCH/  name: Nguyễn Văn A/" ] &&
    grep -q '^# review: a joint plan signed by 2.*the others. lines: TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / Lê Thị C' "$work/m/tlkt.yaml" &&
    grep -q 'warning\[KH759\]' "$work/m/tlkt.err" && ! grep -q 'section: TL\.' "$work/m/tlkt.yaml"; then
    ok "'TL. CHỦ TỊCH' beside 'KT. CHỦ TỊCH', read row by row: two signers (KH759), not body sections and one signature of two names"
else
    not_ok "TL. beside KT.: $(part tlkt '^body:') $(head -c 300 "$work/m/tlkt.err")"
fi
# the chain it must not break: "TL." over "KT." over a deputy, one signer
{ head_md; printf '**TL. CHỦ TỊCH**  \n**KT. CHÁNH VĂN PHÒNG**  \n**PHÓ CHÁNH VĂN PHÒNG**\n\n*(Đã ký)*\n\n**Lê Thị C**\n'; } >"$work/m/chain.md"
import_m chain md
# (session 41: its italic "(Đã ký)", which khgen prints bold as the block's
# other lines, is a review note and a KH759 warning of their own, s41imp's
# emphasis; what this case guards is one signer: no joint plan's KH759)
if [ "$(part chain '^body:' | sed 's|# review: the signature is italic in the document[^/]*/||')" = "body:/  - section: NHIỆM VỤ/    items:/      - para: Nội dung./signature:/  lines:/    - TL. CHỦ TỊCH/    - KT. CHÁNH VĂN PHÒNG/    - PHÓ CHÁNH VĂN PHÒNG/  name:/    - (Đã ký)/    - Lê Thị C/" ] &&
    ! grep -q 'KH759.*\(signers\|signed by\)' "$work/m/chain.err"; then
    ok "'TL. CHỦ TỊCH' over 'KT. CHÁNH VĂN PHÒNG' over 'PHÓ CHÁNH VĂN PHÒNG' (no 'Nơi nhận'): one signer's block, not three body sections"
else
    not_ok "TL./KT. chain: $(part chain '^body:') $(head -c 300 "$work/m/chain.err")"
fi
# the same chain as a .md table of one column beside an empty one (Word's
# layout table), read row by row: still one signer
{
    head_md
    printf '<table>\n<tr><td></td><td><strong>TL. CHỦ TỊCH</strong></td></tr>\n<tr><td></td><td><strong>KT. CHÁNH VĂN PHÒNG</strong></td></tr>\n'
    printf '<tr><td></td><td><strong>PHÓ CHÁNH VĂN PHÒNG</strong></td></tr>\n<tr><td></td><td><strong>Lê Thị C</strong></td></tr>\n</table>\n'
} >"$work/m/chain2.md"
import_m chain2 md
if [ "$(part chain2 '^signature:')" = "signature:/  lines:/    - TL. CHỦ TỊCH/    - KT. CHÁNH VĂN PHÒNG/    - PHÓ CHÁNH VĂN PHÒNG/  name: Lê Thị C/" ] &&
    ! grep -q KH759 "$work/m/chain2.err"; then
    ok "the TL./KT. chain in a layout table's right column: one signer"
else
    not_ok "TL./KT. chain in a table: $(part chain2 '^body:') $(head -c 300 "$work/m/chain2.err")"
fi

# ---- leftover 4: the preset's "Thuộc xã" column over a ward's khu phố -------------------------
# ward NAME TOPKIND PLACE KIND...: a plan of localities TOPKIND "a" (and a
# second one "b", a thị trấn, when KIND is "tt:..."), its villages of the
# KINDs under it, all aiming for the standard in 2024, with the
# locality-targets table, built as Markdown to $work/m/NAME.md
ward() {
    name=$1 top=$2 place=$3
    shift 3
    {
        printf '%s\n' 'khgen: 1' 'import: [qd318-xa-ntm]' 'header:' "  issuer: [ỦY BAN NHÂN DÂN, QUẬN THỬ NGHIỆM]" \
            '  number: 7' "  place: $place" '  date: 2024-01-15' '  title: Xây dựng đô thị văn minh năm 2024' \
            'units:' '  - {id: vp, name: Văn phòng}' 'levels:' '  - {id: ntm, name: Nông thôn mới}' 'localities:' \
            "  - {id: a, name: Tân Hưng, kind: $top, target: ntm, target_year: 2024}" \
            "  - {id: b, name: Cầu Gồ, kind: thị trấn, target: ntm, target_year: 2025}"
        i=0
        for k in "$@"; do
            i=$((i + 1))
            p=a
            case $k in tt:*) p=b k=${k#tt:} ;; esac
            printf '  - {id: v%s, name: "%s %s", kind: %s, parent: %s, target: ntm, target_year: 2024}\n' "$i" "$k" "$i" "$k" "$p"
        done
        printf '%s\n' 'body:' '  - section: Nhiệm vụ' '    items:' '      - task: Triển khai ({att bieu01}).' '        lead: vp' \
            'attachments:' '  - id: bieu01' '    label: Biểu 01' '    title: Danh sách' '    preset: locality-targets'
    } >"$work/m/$name.yaml"
    "$khgen" build -f md,xlsx -o "$work/m" "$work/m/$name.yaml" >"$work/m/$name.err" 2>&1
}
ward hcm phường "Thành phố Hồ Chí Minh" "khu phố" "khu phố"
ward district xã "Yên Thế" thôn "tt:tổ dân phố"
ward alone xã "Yên Thế"
if grep -q '^| STT | Tên phường, khu phố | Thuộc phường |' "$work/m/hcm.md" &&
    grep -q '^| 2 | khu phố 2 | Phường Tân Hưng |' "$work/m/hcm.md" &&
    unzip -p "$work/m/hcm.xlsx" xl/sharedStrings.xml 2>/dev/null | grep -q 'Thuộc phường' &&
    grep -q '^| STT | Tên xã, thôn, tổ dân phố | Thuộc xã, thị trấn |' "$work/m/district.md" &&
    grep -q '^| STT | Tên xã | Hiện trạng' "$work/m/alone.md"; then
    # over no row with a parent the column, empty in every row, is left out (s43user F6)
    ok "locality-targets' commune column: 'Thuộc phường' over a ward's khu phố (was 'Thuộc xã'), 'Thuộc xã, thị trấn', none over no row with a parent"
else
    not_ok "parent kinds: $(grep -h '^| STT\|^| [12] ' "$work/m/hcm.md" "$work/m/district.md" "$work/m/alone.md" | cut -c1-70 | tr '\n' '|') $(head -c 300 "$work/m/hcm.err")"
fi
# guard: "{parent_kinds}" over rows that are not localities': KH210 (since s35fix: it prints "địa bàn", never its braces)
{
    sed '/^attachments:/,$d' "$work/m/alone.yaml"
    printf '%s\n' 'attachments:' '  - id: bieu01' '    label: Biểu 01' '    title: Danh sách' '    columns:' \
        '      - {key: stt, type: stt, header: STT}' '      - {key: name, header: "Thuộc {parent_kinds}"}' '    rows:' '      - [Xã A]'
} >"$work/m/pk_hand.yaml"
"$khgen" check "$work/m/pk_hand.yaml" >"$work/m/pk_hand.err" 2>&1
if grep -q "warning\[KH210\]: '{parent_kinds}' names the kinds of the localities the table shows.*prints 'địa bàn'" "$work/m/pk_hand.err"; then
    ok "'{parent_kinds}' in a written table's header: KH210, not printed silently with its braces"
else
    not_ok "{parent_kinds} in a written table: $(head -c 300 "$work/m/pk_hand.err")"
fi

# ---- leftover 2: a PDF's text (pdftotext -layout of khgen's own Chromium PDF of
# plans/yen-the-2024.yaml: its header, section I, its end and its five Biểu pages)
cp "$(dirname "$0")/foreign32-pdf.txt" "$work/m/pdf.txt"
import_m pdf txt
"$khgen" build -f md -o "$work/m" "$work/m/pdf.yaml" >/dev/null 2>>"$work/m/pdf.err"
# (since s46imp the Biểu is read back as its preset, which only headers
# read apart from their groups match: "Mức đã đạt chuẩn", not "Hiện trạng
# Mức đã đạt chuẩn"; its columns as the plan leaves them)
if grep -q -x '    preset: locality-targets' "$work/m/pdf.yaml" &&
    grep -q -x '    columns: \[stt, name_full, status, target, target_year\]' "$work/m/pdf.yaml"; then
    ok "a PDF Biểu's column groups ('Hiện trạng', 'Mục tiêu' over two columns) read as groups, not joined to the headers under them"
else
    not_ok "PDF column groups: $(grep 'preset\|columns: \[\|key: c[1-5]' "$work/m/pdf.yaml" | head -5 | tr '\n' '|')"
fi
if ! grep -q KH762 "$work/m/pdf.err" && [ "$(grep -c '^    rows: \[\]$' "$work/m/pdf.yaml")" = 3 ] &&
    grep -q '^| STT | Tiêu chí | Cơ quan phụ trách | Cơ quan phối hợp |$' "$work/m/pdf.md" &&
    grep -q '^    note: Bản sao kế hoạch không kèm biểu này; bộ tiêu chí thôn của tỉnh chưa có trong danh mục của khgen.$' "$work/m/pdf.yaml"; then
    ok "a PDF's Biểu whose table has a header and no rows yet: a table of no rows with its note, not a KH762 note of its lines"
else
    not_ok "PDF empty Biểu: $(grep -c 'rows: \[\]' "$work/m/pdf.yaml") empty $(head -c 300 "$work/m/pdf.err")"
fi
if grep -q -x '      - clause: Cấp thôn, bản' "$work/m/pdf.yaml" &&
    grep -q -x '        text: Phấn đấu có thêm 04 thôn đạt chuẩn nông thôn mới kiểu mẫu và có ít nhất 01 bản thuộc xã đặc biệt khó khăn (xã {loc dong-vuong}) đạt chuẩn nông thôn mới.' "$work/m/pdf.yaml" &&
    grep -q -x '      - clause: Bình quân tiêu chí/xã' "$work/m/pdf.yaml" &&
    grep -q '^\*\*2\. Cấp thôn, bản:\*\* Phấn đấu' "$work/m/pdf.md"; then
    ok "a PDF's '2. Cấp thôn, bản: Phấn đấu ...': the clause's title and its text apart, bold only over the title"
else
    not_ok "PDF clause text: $(grep -n 'Cấp thôn, bản' "$work/m/pdf.yaml" "$work/m/pdf.md" | head -3 | tr '\n' '|')"
fi
# guard: a unit's duty "Ban Quản lý ...: Tham mưu ..." stays a task, not a clause
# with text (tests/import's xa-hung-son from pdftotext: 8 tasks)
printf '%s\n' 'UBND XÃ TÂN HƯNG' '' 'KẾ HOẠCH' 'Rà soát năm 2024' '' 'I. TỔ CHỨC THỰC HIỆN' \
    '1. Ban Quản lý xây dựng nông thôn mới xã: Tham mưu UBND xã tổ chức triển khai Kế hoạch; báo cáo kết quả định kỳ.' \
    '2. Thời gian thực hiện: Từ tháng 01 đến hết tháng 12 năm 2024.' >"$work/m/duty.txt"
import_m duty txt
if grep -q '^            lead: ban-quan-ly' "$work/m/duty.yaml" && grep -q -x '      - clause: Thời gian thực hiện' "$work/m/duty.yaml" &&
    grep -q -x '        text: Từ tháng 01 đến hết tháng 12 năm {year}.' "$work/m/duty.yaml"; then
    ok "guard: a unit's duty 'Ban Quản lý ...: Tham mưu ...' stays a task; 'Thời gian thực hiện: Từ ...' a clause and its text"
else
    not_ok "duty vs clause text: $(sed -n '/^body:/,$p' "$work/m/duty.yaml" | tr '\n' '|' | head -c 600)"
fi

# ---- new: a scanned plan's OCR text (foreign32-ocr.txt: tesseract's form feed
# after each page, the page's running header at the top of pages 2 and 3, its
# number at the foot, OCR's slips "UBNĐ", "trươc", a word broken "thô"/"n")
cp "$(dirname "$0")/foreign32-ocr.txt" "$work/m/ocr.txt"
import_m ocr txt
if ! grep -q 'UBND XÃ ĐỒNG HƯU - Kế hoạch' "$work/m/ocr.yaml" && grep -q 'exit 0' "$work/m/ocr.err" &&
    grep -q '^    - TM. ỦY BAN NHÂN DÂN$' "$work/m/ocr.yaml" && grep -q '^  name: Nguyễn Văn A$' "$work/m/ocr.yaml" &&
    [ "$(grep -c '^  - section: ' "$work/m/ocr.yaml")" = 3 ] && ! grep -q 'para: "[23]"' "$work/m/ocr.yaml"; then
    ok "an OCR text's running header, repeated at the top of each page, is no body paragraph (it was one on each page, exit 0)"
else
    not_ok "OCR running header: $(grep -n 'UBND XÃ ĐỒNG HƯU -\|para:' "$work/m/ocr.yaml" | tr '\n' '|' | head -c 400)"
fi
# guard: one page break, a line at the next page's top: the plan's text, kept
printf '%s\n' 'UBND XÃ TÂN HƯNG' '' 'KẾ HOẠCH' 'Rà soát năm 2024' '' 'I. NHIỆM VỤ' '1. Rà soát hộ nghèo.' \
    "$(printf '\f')2. Rà soát hộ cận nghèo." "$(printf '\f')3. Báo cáo kết quả." >"$work/m/feeds.txt"
import_m feeds txt
if grep -q 'clause: Rà soát hộ cận nghèo.' "$work/m/feeds.yaml" && grep -q 'clause: Báo cáo kết quả.' "$work/m/feeds.yaml"; then
    ok "guard: different lines opening each page stay the plan's text"
else
    not_ok "page tops kept: $(sed -n '/^body:/,$p' "$work/m/feeds.yaml" | tr '\n' '|' | head -c 400)"
fi

# ---- new: Word documents offices make elsewhere (foreign32_docx.py) ---------------------------
mkdir -p "$work/dx"
/usr/bin/python3 "$(dirname "$0")/foreign32_docx.py" "$work/dx" ||
    not_ok "setup: foreign32_docx.py could not write the documents"
for n in wps word gdocs totals; do
    "$khgen" import --force -o "$work/dx/$n.yaml" "$work/dx/$n.docx" >"$work/dx/$n.err" 2>&1
    echo "exit $?" >>"$work/dx/$n.err"
done
body_of() { sed -n '/^body:/,/^closing:/p' "$work/dx/$1.yaml"; }
if [ -n "$(body_of word)" ] && [ "$(body_of wps)" = "$(body_of word)" ] &&
    grep -q '^            lead: phong-tai-chinh-ke-hoach$' "$work/dx/wps.yaml" &&
    grep -q '^            due: {before: 2024-06-30}$' "$work/dx/wps.yaml"; then
    ok "a WPS Office .docx (its styles' ids numbers, 'heading 2' is w:styleId 7): its headings read by their names, the unit's task and deadline as from Word"
else
    not_ok "WPS styles: $(body_of wps | tr '\n' '|' | head -c 500)"
fi
if [ "$(body_of gdocs | tr '\n' '|')" = "body:|  - section: MỤC ĐÍCH, YÊU CẦU|    items:|      - clause: Hoàn thành 19/19 tiêu chí xã nông thôn mới.|  - section: NHIỆM VỤ, GIẢI PHÁP|    items:|      - clause: Phát triển sản xuất|        items:|          - bullet: Giữ ổn định diện tích lúa 520 ha.|            items:|              - bullet: Năng suất đạt 58,5 tạ/ha.||closing: Trên đây là Kế hoạch của UBND xã./.|" ] &&
    grep -q '^  title: Thực hiện nhiệm vụ xây dựng nông thôn mới năm {year}$' "$work/dx/gdocs.yaml" &&
    grep -q '^  name: Nguyễn Văn A$' "$work/dx/gdocs.yaml"; then
    ok "guard: a Google Docs export (Title/Subtitle, headings numbered by its own abstractNum, bullets '●' '○', fixed-width tables) reads as the plan"
else
    not_ok "Google Docs: $(body_of gdocs | tr '\n' '|' | head -c 500)"
fi
if grep -q 'review: the last row, "Tổng cộng", is kept as a row, not the table.s totals: column 3 says 2.600, the rows above sum to 2.500' "$work/dx/totals.yaml" &&
    grep -q '{key: c3, header: "Ngân sách tỉnh", group: "Nguồn vốn (triệu đồng)"}' "$work/dx/totals.yaml"; then
    ok "guard: 'Tổng cộng' merged over two cells under a two-row merged header, its sum wrong: kept as written with a review comment, never recomputed silently"
else
    not_ok "merged totals: $(sed -n '/^attachments:/,$p' "$work/dx/totals.yaml" | tr '\n' '|' | head -c 600)"
fi

# T1: a scanned text of many pages, each opening with the running header
# and closing with its number: linear (each page's first line compared with
# its neighbours' only)
timed=${TIMED_KHGEN:-$khgen}
/usr/bin/python3 - "$work/m" <<'PY'
import sys
d = sys.argv[1]
for name, n in (('pages1', 2000), ('pages4', 8000)):
    with open('%s/%s.txt' % (d, name), 'w', encoding='utf-8') as f:
        f.write('UBND XÃ TÂN HƯNG\n\nKẾ HOẠCH\nRà soát năm 2024\n\nI. NHIỆM VỤ\n')
        for i in range(1, n + 1):
            f.write('%d. Rà soát hộ số %d.\n               %d\n\fUBND XÃ TÂN HƯNG - Kế hoạch số 12/KH-UBND\n' % (i, i, i))
PY
scaling_case "T1: an OCR text of 2,000 and 8,000 pages" \
    "$timed" import -o - "$work/m/pages1.txt" -- "$timed" import -o - "$work/m/pages4.txt"
if ! "$khgen" import -o - "$work/m/pages4.txt" 2>/dev/null | grep -q 'Kế hoạch số 12'; then
    ok "T1: 8,000 pages' running headers: none left in the body"
else
    not_ok "T1: 8,000 pages: a running header left in the body"
fi

echo "$pass passed, $fail failed"
