#!/bin/sh
# tests/hardening/render28.sh KHGEN WORKDIR - what session 28's black-box
# look at what khgen writes found (issue 8; /tmp/s28render/findings.md in
# its session), each output read by its real reader (render28_text.py: the
# .html's text as a browser shows it, the .md through pandoc and cmark, the
# .docx through python-docx, the .xlsx through openpyxl):
#  F1 a structured legal basis joins its Markdown fields (`name`, `by`,
#     `about`, `intro`) into one Markdown sentence as they were: a '`' in
#     `by` and one in `about` made one code span over the words between
#     them ("UBND a `b về c` d", in code font, with the escapes of the
#     fields between printed: "\<b>"), and "UBND *tỉnh" before "về* việc"
#     lost both stars to an emphasis, in every format, exit 0. Each field
#     is now written back closed in itself (render.c, put_basis_field);
#  F2 a basis's `name` and `intro`, checked as text that expands
#     references, were printed unexpanded: "{year}" with its braces and
#     "{{" as two braces, where every other text prints 2024 and "{".
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
P=$work/p
mkdir -p "$P"
texts=$top/tests/hardening/render28_text.py

# plan NAME: a small finished plan whose `bases:` entries are read from
# stdin, as $P/NAME.yaml
plan() {
    {
        cat <<'YAML'
khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  issuer_short: UBND xã An Bình
  place: An Bình
  date: 2024-01-15
  title: Tổ chức các hoạt động năm 2024
bases:
YAML
        cat
        cat <<'YAML'
opening: "UBND xã xây dựng Kế hoạch như sau:"
body:
  - section: MỤC TIÊU
    items:
      - para: Hoàn thành các nhiệm vụ năm {year}.
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
YAML
    } >"$P/$1.yaml"
}

# shows NAME CASE TEXT...: $P/NAME.yaml builds (md, html, docx) with exit 0
# and each format, read by its reader, shows every TEXT (one line of it)
shows() {
    name=$1
    what=$2
    shift 2
    rm -rf "$work/out"
    if ! "$khgen" build -f md,html,docx -o "$work/out" "$P/$name.yaml" >"$work/log" 2>&1; then
        not_ok "$what (build failed: $(head -1 "$work/log"))"
        return
    fi
    bad=
    for f in md html docx; do
        /usr/bin/python3 "$texts" "$work/out/$name.$f" >"$work/$name.$f.txt" 2>&1 || bad="$bad $f(reader)"
        for want in "$@"; do
            grep -qF -- "$want" "$work/$name.$f.txt" || bad="$bad $f"
        done
    done
    if [ -z "$bad" ]; then ok "$what"; else not_ok "$what (wrong in:$bad)"; fi
}

# ---- F1: a basis's fields closed in themselves ---------------------------------
plan f1-code <<'YAML'
  - {kind: Quyết định, number: 1/QĐ-UBND, date: 2023-02-22, by: "UBND huyện a ` b", about: "về việc c ` d"}
YAML
shows f1-code "F1 a '\`' in 'by' and one in 'about' print as typed, no code span between them" \
    'Căn cứ Quyết định số 1/QĐ-UBND ngày 22/02/2023 của UBND huyện a ` b về việc c ` d.'

plan f1-star <<'YAML'
  - {kind: Quyết định, number: 2/QĐ-UBND, date: 2023-02-22, by: "UBND *tỉnh", about: "về* việc"}
YAML
shows f1-star "F1 a '*' in 'by' and one in 'about' print both, no emphasis between them" \
    'của UBND *tỉnh về* việc.'

plan f1-escapes <<'YAML'
  - {kind: Quyết định, number: 3/QĐ-UBND, date: 2023-02-22, by: "Sở <b>A</b> ` B", about: "về <i>C</i> & D `"}
YAML
shows f1-escapes "F1 '<' and '&' of 'by' and 'about' between two '\`' print as typed, no backslash" \
    'của Sở <b>A</b> ` B về <i>C</i> & D `.'

plan f1-name <<'YAML'
  - {kind: Luật, name: "Tổ chức ` chính quyền", date: 2015-06-19, by: "Quốc hội `", about: "x"}
YAML
shows f1-name "F1 a '\`' in a law's 'name' and one in 'by' print as typed" \
    'Căn cứ Luật Tổ chức ` chính quyền ngày 19/6/2015 của Quốc hội ` x.'

plan f1-intro <<'YAML'
  - {kind: Luật, name: "Tổ chức* chính quyền", date: 2015-06-19, intro: "Căn cứ *vào"}
YAML
shows f1-intro "F1 a '*' in 'intro' and one in 'name' print both" \
    'Căn cứ *vào Luật Tổ chức* chính quyền ngày 19/6/2015.'

# guard: a field's own emphasis and link are kept
plan f1-guard <<'YAML'
  - {kind: Quyết định, number: 4/QĐ-UBND, date: 2023-02-22, by: "UBND tỉnh", about: "về việc [ban hành](https://x.gov.vn/a) quy chế"}
YAML
shows f1-guard "F1 guard: a link in 'about' stays a link's text" \
    'của UBND tỉnh về việc ban hành quy chế.'

# ---- F2: name and intro expanded as every text is ------------------------------
plan f2 <<'YAML'
  - {kind: Luật, name: "Ngân sách nhà nước năm {year} {{sửa đổi}}", date: 2015-06-25, intro: "Căn cứ {{theo}}"}
YAML
shows f2 "F2 a law's 'name' and 'intro' expand {year} and print '{{' as '{'" \
    'Căn cứ {theo} Luật Ngân sách nhà nước năm 2024 {sửa đổi} ngày 25/6/2015.'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
