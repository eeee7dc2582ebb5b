// Ui and HtmlService: the menu, the sidebar and toasts. onOpen runs in AuthMode.NONE for an
// installed-but-not-enabled add-on, where only Ui calls are allowed: no properties, network or sheet reads.
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";

export function buildMenu(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(RU_UI.menu.open, "showSidebar").addToUi();
}

export function showSidebarHtml(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(RU_UI.sidebar.title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, RU_UI.menu.title, 5);
}
