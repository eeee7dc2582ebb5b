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

// The campaign's invitations in the sidebar (invitation-list.ts).
export type InvitationLineState = "active" | "used" | "revoked" | "expired";

export interface InvitationLine {
  id: string;
  school: string;
  email: string;
  state: InvitationLineState;
  /** действует / использовано / отозвано / истекло */
  stateText: string;
  /** «до 01.07.2024» */
  expiresText: string;
  uses: number;
  usesText: string;
  /** not revoked and not expired: «Отозвать» stops its code and link */
  revocable: boolean;
}

export interface InvitationListView {
  campaignName: string;
  invitations: InvitationLine[];
  /** a Russian note after a revoke, "" otherwise */
  message: string;
}
