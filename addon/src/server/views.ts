// What the server functions hand to the sidebar. Plain JSON only (google.script.run drops Dates and
// class instances), shared with the sidebar as types so both sides agree at compile time.

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
  schools: { orgId: string; name: string; emails: string[] }[];
  quota: number;
}

export interface SentView {
  sent: number;
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
}

export interface Settings {
  workerUrl: string;
  campaign: CampaignChoice | null;
}
