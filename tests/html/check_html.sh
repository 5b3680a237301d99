#!/bin/sh
# tests/html/check_html.sh KHGEN OUTDIR - the print-ready HTML, checked in a
# real browser.
#
# For every plan in plans/ and for tests/html/xss.yaml: khgen writes the
# HTML into OUTDIR, and the same bytes again in a second build; `tidy
# -errors` must find no error (warnings are shown); headless Chromium
# prints it to OUTDIR/<plan>.pdf; poppler then checks the PDF
# (tests/html/pdf_checks.py: A4 pages, landscape attachment pages, page
# numbers from page 2 on and per attachment, the national name on page 1,
# repeated table headers, embedded Times-compatible fonts; no page ends
# with a section, clause or sub-clause heading), the text of
# the PDF is compared word by word with the seed document
# (tests/fidelity.py, at least 97% both ways), and page 1 is written to
# OUTDIR/<plan>-page1.png for a person to look at. The XSS plan must show
# its markup and script as text and carry no script, no resource and no
# javascript: link.
#
# Prints "ok - ..." / "not ok - ..." per check and a last line
# "N passed, M failed"; exits non-zero if any check failed.
# Needs chromium, poppler-utils, tidy, fonts-liberation, python3
# (tools/deps.sh test installs them).
set -u
if [ $# -ne 2 ]; then
    echo "usage: sh tests/html/check_html.sh KHGEN OUTDIR" >&2
    exit 2
fi
khgen=$1
out=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
case $khgen in /*) ;; *) khgen="$(pwd)/$khgen" ;; esac
mkdir -p "$out" || exit 2
out=$(cd "$out" && pwd)
cd "$top" || exit 2

python=/usr/bin/python3
[ -x "$python" ] || python=python3
chromium=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
        chromium=$candidate
        break
    fi
done

log="$out/check_html.log"
: >"$log"
ok() { echo "ok - $*" | tee -a "$log"; }
not_ok() { echo "not ok - $*" | tee -a "$log"; }
# run_checks COMMAND...: a command that prints its own ok/not ok lines
run_checks() { "$@" 2>&1 | tee -a "$log"; }

# print_pdf HTML PDF: headless Chromium prints the page as the user would.
print_pdf() {
    profile=$(mktemp -d /tmp/khgen-chromium.XXXXXX)
    url=$("$python" -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$1")
    rm -f "$2"
    timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --no-default-browser-check --disable-background-networking \
        --disable-component-update --disable-sync --disable-extensions \
        --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$2" "$url" >"$2.log" 2>&1
    status=$?
    rm -rf "$profile"
    [ "$status" -eq 0 ] && [ -s "$2" ]
}

# check_plan PLAN [SEED]: everything for one plan file.
check_plan() {
    plan=$1
    seed=${2:-}
    name=$(basename "$plan" .yaml)
    html="$out/$name.html"
    pdf="$out/$name.pdf"
    rm -f "$html"
    if "$khgen" build -f html -o "$out" "$plan" >"$out/$name.build.log" 2>&1 && [ -s "$html" ]; then
        ok "$name: khgen build -f html"
    else
        not_ok "$name: khgen build -f html failed"
        sed 's/^/# /' "$out/$name.build.log"
        return
    fi
    mkdir -p "$out/again"
    if "$khgen" build -f html -o "$out/again" "$plan" >/dev/null 2>&1 &&
        cmp -s "$html" "$out/again/$name.html"; then
        ok "$name: a second build gives the same bytes"
    else
        not_ok "$name: a second build gives a different HTML file"
    fi
    if command -v tidy >/dev/null 2>&1; then
        tidy -errors -quiet "$html" >"$out/$name.tidy.log" 2>&1
        if [ $? -lt 2 ]; then
            ok "$name: tidy finds no error in the HTML"
        else
            not_ok "$name: tidy finds errors in the HTML"
            sed 's/^/# /' "$out/$name.tidy.log"
        fi
        # warnings do not fail the check, but are shown
        tidy -quiet -o /dev/null "$html" 2>&1 | grep -i 'warning' | sed 's/^/# tidy: /'
    else
        not_ok "$name: tidy is not installed (sh tools/deps.sh test)"
    fi
    if [ -z "$chromium" ]; then
        not_ok "$name: no chromium to print with (sh tools/deps.sh test)"
        return
    fi
    if print_pdf "$html" "$pdf"; then
        ok "$name: headless Chromium prints it to PDF"
    else
        not_ok "$name: headless Chromium could not print it"
        sed 's/^/# /' "$pdf.log"
        return
    fi
    run_checks "$python" tests/html/pdf_checks.py document "$name" "$html" "$pdf"
    run_checks "$python" tests/html/pdf_checks.py headings "$name" "$html" "$pdf"
    if [ "$name" = xss ]; then
        run_checks "$python" tests/html/pdf_checks.py safe-html "$name" "$html"
        run_checks "$python" tests/html/pdf_checks.py contains "$name" "$pdf" \
            '<script>alert(1)</script>' '<b>x</b>' '&copy;' 'AT&T' \
            '<img src=x onerror=alert(1)>'
    fi
    if [ -n "$seed" ]; then
        pdftotext "$pdf" "$out/$name.pdf.txt"
        if "$python" tests/fidelity.py --name "$name (PDF)" "$seed" "$out/$name.pdf.txt"; then
            ok "$name: text of the PDF matches the seed (fidelity >= 97% both ways)"
        else
            not_ok "$name: text of the PDF below 97% fidelity against $seed"
        fi
    fi
    rm -f "$out/$name-page1.png"
    if pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$out/$name-page1" && \
        [ -s "$out/$name-page1.png" ]; then
        ok "$name: page 1 written to $out/$name-page1.png"
    else
        not_ok "$name: could not write the PNG of page 1"
    fi
}

for plan in plans/*.yaml; do
    name=$(basename "$plan" .yaml)
    seed="tests/seeds/$name.txt"
    if [ -f "$seed" ]; then
        check_plan "$plan" "$seed"
    else
        not_ok "$name: no seed text $seed"
        check_plan "$plan"
    fi
done
check_plan tests/html/xss.yaml

passed=$(grep -c '^ok - ' "$log")
failed=$(grep -c '^not ok - ' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
