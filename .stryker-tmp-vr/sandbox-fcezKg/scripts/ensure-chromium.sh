#!/usr/bin/env bash
# The sidebar test drives Debian's chromium through playwright-core (no browser download). chromium-l10n
# carries the Russian locale, so date fields show ДД.ММ.ГГГГ as a Russian user's Chrome does.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -f /usr/lib/chromium/locales/ru.pak ]; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n
