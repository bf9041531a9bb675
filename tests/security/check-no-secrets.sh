#!/usr/bin/env bash
# secrets_never_leak: after the whole suite, no test secret appears in what it
# left behind: every test's output (Testing/Temporary/LastTest.log), the logs of
# every server and sandbox the tests ran (COMPANION_TEST_LOG_DIR), and the text
# on every screenshot the GUI tests saved (COMPANION_SCREENSHOT_DIR, read by
# tesseract OCR). It first proves it can fail: a canary secret written into a
# log and drawn into a PNG must both be found.
#
#   check-no-secrets.sh BUILD_DIR SECRETS_FILE
set -Eeuo pipefail
build_dir=$1
secrets_file=$2
logs=${COMPANION_TEST_LOG_DIR:-$build_dir/Testing/program-logs}
shots=${COMPANION_SCREENSHOT_DIR:-$build_dir/Testing/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'echo "FAIL: line $LINENO: \"$BASH_COMMAND\" exited $?" >&2' ERR

grep -v '^#' "$secrets_file" | grep -v '^$' >"$work/secrets"
[[ -n ${PGPASSWORD:-} ]] && echo "$PGPASSWORD" >>"$work/secrets"
# OCR reads "_" as a space and so on: compare letters and digits only.
normalize() { tr '[:upper:]' '[:lower:]' | tr -cd '[:alnum:]\n'; }
normalize <"$work/secrets" >"$work/secrets.ocr"

# Text: fixed strings, anywhere.
scan_text() { # files… → prints "file: secret" for each hit
    local f
    for f in "$@"; do
        grep -F -o -f "$work/secrets" "$f" 2>/dev/null | sort -u | sed "s|^|$f: |" || true
    done
}
# Screenshots: what tesseract reads on them.
scan_png() {
    local f
    for f in "$@"; do
        tesseract "$f" - 2>/dev/null | normalize >"$work/ocr.txt" || true
        grep -F -o -f "$work/secrets.ocr" "$work/ocr.txt" | sort -u | sed "s|^|$f (OCR): |" || true
    done
}

# The canary: a scan that cannot find it could not find a leak either.
canary=whsec_canary_ZX81secret0042
echo "$canary" >>"$work/secrets"
echo "$canary" | normalize >>"$work/secrets.ocr"
echo "request_id=req_1 secret=$canary" >"$work/canary.log"
cat >"$work/canary.svg" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" width="900" height="80"><rect width="900" height="80" fill="white"/>
<text x="20" y="50" font-family="DejaVu Sans" font-size="28">Webhook secret: $canary</text></svg>
SVG
rsvg-convert "$work/canary.svg" -o "$work/canary.png"
[[ -n $(scan_text "$work/canary.log") ]] || { echo "FAIL: the scan does not find a secret in a log" >&2; exit 1; }
[[ -n $(scan_png "$work/canary.png") ]] || { echo "FAIL: the scan does not find a secret on a screenshot" >&2; exit 1; }
sed -i "/$canary/d" "$work/secrets"
sed -i "/$(echo "$canary" | normalize)/d" "$work/secrets.ocr"

# CTest writes this run's output to LastTest.log.tmp as tests finish (renamed at the end).
texts=("$build_dir/Testing/Temporary/LastTest.log.tmp")
[[ -f ${texts[0]} ]] || texts=("$build_dir/Testing/Temporary/LastTest.log")
[[ -f ${texts[0]} ]] || { echo "FAIL: no Testing/Temporary/LastTest.log(.tmp): run under CTest" >&2; exit 1; }
# A run without program logs or screenshots has no such folder: nothing to scan there (and no failed find).
mapfile -t -O 1 texts < <([[ -d $logs ]] && find "$logs" -type f | sort)
mapfile -t pngs < <([[ -d $shots ]] && find "$shots" -name '*.png' -type f | sort)
hits=$( { scan_text "${texts[@]}"; ((${#pngs[@]})) && scan_png "${pngs[@]}"; } || true)
echo "scanned ${#texts[@]} logs ($(cat "${texts[@]}" | wc -c) bytes) and ${#pngs[@]} screenshots for $(wc -l <"$work/secrets") secrets"
if [[ -n $hits ]]; then
    echo "FAIL: secrets found:" >&2
    echo "$hits" >&2
    exit 1
fi
echo "PASS: no secret in any log or screenshot"
