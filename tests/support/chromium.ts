// Debian's chromium, headless and offline, in Russian: the sidebar and invitation-page tests use it.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error("chromium missing: run `bash scripts/ensure-chromium.sh` (npm pretest does)");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=ru-RU",
    ],
    // the browser's own language (LANGUAGE, with Debian's chromium-l10n) sets how <input type="date">
    // shows dates: ДД.ММ.ГГГГ, as in a Russian user's Chrome
    // LANG: a UTF-8 locale every Debian has. ru_RU.UTF-8 is often not generated (not on this machine);
    // then the C locale applies and Chrome cannot write a Cyrillic file name: every «Сводка — ….xlsx»
    // download was saved as "download". The language is LANGUAGE's and --lang's.
    env: { ...process.env, LANG: "C.UTF-8", LANGUAGE: "ru" },
  });
}
