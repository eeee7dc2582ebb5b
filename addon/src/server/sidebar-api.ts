// The server functions the sidebar may call, with their argument and result types. main.ts is
// checked against this list and the sidebar's google.script.run wrapper is typed by it, so a renamed
// function or a changed result fails the type-check instead of failing silently in the browser.
import type { Result } from "../../../shared/result.ts";
import type { InvitationListView, InvitationsView, JoinedView, MailedView } from "./plan/first-day-views.ts";
import type { ImportView } from "./plan/import-views.ts";
import type { CreatedTokenView, MembersView, PeopleView, TokensView } from "./plan/people-views.ts";
import type { SummaryFileView } from "./plan/summary-file.ts";
import type {
  CampaignChangesView,
  CampaignEditForm,
  CampaignForm,
  CampaignFormView,
  CampaignOption,
  HighlightView,
  InsertedView,
  MyReviewView,
  OpenedCampaignView,
  ReceiptView,
  RemarksShownView,
  ReminderView,
  ReviewQueueView,
  SchoolsAppliedView,
  SchoolsPreviewView,
  SchoolsSheetView,
  SentView,
  Settings,
  SidebarState,
  SubmitPreview,
  SummaryView,
  ValidationView,
} from "./plan/views.ts";

export interface ServerApi {
  importFile(fileName: string, base64: string, apply: boolean): Result<ImportView>;
  transferSheet(apply: boolean): Result<ImportView>;
  getState(): Result<SidebarState>;
  insertTemplate(templateId: string, periodText: string): Result<InsertedView>;
  validateSheet(): Result<ValidationView>;
  selectCell(sheetName: string, row: number, column: string | null): Result<null>;
  highlightSheet(): Result<HighlightView>;
  clearSheetHighlight(): Result<HighlightView>;
  /** `expectedSheet`: the sheet the user confirmed (refused with `sheet-changed` if another is active) */
  submitSheet(expectedSheet?: string): Result<ReceiptView>;
  prepareSubmit(): Result<SubmitPreview>;
  loadCampaigns(workerUrl: string): Result<CampaignOption[]>;
  saveSettings(workerUrl: string, campaignId: string): Result<Settings>;
  loadCampaignForm(): Result<CampaignFormView>;
  /** `invalid-form` errors carry CampaignFormErrors in `details` */
  createCampaign(form: CampaignForm): Result<OpenedCampaignView>;
  /** `reason` (optional, issue 9) goes to the campaign's history */
  closeCampaign(campaignId: string, confirmed: boolean, reason?: string): Result<CampaignOption>;
  openSchoolsSheet(orgId: string): Result<SchoolsSheetView>;
  loadSchools(orgId: string): Result<SchoolsPreviewView>;
  /** `plan-changed` errors carry the fresh SchoolsPreviewView in `details` */
  applySchools(orgId: string, planId: string): Result<SchoolsAppliedView>;
  collectSummary(): Result<SummaryView>;
  prepareReminders(): Result<ReminderView>;
  sendReminderEmails(orgIds: string[]): Result<SentView>;
  // issue 10
  joinWithCode(code: string): Result<JoinedView>;
  inviteSchools(): Result<InvitationsView>;
  mailInvitations(): Result<MailedView>;
  listInvitations(): Result<InvitationListView>;
  revokeInvitation(invitationId: string): Result<InvitationListView>;
  // issue 9: change the document's running campaign
  loadCampaignChanges(): Result<CampaignChangesView>;
  saveCampaignEdit(form: CampaignEditForm): Result<CampaignChangesView>;
  changeCampaignParticipants(add: string[], remove: string[], reason: string): Result<CampaignChangesView>;
  reopenCampaign(reason: string): Result<CampaignChangesView>;
  // issue 9: review
  loadReviewQueue(): Result<ReviewQueueView>;
  reviewSchool(
    orgId: string,
    version: number,
    state: string,
    comment: string,
    itemsText: string,
  ): Result<ReviewQueueView>;
  loadMyReview(): Result<MyReviewView>;
  // people: members of the orgs the user manages
  loadPeople(): Result<PeopleView>;
  listMembers(orgId: string): Result<MembersView>;
  addMember(orgId: string, email: string, role: string): Result<MembersView>;
  changeMemberRole(orgId: string, email: string, role: string): Result<MembersView>;
  removeMember(orgId: string, email: string): Result<MembersView>;
  // people: the user's API tokens (the secret of a new one is in createApiToken's answer only)
  listApiTokens(): Result<TokensView>;
  /** `orgIds`: the organisations the token may reach (absent: all of the user's) */
  createApiToken(label: string, orgIds?: string[]): Result<CreatedTokenView>;
  revokeApiToken(tokenId: string): Result<TokensView>;
  // «Скачать Excel / CSV»: the worker's summary file of the document's campaign, as base64
  /** `format`: "xlsx" or "csv" (anything else is read as "xlsx") */
  downloadSummary(format: string): Result<SummaryFileView>;
  // remarks: the department's item remarks on the roadmap sheet
  highlightMyRemarks(): Result<RemarksShownView>;
}
