// The only file Apps Script sees: its exports become top-level functions in Code.js (see build.mjs).
// Menu handlers run on the server; sidebar calls go through google.script.run and return Results,
// never throw (guard turns a bug into a Russian message).
import { columnIndex } from "../../../shared/grid.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../shared/result.ts";
import * as apiTokens from "./actions/api-tokens.ts";
import * as changes from "./actions/campaign-changes.ts";
import { loadCampaignForm as campaignForm } from "./actions/campaign-form.ts";
import * as campaigns from "./actions/campaigns.ts";
import { closeCampaign as close } from "./actions/close-campaign.ts";
import { clearHighlight, highlight } from "./actions/highlight.ts";
import {
  importFile as importRoadmapFile,
  transferSheet as transferActiveSheet,
} from "./actions/import-roadmap.ts";
import { insertTemplate as insert } from "./actions/insert-template.ts";
// issue 10: the one-click menu, join by code, invitations
import {
  listInvitations as listInvites,
  revokeInvitation as revokeInvite,
} from "./actions/invitation-list.ts";
import { inviteSchools as invite } from "./actions/invite-schools.ts";
import { joinByCode } from "./actions/join.ts";
import { mailInvitations as mailInvites } from "./actions/mail-invitations.ts";
import * as members from "./actions/members.ts";
import { menuJoinFlow, menuSubmitText, menuSummaryText } from "./actions/menu-actions.ts";
import { openCampaign } from "./actions/open-campaign.ts";
import { reminderList, sendReminders } from "./actions/remind.ts";
import * as reviews from "./actions/reviews.ts";
import { applySchools as apply, openSchoolsSheet as openSchools, previewSchools } from "./actions/schools.ts";
import { submitActiveSheet } from "./actions/submit.ts";
import { previewSubmit } from "./actions/submit-preview.ts";
import { buildSummary } from "./actions/summary.ts";
import { downloadSummary as summaryFile } from "./actions/summary-download.ts";
import { checkActiveSheet, validationView } from "./actions/validate-sheet.ts";
import { guard } from "./guard.ts";
import { BUILT_IN_WORKER_URL } from "./plan/built-in.ts";
import { templateOptions } from "./plan/template-catalog.ts";
import type { CampaignEditForm, CampaignForm, SidebarState } from "./plan/views.ts";
import { withDocumentLock } from "./services/lock.ts";
import { readPending, readSettings } from "./services/settings.ts";
import { activeSheet, findSheet, selectCell as select, sheetKey, sheetName } from "./services/sheet-io.ts";
import { buildMenu, showSidebarHtml, toast } from "./services/ui.ts";
import type { ServerApi } from "./sidebar-api.ts";

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

/** Menu «Проверить лист»: check and highlight without opening the sidebar. */
export function menuValidate(): void {
  const r = highlightSheet();
  toast(r.ok ? `${RU_UI.sidebar.check.highlighted}: ${r.value.cells}` : r.message);
}

/** Menu «Отправить»: the active sheet, result in a toast. */
export function menuSubmit(): void {
  toast(menuSubmitText(submitSheet()));
}

/** Menu «Собрать сводку» (department): the summary sheets, result in a toast. */
export function menuSummary(): void {
  toast(menuSummaryText(collectSummary()));
}

/** Menu «Подключиться по коду»: a prompt for the code, then the template offered in a dialog. */
export function menuJoin(): void {
  menuJoinFlow(joinWithCode, insertTemplate);
}

export function joinWithCode(code: string) {
  return guard("joinWithCode", () => withDocumentLock(() => joinByCode(String(code ?? ""))));
}

export function inviteSchools() {
  return guard("inviteSchools", () => withDocumentLock(() => invite()));
}

export function mailInvitations() {
  return guard("mailInvitations", () => withDocumentLock(() => mailInvites()));
}

/** The campaign's invitations for the sidebar: school, state, expiry, uses. */
export function listInvitations() {
  return guard("listInvitations", () => listInvites());
}

/** «Отозвать» in the sidebar (after its confirmation): revokes, then answers the fresh list. */
export function revokeInvitation(invitationId: string) {
  return guard("revokeInvitation", () => revokeInvite(String(invitationId ?? "")));
}

export function menuClearHighlight(): void {
  const r = clearSheetHighlight();
  toast(r.ok ? `${RU_UI.sidebar.check.cleared}: ${r.value.cells}` : r.message);
}

