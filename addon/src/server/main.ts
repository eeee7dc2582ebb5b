// The only file Apps Script sees: its exports become top-level functions in Code.js (see build.mjs).
// Menu handlers run on the server; sidebar calls go through google.script.run and return Results.
import { buildMenu, showSidebarHtml } from "./ui.ts";

/** Runs in every auth mode, including NONE: only builds the menu, touches no data or network. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  showSidebarHtml();
}
