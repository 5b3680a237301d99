#!/bin/sh
# tools/fuzz-docx-seeds.sh [KHGEN] - remakes the structured seeds of the
# fuzz_import_docx target (tests/fuzz/fuzz_import_docx.c describes the
# input): for each .docx that khgen writes for plans/, that pandoc makes of
# the seeds ($SEEDS, default ../shared/seeds/*.txt, when present) and that is committed as a
# raw seed (tests/fuzz/seeds/import_docx/*.docx), the XML of
# word/document.xml followed by "----numbering.xml----" and numbering.xml,
# and "----styles.xml----" and styles.xml while the whole stays under the
# campaign's -max_len (64 KiB; a document.xml over 48 KiB loses
# paragraphs from its end). Writes tests/fuzz/seeds/import_docx/NAME.xml.
# Needs zip/unzip, and pandoc for the seeds' .docx.
set -eu
khgen=${1:-./khgen}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
out=tests/fuzz/seeds/import_docx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
max=65536

# structured NAME DOCX: writes $out/NAME.xml from the parts of DOCX
structured() {
    dest=$out/$1.xml
    unzip -p "$2" word/document.xml >"$tmp/doc" 2>/dev/null || return 0
    # a document.xml over the limit loses paragraphs from its end (it stays
    # well formed, so the seed reaches recognition instead of the XML error)
    /usr/bin/python3 - "$tmp/doc" $((max * 3 / 4)) <<'PY'
import re, sys
path, limit = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
while len(text.encode()) > limit:
    last = None
    for m in re.finditer(r"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", text, re.S):
        last = m
    if not last:
        break
    text = text[:last.start()] + text[last.end():]
open(path, "w", encoding="utf-8").write(text)
PY
    cp "$tmp/doc" "$tmp/all"
    for part in numbering styles; do
        unzip -p "$2" word/$part.xml >"$tmp/part" 2>/dev/null || continue
        [ -s "$tmp/part" ] || continue
        { cat "$tmp/all"; printf '\n----%s.xml----\n' "$part"; cat "$tmp/part"; } >"$tmp/next"
        [ "$(wc -c <"$tmp/next")" -le $max ] && mv "$tmp/next" "$tmp/all"
    done
    cp "$tmp/all" "$dest"
    echo "$dest: $(wc -c <"$dest") bytes"
}

for plan in plans/*.yaml; do
    name=$(basename "$plan" .yaml)
    "$khgen" build -f docx -o "$tmp" "$plan" >/dev/null
    structured "khgen-$name" "$tmp/$name.docx"
done
seeds=${SEEDS:-../shared/seeds}
if command -v pandoc >/dev/null 2>&1 && [ -d "$seeds" ]; then
    for seed in "$seeds"/*.txt; do
        name=$(basename "$seed" .txt)
        pandoc -f markdown -t docx -o "$tmp/$name.docx" "$seed" 2>/dev/null || continue
        structured "pandoc-$name" "$tmp/$name.docx"
    done
fi
for docx in "$out"/*.docx; do
    [ -f "$docx" ] && structured "raw-$(basename "$docx" .docx)" "$docx"
done
