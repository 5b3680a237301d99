#!/bin/sh
# tests/hardening/formats10.sh KHGEN WORKDIR - one plan in every format, word
# for word (issue 8; /tmp/s10diff/findings.md in its session): what the
# differential test of session 10 found, a word present in one format and
# lost or changed in another, and a fixed batch of its random plans
# (tests/hardening/genplan.py, compared by tests/hardening/formats10.py:
# pandoc, html.parser, python-docx, openpyxl). FORMATS10_SEEDS chooses the
# batch (default 1-12).
#
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

py=/usr/bin/python3
mkdir -p "$work/p"
"$khgen" init --level xa --year 2025 -o "$work/p/base.yaml" "Đồng Hưu" >/dev/null 2>&1 ||
    not_ok "setup: khgen init"

# A plan whose header title, attachment title and table caption are TEXT
# (quoted for YAML as JSON does: printed as written).
plan_with() { # NAME SUBJECT ATT_TITLE CAPTION
    cat >"$work/p/$1.yaml" <<EOF
{"khgen": 1,
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯU"], "issuer_short": "UBND xã Đồng Hưu",
            "place": "Đồng Hưu", "date": "2025-01", "title": $2},
 "body": [{"section": "MỤC TIÊU", "items": [
            {"para": "Chi tiết theo {att bieu01}."},
            {"table": $4, "columns": [{"key": "a", "header": "Cột A"}], "rows": [["ô một"]]}]}],
 "signature": {"lines": ["CHỦ TỊCH"], "name": "Nguyễn Văn A"},
 "attachments": [{"id": "bieu01", "label": "Biểu 01", "title": $3,
                  "columns": [{"key": "a", "header": "Cột A"}], "rows": [["ô"]]}]}
EOF
    "$khgen" build -o "$work/o-$1" -f md,html,docx,xlsx "$work/p/$1.yaml" >"$work/err" 2>&1 ||
        not_ok "$1: build: $(head -c 300 "$work/err")"
}

# Words of one paragraph of each format that holds MARK (pandoc -f gfm for
# the .md, html.parser for the .html, python-docx for the .docx, openpyxl
# for the workbook), one line each: "fmt: words".
words_of() { # NAME MARK
    "$py" - "$work/o-$1/$1" "$2" <<'EOF'
import sys
sys.path.insert(0, "tests/hardening")
import formats10 as f
base, mark = sys.argv[1], sys.argv[2]
texts = {"md": f.md_text(base + ".md"),
         "html": f.html_text(open(base + ".html", encoding="utf-8").read()),
         "docx": f.docx_text(base + ".docx"),
         "xlsx": "\n".join(c for _, c in f.xlsx_sheets(base + ".xlsx"))}
for fmt, t in texts.items():
    for line in t.splitlines():
        if mark.casefold() in line.casefold():
            print("%s: %s" % (fmt, " ".join(f.words(line))))
            break
    else:
        print("%s: (none)" % fmt)
EOF
}

same_words() { # NAME MARK WORDS: every format prints WORDS on MARK's line
    words_of "$1" "$2" >"$work/words" 2>&1
    if [ "$(grep -c -F -x -e "md: $3" -e "html: $3" -e "docx: $3" -e "xlsx: $3" "$work/words")" = "$4" ]; then
        ok "$1: $3"
    else
        not_ok "$1: not '$3' in $4 formats: $(tr '\n' '|' <"$work/words" | head -c 600)"
    fi
}

# ---- F1: an attachment's title read as Markdown in the .html and .docx ----------
# "Tổng hợp [x](y)" printed "TỔNG HỢP X" in the HTML and the Word
# document (the link's target gone), "TỔNG HỢP [X](Y)" in the
# Markdown and the workbook. An attachment's title is printed as written,
# as its label and note, in every format.
plan_with f1 '"Kế hoạch F1"' '"Tổng hợp [x](y) và &amp; F1T"' '"Bảng F1"'
same_words f1 F1T "tổng hợp [ x ] ( y ) và & amp ; f1t" 4

