// One headless chromium and one built add-on per sidebar test file (the same set-up three files had
// written out): built and launched before the file's tests, closed after them.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { buildAddon } from "./fakes/load-addon.ts";

export const SHOTS = "docs/screenshots";

export interface SidebarBrowser {
  readonly browser: Browser;
  /** the folder holding the built Sidebar.html */
  readonly dist: string;
}

export function useSidebarBrowser(): SidebarBrowser {
  let browser: Browser | undefined;
  let dist = "";
  beforeAll(async () => {
    dist = await buildAddon();
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error("chromium is not started: use the browser inside a test");
      return browser;
    },
    get dist(): string {
      return dist;
    },
  };
}