export function getState(): Result<SidebarState> {
  return guard("getState", () => {
    const s = readSettings();
    const sheet = activeSheet();
    const pending = sheet ? readPending(sheetKey(sheet)) : null;
    return ok({
      sheetName: sheet ? sheetName(sheet) : null,
      workerUrl: s.workerUrl,
      builtInWorkerUrl: BUILT_IN_WORKER_URL !== "",
      campaign: s.campaign
        ? {
            id: s.campaign.id,
            name: s.campaign.name,
            dueDate: s.campaign.dueDate,
            templateId: s.campaign.templateId,
          }
        : null,
      templates: templateOptions(),
      pendingSubmission: pending?.submissionId ?? null,
    });
  });
}

export function insertTemplate(templateId: string, periodText: string) {
  return guard("insertTemplate", () => insert(String(templateId), String(periodText ?? "")));
}

export function validateSheet() {
  return guard("validateSheet", () => {
    const checked = checkActiveSheet();
    return checked.ok ? ok(validationView(checked.value)) : checked;
  });
}

export function selectCell(name: string, row: number, column: string | null): Result<null> {
  return guard("selectCell", () => {
    const sheet = findSheet(String(name));
    if (!sheet) return err("sheet-not-found", fill(RU_UI.errors.sheetNotFound, { name }));
    const col = column ? columnIndex(String(column)) + 1 : 1;
    select(sheet, Math.max(1, Number(row) || 1), Math.max(1, col));
    return ok(null);
  });
}

export function highlightSheet() {
  return guard("highlightSheet", () =>
    withDocumentLock(() => {
      const checked = checkActiveSheet();
      return checked.ok ? highlight(checked.value.sheet, checked.value.report.findings) : checked;
    }),
  );
}

export function clearSheetHighlight() {
  return guard("clearSheetHighlight", () =>
    withDocumentLock(() => {
      const sheet = activeSheet();
      return sheet ? clearHighlight(sheet) : err("no-sheet", RU_UI.errors.noSheet);
    }),
  );
}

export function submitSheet(expectedSheet?: string) {
  return guard("submitSheet", () =>
    submitActiveSheet(typeof expectedSheet === "string" ? expectedSheet : undefined),
  );
}

export function prepareSubmit() {
  return guard("prepareSubmit", () => previewSubmit());
}

export function loadCampaigns(workerUrl: string) {
  return guard("loadCampaigns", () => campaigns.listCampaigns(String(workerUrl ?? "")));
}

export function saveSettings(workerUrl: string, campaignId: string) {
  return guard("saveSettings", () =>
    campaigns.saveSettings(String(workerUrl ?? ""), String(campaignId ?? "")),
  );
}

export function loadCampaignForm() {
  return guard("loadCampaignForm", () => campaignForm());
}

export function createCampaign(form: CampaignForm) {
  return guard("createCampaign", () => openCampaign(form && typeof form === "object" ? form : null));
}

export function closeCampaign(campaignId: string, confirmed: boolean, reason?: string) {
  return guard("closeCampaign", () =>
    close(String(campaignId ?? ""), confirmed === true, typeof reason === "string" ? reason : ""),
  );
}

export function openSchoolsSheet(orgId: string) {
  return guard("openSchoolsSheet", () => withDocumentLock(() => openSchools(String(orgId ?? ""))));
}

export function loadSchools(orgId: string) {
  return guard("loadSchools", () => previewSchools(String(orgId ?? "")));
}

export function applySchools(orgId: string, planId: string) {
  return guard("applySchools", () =>
    withDocumentLock(() => apply(String(orgId ?? ""), String(planId ?? ""))),
  );
}

export function collectSummary() {
  return guard("collectSummary", () => withDocumentLock(() => buildSummary()));
}

export function prepareReminders() {
  return guard("prepareReminders", () => reminderList());
}

export function sendReminderEmails(orgIds: string[]) {
  return guard("sendReminderEmails", () => sendReminders(Array.isArray(orgIds) ? orgIds.map(String) : []));
}

// issue 9: change the document's running campaign
export function loadCampaignChanges() {
  return guard("loadCampaignChanges", () => changes.loadCampaignChanges());
}

export function saveCampaignEdit(form: CampaignEditForm) {
  return guard("saveCampaignEdit", () =>
    changes.saveCampaignEdit(form && typeof form === "object" ? form : null),
  );
}

