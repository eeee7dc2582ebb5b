// What the server functions hand to the sidebar. Plain JSON only (google.script.run drops Dates and
// class instances), shared with the sidebar as types so both sides agree at compile time.
import type { RemarkPlace } from "./remark-places.ts";

export type Severity = "error" | "warning" | "info";

export interface TemplateOption {
  id: string;
  version: number;
  name: string;
  kind: "roadmap" | "indicators";
}

export interface SidebarState {
  sheetName: string | null;
  workerUrl: string;
  campaign: { id: string; name: string; dueDate: string; templateId: string } | null;
  templates: TemplateOption[];
  /** a submission of the active sheet that has not been acknowledged: the next send reuses its id */
  pendingSubmission: string | null;
  /** the worker's address is built into the add-on: the address field is for administrators only */
  builtInWorkerUrl: boolean;
}

export interface FindingView {
  code: string;
  severity: Severity;
  row: number | null;
  column: string | null;
  /** "B12", or "" for sheet-wide findings */
  cell: string;
  message: string;
}

export interface ValidationView {
  sheetName: string;
  templateId: string;
  templateName: string;
  /** how the template was chosen: inserted by the add-on, the campaign's, or guessed from the sheet */
  templateSource: "inserted" | "campaign" | "picked";
  counts: Record<Severity, number>;
  groups: { severity: Severity; findings: FindingView[] }[];
  completion: { required: number; present: number; done: number };
  rows: number;
}

export interface InsertedView {
  sheetName: string;
  rows: number;
}

export interface HighlightView {
  cells: number;
}

export interface ReceiptView {
  submissionId: string;
  version: number;
  receivedAt: string;
  /** receivedAt as the user reads it, in the spreadsheet's time zone */
  receivedAtText: string;
  status: string;
  statusText: string;
  counts: Record<Severity, number>;
  sheetName: string;
}

export interface CampaignOption {
  id: string;
  name: string;
  dueDate: string;
  status: string;
}

export interface SummaryView {
  campaignName: string;
  generatedAt: string;
  schools: number;
  submitted: number;
  notSubmitted: number;
  sheets: string[];
}

export interface ReminderView {
  schools: {
    orgId: string;
    name: string;
    emails: string[];
    /** issue 9: reminders go to «не сдали» and to «возвращено» (with the review comment) */
    reason: "not-submitted" | "returned";
    reasonText: string;
    comment: string;
  }[];
  quota: number;
}

export interface SentView {
  sent: number;
  /** letters that did not fit into today's mail quota (issue 10) */
  left: number;
  /** what was sent and what is left, in Russian */
  message: string;
}

/** The campaign this document reports to, as chosen in «Настройки» (a copy of the worker's record). */
export interface CampaignChoice {
  id: string;
  orgId: string;
  name: string;
  templateId: string;
  templateVersion: number;
  period: { start: string; end: string };
  reportDate: string;
  dueDate: string;
  /** absent in settings saved before campaigns could be closed from the add-on */
  status?: "open" | "closed";
}

export interface Settings {
  workerUrl: string;
  campaign: CampaignChoice | null;
}

/** «Новая кампания» as the sidebar fills it: raw field values, checked on the server by the shared schema. */
export interface CampaignForm {
  orgId: string;
  name: string;
  templateId: string;
  templateVersion: number;
  periodStart: string;
  periodEnd: string;
  reportDate: string;
  dueDate: string;
  /** null: every school under the organisation (the worker's default) */
  participants: string[] | null;
}

export type CampaignFormField = keyof CampaignForm | "period";

/** Russian messages by form field, in `details` of an `invalid-form` error. */
export type CampaignFormErrors = Partial<Record<CampaignFormField, string>>;

