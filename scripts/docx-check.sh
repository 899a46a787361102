#!/usr/bin/env bash
# Opens our DOCX export in a word processor: exports each document (or issue manifest) to DOCX,
# converts it to PDF with LibreOffice (soffice --headless) and compares its page count with our
# layout's (the pages of our PDF). With --png DIR, also renders both to PNG pages (pdftoppm -r 60)
# to look at side by side. Needs LibreOffice (apt-get install libreoffice-writer-nogui) and
# poppler-utils; without LibreOffice it says so and exits 0. Not part of CI.
#
#   scripts/docx-check.sh [--strict] [--no-autospace] [--png DIR] [FILE | MANIFEST.yaml]...
#
# Default: the four corpus gazettes (../shared/corpus) and the samples. --strict exits 1 when a
# count differs (with --no-autospace, the count without LibreOffice's spacing). Known difference:
# LibreOffice ignores w:autoSpaceDE/DN and adds space between Chinese and digits or Latin, so
# text with many numbers wraps a little sooner there than in our PDF (and than in Word, which
# honours them): a few pages more on a long gazette. --no-autospace adds a column with that
# spacing switched off (DOCX -> ODT, style:text-autospace="none" -> PDF; needs zip and unzip),
# which leaves the differences that are ours.
set -euo pipefail
cd "$(dirname "$0")/.."
strict=0
noauto=0
png=""
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --strict) strict=1 ;;
    --no-autospace) noauto=1 ;;
    --png) png="$2"; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) files+=("$1") ;;
  esac
  shift
done
if ! command -v soffice >/dev/null 2>&1; then
  echo "docx-check: LibreOffice (soffice) is not installed: nothing checked. apt-get install libreoffice-writer-nogui poppler-utils"
  exit 0
fi
if ! command -v pdfinfo >/dev/null 2>&1; then
  echo "docx-check: pdfinfo (poppler-utils) is not installed: nothing checked. apt-get install poppler-utils"
  exit 0
fi
if [ ${#files[@]} -eq 0 ]; then
  files=(../shared/corpus/gazette-*.txt samples/draft-notice-clean.txt samples/implementation-plan.gw samples/manifest.yaml)
fi
[ -f dist/cli.js ] || node esbuild.js >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own: a LibreOffice the developer has open does not take the conversion over.
profile="file://$work/profile"
differ=0
if [ "$noauto" = 1 ]; then
  printf '%-32s %6s %12s %20s\n' document ours LibreOffice 'without autospace'
else
  printf '%-32s %6s %12s\n' document ours LibreOffice
fi
for f in "${files[@]}"; do
  name=$(basename "${f%.*}")
  case "$f" in
    *.yaml|*.yml|*.json) cmd=issue ;;
    *) cmd=export ;;
  esac
  # The layout's page count, which our PDF has: the CLI prints `OUT: N 页 / pages`.
  ours=$(node dist/cli.js "$cmd" "$f" -o "$work/$name.docx" | sed -n 's/^.*: \([0-9]*\) 页.*$/\1/p' | head -1)
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
  lo=$(pdfinfo "$work/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ "$noauto" = 1 ]; then
    # LibreOffice's own format can switch off its Asian/non-Asian spacing, which the DOCX cannot.
    soffice -env:UserInstallation="$profile" --headless --convert-to odt --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
    rm -rf "$work/odt" && mkdir "$work/odt"
    (cd "$work/odt" && unzip -q "../$name.odt" &&
      sed -i 's/style:text-autospace="ideograph-alpha"/style:text-autospace="none"/g' styles.xml content.xml &&
      rm -f "../$name.na.odt" && zip -q -X -0 "../$name.na.odt" mimetype && zip -q -X -r "../$name.na.odt" . -x mimetype)
    soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work" "$work/$name.na.odt" >/dev/null 2>&1
    na=$(pdfinfo "$work/$name.na.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    # Only what is left without LibreOffice's spacing is a difference of ours.
    if [ "$ours" != "$na" ]; then mark="  differs"; differ=1
    elif [ "$ours" != "$lo" ]; then mark="  (autospace only)"
    else mark=""; fi
    printf '%-32s %6s %12s %20s%s\n' "$name" "$ours" "${lo:-?}" "${na:-?}" "$mark"
  else
    mark=""
    if [ "$ours" != "$lo" ]; then mark="  differs"; differ=1; fi
    printf '%-32s %6s %12s%s\n' "$name" "$ours" "${lo:-?}" "$mark"
  fi
  if [ -n "$png" ]; then
    mkdir -p "$png"
    pdftoppm -png -r 60 "$work/$name.pdf" "$png/$name-libreoffice"
    if node dist/cli.js "$cmd" "$f" -o "$work/$name.ours.pdf" >/dev/null 2>&1; then
      pdftoppm -png -r 60 "$work/$name.ours.pdf" "$png/$name-ours"
    else
      echo "  (our PDF needs Chromium: only LibreOffice's pages rendered)"
    fi
  fi
done
if [ "$differ" = 1 ] && [ "$strict" = 1 ]; then exit 1; fi
exit 0
