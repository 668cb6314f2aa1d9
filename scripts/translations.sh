#!/usr/bin/env bash
# Dutch translations: one catalogue per unit, so that apps can be worked on (and left out) independently.
#   scripts/translations.sh update   extract English source strings into */locale/nl/*.po and compile the .mo files
#   scripts/translations.sh check    fail on untranslated, fuzzy or stale messages, or on .mo files out of date;
#                                    leaves the working tree as it found it
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
export DJANGO_SETTINGS_MODULE=herstelnetwerk.settings.test PYTHONPATH="$ROOT"

# The core's catalogue lives in locale/ at the top (site templates + herstelnetwerk); every other unit has its own.
UNITS=(herstelnetwerk/agenda herstelnetwerk/socialmap verhalen vrijwilligers search wegwijzer)
CORE_IGNORES=(--ignore=.venv --ignore=tests --ignore=node_modules --ignore=static --ignore=media --ignore=bench)
for unit in "${UNITS[@]}"; do CORE_IGNORES+=("--ignore=$unit/*"); done

extract() {
    "$PYTHON" -m django makemessages -l nl --no-location --no-obsolete "${CORE_IGNORES[@]}" >/dev/null
    for unit in "${UNITS[@]}"; do
        mkdir -p "$unit/locale"
        (cd "$unit" && "$PYTHON" -m django makemessages -l nl --no-location --no-obsolete >/dev/null)
        rmdir "$unit/locale" 2>/dev/null || true  # a unit without strings yet
    done
}

catalogues() {
    find locale "${UNITS[@]}" -path '*locale/nl/LC_MESSAGES/django.po' 2>/dev/null | sort
}

case "${1:-}" in
update)
    extract
    for po in $(catalogues); do msgfmt --check-format -o "${po%.po}.mo" "$po"; done
    ;;
check)
    command -v msgattrib >/dev/null || { echo "gettext is not installed (apt-get install gettext)"; exit 2; }
    status=0
    snapshot=$(mktemp -d)
    trap 'rm -rf "$snapshot"' EXIT
    for po in $(catalogues); do
        mkdir -p "$snapshot/$(dirname "$po")" && cp "$po" "$snapshot/$po"
        missing=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid "..*"' || true)
        fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid "..*"' || true)
        if [ "$missing" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
            echo "$po: $missing untranslated, $fuzzy fuzzy"
            status=1
        fi
        msgfmt --check-format -o "$snapshot/compiled.mo" "$po"
        if ! cmp -s "$snapshot/compiled.mo" "${po%.po}.mo"; then
            echo "${po%.po}.mo is missing or out of date: run 'make messages'"
            status=1
        fi
    done
    extract
    for po in $(catalogues); do
        if [ ! -f "$snapshot/$po" ]; then
            echo "$po is new: run 'make messages', translate and commit it"
            rm "$po"
            status=1
        elif ! diff -q -I 'POT-Creation-Date' "$snapshot/$po" "$po" >/dev/null; then
            echo "$po is stale: run 'make messages' and translate the new strings"
            diff -I 'POT-Creation-Date' "$snapshot/$po" "$po" | head -20 || true
            status=1
        fi
        [ -f "$snapshot/$po" ] && cp "$snapshot/$po" "$po"
    done
    exit $status
    ;;
*)
    echo "usage: $0 update|check" >&2
    exit 2
    ;;
esac