export function changeCampaignParticipants(add: string[], remove: string[], reason: string) {
  return guard("changeCampaignParticipants", () =>
    changes.changeParticipants(
      Array.isArray(add) ? add.map(String) : [],
      Array.isArray(remove) ? remove.map(String) : [],
      String(reason ?? ""),
    ),
  );
}

export function reopenCampaign(reason: string) {
  return guard("reopenCampaign", () => changes.reopenCampaign(String(reason ?? "")));
}

// issue 9: review
export function loadReviewQueue() {
  return guard("loadReviewQueue", () => reviews.reviewQueue());
}

export function reviewSchool(
  orgId: string,
  version: number,
  state: string,
  comment: string,
  itemsText: string,
) {
  return guard("reviewSchool", () =>
    reviews.reviewSchool(
      String(orgId ?? ""),
      Number(version),
      state === "returned" ? "returned" : "accepted",
      String(comment ?? ""),
      String(itemsText ?? ""),
    ),
  );
}

export function loadMyReview() {
  return guard("loadMyReview", () => withDocumentLock(() => reviews.myReview()));
}

// Compile-time check that the exports match what the sidebar is typed against.
const _api: ServerApi = {
  importFile,
  transferSheet,
  getState,
  insertTemplate,
  validateSheet,
  selectCell,
  highlightSheet,
  clearSheetHighlight,
  submitSheet,
  prepareSubmit,
  loadCampaigns,
  saveSettings,
  loadCampaignForm,
  createCampaign,
  closeCampaign,
  openSchoolsSheet,
  loadSchools,
  applySchools,
  collectSummary,
  prepareReminders,
  sendReminderEmails,
  joinWithCode,
  inviteSchools,
  mailInvitations,
  listInvitations,
  revokeInvitation,
  loadCampaignChanges,
  saveCampaignEdit,
  changeCampaignParticipants,
  reopenCampaign,
  loadReviewQueue,
  reviewSchool,
  loadMyReview,
  loadPeople,
  listMembers,
  addMember,
  changeMemberRole,
  removeMember,
  listApiTokens,
  createApiToken,
  revokeApiToken,
  downloadSummary,
  highlightMyRemarks,
};
void _api;

// --- issue 11: «Импорт из файла», «Перенести в шаблон» ---
export function importFile(fileName: string, base64: string, apply: boolean) {
  return guard("importFile", () =>
    importRoadmapFile(String(fileName ?? ""), String(base64 ?? ""), apply === true),
  );
}

export function transferSheet(apply: boolean) {
  return guard("transferSheet", () => transferActiveSheet(apply === true));
}

// --- people: members of the orgs the user manages (the worker enforces every rule) ---
export function loadPeople() {
  return guard("loadPeople", () => members.loadPeople());
}

export function listMembers(orgId: string) {
  return guard("listMembers", () => members.listMembers(String(orgId ?? "")));
}

export function addMember(orgId: string, email: string, role: string) {
  return guard("addMember", () =>
    members.addMember(String(orgId ?? ""), String(email ?? ""), String(role ?? "")),
  );
}

export function changeMemberRole(orgId: string, email: string, role: string) {
  return guard("changeMemberRole", () =>
    members.changeMemberRole(String(orgId ?? ""), String(email ?? ""), String(role ?? "")),
  );
}

export function removeMember(orgId: string, email: string) {
  return guard("removeMember", () => members.removeMember(String(orgId ?? ""), String(email ?? "")));
}

// --- people: the user's API tokens ---
export function listApiTokens() {
  return guard("listApiTokens", () => apiTokens.listApiTokens());
}

export function createApiToken(label: string, orgIds?: string[]) {
  return guard("createApiToken", () =>
    apiTokens.createApiToken(String(label ?? ""), Array.isArray(orgIds) ? orgIds.map(String) : undefined),
  );
}

export function revokeApiToken(tokenId: string) {
  return guard("revokeApiToken", () => apiTokens.revokeApiToken(String(tokenId ?? "")));
}

// --- «Скачать Excel / CSV»: the worker's summary file, for the sidebar to save ---
export function downloadSummary(format: string) {
  return guard("downloadSummary", () => summaryFile(format === "csv" ? "csv" : "xlsx"));
}

// --- remarks: the department's item remarks shown on the roadmap sheet ---
export function highlightMyRemarks() {
  return guard("highlightMyRemarks", () => withDocumentLock(() => reviews.highlightMyRemarks()));
}