# ---- F2: a caption, title or heading whose own marks paired with the "**" --------
# The Markdown wraps a subject line, a table's caption, a heading or a
# basis in emphasis; their own "**" (or a last backslash) paired with the
# wrapper: "Bảng 1. Tổng hợp 1. **" came out "**Bảng 1. Tổng hợp 1. ****"
# (four stars shown, no bold), a title "A **b c" lost its "**" and
# "Bảng 1. Đồng Hưu \" escaped the closing "**". Their marks are now
# written back by cmark, escaped as text.
plan_with f2 '"F2S Kế hoạch **năm nay"' '"Biểu F2"' '"F2C Tổng hợp 1. **"'
same_words f2 F2S "f2s kế hoạch * * năm nay" 3
same_words f2 F2C "bảng 1 . f2c tổng hợp 1 . * *" 3
plan_with f2b '"Kế hoạch F2B"' '"Biểu F2B"' '"F2D Đồng Hưu \\"'
same_words f2b F2D "bảng 1 . f2d đồng hưu \\" 3
if grep -q -F '**F2S Kế hoạch \*\*năm nay**' "$work/o-f2/f2.md"; then
    ok "F2: the title's own stars escaped inside the wrapper"
else
    not_ok "F2: $(grep -F F2S "$work/o-f2/f2.md" | head -c 300)"
fi

# ---- F3: "~~" struck through by a GFM reader of the Markdown ----------------------
# The HTML (cmark) and the Word document print "~~gạch~~" as typed; the
# Markdown wrote it as typed too, so pandoc -f gfm (and GitHub) struck it
# through and dropped the tildes, and a "~~" pairing across words hid
# them. The Markdown escapes every '~' outside a code span.
plan_with f3 '"F3S Kế hoạch ~~gạch~~ bỏ"' '"Biểu F3"' '"F3C ~~x~~"'
same_words f3 F3S "f3s kế hoạch ~ ~ gạch ~ ~ bỏ" 3
same_words f3 F3C "bảng 1 . f3c ~ ~ x ~ ~" 3

# ---- F4: a bold cell of a Markdown table with a blank at its end -----------------
# A group row titled by a section whose title has a literal " *" printed
# "**X  phòng nâng **" in the Markdown, where a blank before the closing
# "**" leaves both pairs of stars shown and the row not bold. The blanks
# are left outside; since session 12 (leftovers12.sh 6a) the literal stars
# are kept, escaped, as the section's heading prints them.
cat >"$work/p/f4.yaml" <<'EOF'
{"khgen": 1,
 "header": {"issuer": ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯU"], "issuer_short": "UBND xã Đồng Hưu",
            "place": "Đồng Hưu", "date": "2025-01", "title": "Kế hoạch F4"},
 "units": [{"id": "vp", "name": "Văn phòng"}],
 "body": [{"section": "F4S nhiệm vụ * phòng nâng *", "items": [
            {"task": "Rà soát", "lead": "vp", "due": "2025-06"},
            {"para": "Chi tiết theo {att bieu01}."}]}],
 "signature": {"lines": ["CHỦ TỊCH"], "name": "Nguyễn Văn A"},
 "attachments": [{"id": "bieu01", "label": "Biểu 01", "title": "Phân công",
                  "preset": "task-assignments"}]}
EOF
"$khgen" build -o "$work/o-f4" -f md,html,docx,xlsx "$work/p/f4.yaml" >"$work/err" 2>&1 ||
    not_ok "f4: build: $(head -c 300 "$work/err")"
if grep -q -F '| **F4S nhiệm vụ \* phòng nâng \*** |' "$work/o-f4/f4.md"; then
    ok "F4: a bold cell's blanks outside its stars"
else
    not_ok "F4: $(grep -F F4S "$work/o-f4/f4.md" | tail -1 | head -c 300)"
fi

# ---- F5: a wrapped line ending in a blank ------------------------------------------
# A caption whose reference printed nothing ("{list localities kind=xã}"
# with no xã) ended in a blank inside its "**": "**Bảng 1. F5C **" shows
# the stars and no bold. The Markdown leaves the blanks out.
plan_with f5 '"Kế hoạch F5"' '"Biểu F5"' '"F5C {list localities kind=xã}"'
if grep -q -F -x '**Bảng 1. F5C**' "$work/o-f5/f5.md"; then
    ok "F5: a caption's blank at its end left out of its stars"
else
    not_ok "F5: $(grep -F F5C "$work/o-f5/f5.md" | head -c 300)"
fi

# ---- a fixed batch of random plans, every format word for word -------------------
seeds=${FORMATS10_SEEDS:-$(seq 1 12)}
# shellcheck disable=SC2086
if "$py" tests/hardening/formats10.py "$khgen" "$work/gen" $seeds >"$work/gen.out" 2>&1; then
    ok "random plans $(echo $seeds | tr ' ' ,): every format has the same words"
else
    not_ok "random plans: $(grep -A3 'not ok' "$work/gen.out" | head -c 1200)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
