// What the issue-10 server functions hand to the sidebar (plain JSON, through google.script.run).

export interface JoinedView {
  orgName: string;
  campaignName: string;
  /** dd.mm.yyyy */
  due: string;
  templateId: string;
  templateName: string;
  message: string;
}

export interface InvitationsView {
  sheetName: string;
  created: number;
  skipped: number;
  /** mail Apps Script may still send today */
  quota: number;
  message: string;
}

export interface MailedView {
  sent: number;
  /** letters that did not fit into today's quota */
  left: number;
  message: string;
}
