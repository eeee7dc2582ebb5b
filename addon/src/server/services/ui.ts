// Ui and HtmlService: the menu, the sidebar and toasts. onOpen runs in AuthMode.NONE for an
// installed-but-not-enabled add-on, where only Ui calls are allowed: no properties, network or sheet reads.
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";

/** Every item is bound to a top-level function of Code.js (main.ts's exports); one click each. */
export const MENU_ITEMS: readonly (readonly [string, string])[] = [
  [RU_JOIN.menu.validate, "menuValidate"],
  [RU_JOIN.menu.submit, "menuSubmit"],
  [RU_JOIN.menu.summary, "menuSummary"],
  [RU_JOIN.menu.join, "menuJoin"],
  [RU_JOIN.menu.open, "showSidebar"],
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, fn] of MENU_ITEMS) menu.addItem(caption, fn);
  menu.addToUi();
}

/** A message box with OK. */
export function alertBox(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(RU_UI.menu.title, message, ui.ButtonSet.OK);
}

/** A yes / no question; true for «Да». */
export function confirmBox(message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(RU_UI.menu.title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** A one-line input; null when cancelled. */
export function promptBox(title: string, message: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

export function showSidebarHtml(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(RU_UI.sidebar.title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, RU_UI.menu.title, 5);
}