/** What the department's form offers: only organisations the user manages (department / admin). */
export interface CampaignFormView {
  orgs: {
    id: string;
    name: string;
    /** schools directly under the organisation, to deselect */
    schools: { id: string; name: string }[];
    /** other child organisations (municipalities under a region): their schools take part as a whole */
    otherChildren: number;
  }[];
  templates: { id: string; version: number; name: string }[];
  /** previous, current and next school year; the current one is the default */
  schoolYears: { label: string; start: string; end: string }[];
  /** today in the spreadsheet's time zone, ISO */
  today: string;
  /** the document's campaign as the worker knows it now, if the user may read it */
  current: { id: string; name: string; status: "open" | "closed"; manageable: boolean } | null;
}

export interface OpenedCampaignView {
  campaign: CampaignOption;
  participants: number;
  /** the refreshed campaign list for «Настройки» */
  campaigns: CampaignOption[];
}

/** «Открыть лист школ» */
export interface SchoolsSheetView {
  sheetName: string;
  /** false: the sheet was there already and was only opened (the department's edits are kept) */
  created: boolean;
  rows: number;
}

/** A row of «Школы» that «Применить» will skip, with its cell for the click-to-cell list. */
export interface SchoolsProblemView {
  row: number;
  column: string;
  cell: string;
  message: string;
}

/** «Загрузить школы»: what «Применить» would do; `planId` makes sure it does exactly that. */
export interface SchoolsPreviewView {
  sheetName: string;
  orgId: string;
  orgName: string;
  planId: string;
  schools: number;
  members: number;
  roles: number;
  unchanged: number;
  notInSheet: number;
  problems: SchoolsProblemView[];
}

/** «Применить»: what was done; per-row details are in the sheet's «Результат» column. */
export interface SchoolsAppliedView {
  sheetName: string;
  schools: number;
  members: number;
  roles: number;
  unchanged: number;
  failed: number;
  skipped: number;
}

/** «Отправка», before sending: the sheet that will go and what is wrong with that choice (issue 9). */
export interface SubmitPreview {
  sheetName: string;
  campaignName: string;
  /** the sheet was inserted from the campaign's template by the add-on */
  fromTemplate: boolean;
  /** Russian warning to show before the confirmation, or null */
  warning: string | null;
  /** the worker will refuse this sheet (not a roadmap of the template) */
  refused: boolean;
}

/** «Изменить кампанию»: the document's campaign now, who takes part, who could join, its history. */
export interface CampaignChangesView {
  id: string;
  name: string;
  status: "open" | "closed";
  dueDate: string;
  reportDate: string;
  /** IANA name of the campaign's zone (exports show times in it) */
  timeZone: string;
  /** the user manages the campaign's organisation (the worker decides; this only hides controls) */
  manageable: boolean;
  participants: { id: string; name: string }[];
  /** schools under the organiser (two levels down) that do not take part */
  candidates: { id: string; name: string }[];
  /** Russian lines, oldest first */
  history: string[];
}

export interface CampaignEditForm {
  name: string;
  dueDate: string;
  reportDate: string;
  /** IANA name; empty or absent: unchanged */
  timeZone?: string;
  reason: string;
}

/** «Проверка отчётов» (department): schools with a submitted version and their review state. */
export interface ReviewQueueView {
  schools: {
    orgId: string;
    name: string;
    version: number;
    statusText: string;
    state: "pending" | "accepted" | "returned";
    stateText: string;
    comment: string;
  }[];
}

/** The school's review state in «Отправка». */
export interface MyReviewView {
  orgName: string;
  state: "pending" | "accepted" | "returned" | null;
  stateText: string | null;
  comment: string;
  /** each item remark with its row on the active roadmap sheet (row null: not on the sheet) */
  items: RemarkPlace[];
  /** the roadmap sheet the remarks were looked up on; null: the active sheet is no roadmap */
  sheetName: string | null;
  /** «21.05.2024 10:00, uo@…, версия 3» */
  detail: string | null;
}

/** «Показать замечания на листе» (task remarks). */
export interface RemarksShownView {
  cells: number;
  rows: number;
  message: string;
  items: RemarkPlace[];
  sheetName: string;
}
