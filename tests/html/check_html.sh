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
# OUTDIR/<plan>-page1.png for a person to look at, with screenshots of the
# screen at 390x844 (a phone) and 1280x900 (OUTDIR/<plan>-390x844.png, ...);
# on the phone no element may stick out of the page or overflow its box
# (tests/html/measure_narrow.html, run by Chromium). The XSS plan must show
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

# screenshot HTML PNG WxH: the page on a screen of that size.
screenshot() {
    profile=$(mktemp -d /tmp/khgen-chromium.XXXXXX)
    url=$("$python" -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$1")
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
        --no-default-browser-check --disable-background-networking --disable-extensions \
        --user-data-dir="$profile" --hide-scrollbars --window-size="$(echo "$3" | tr x ,)" \
        --screenshot="$2" "$url" >/dev/null 2>&1
    rm -rf "$profile"
    [ -s "$2" ]
}

# measure_narrow MEASURE_HTML PAGE: the RESULT line of measure_narrow.html.
measure_narrow() {
    profile=$(mktemp -d /tmp/khgen-chromium.XXXXXX)
    url=$("$python" -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$1")
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
        --no-default-browser-check --disable-background-networking --disable-extensions \
        --user-data-dir="$profile" --allow-file-access-from-files --window-size=390,844 \
        --virtual-time-budget=10000 --dump-dom "$url?$2" 2>/dev/null |
        grep -o 'RESULT[^<]*' | head -n 1
    rm -rf "$profile"
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
    # the screen: a phone (390 x 844) and a desktop (1280 x 900), written
    # for a person to look at; on the phone no line may stick out or be cut
    for size in 390x844 1280x900; do
        rm -f "$out/$name-$size.png"
        if screenshot "$html" "$out/$name-$size.png" "$size"; then
            ok "$name: screenshot at $size written to $out/$name-$size.png"
        else
            not_ok "$name: no screenshot at $size"
        fi
    done
    cp tests/html/measure_narrow.html "$out/measure_narrow.html"
    result=$(measure_narrow "$out/measure_narrow.html" "$name.html")
    case $result in
    *"cut=0"*) ok "$name: at 390 px wide no line is cut ($result)" ;;
    *) not_ok "$name: at 390 px wide lines are cut: $result" ;;
    esac
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
