import type { Invitation } from "../../../shared/api/invitations.ts";
import type { InvitationRow, InvitationUseRow } from "../db/invitations-repo.ts";

export function invitationState(row: InvitationRow, now: string): Invitation["state"] {
  if (row.revoked_at !== null) return "revoked";
  return now >= row.expires_at ? "expired" : "active";
}

export function invitationView(
  row: InvitationRow,
  uses: readonly InvitationUseRow[],
  now: string,
): Invitation {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    orgId: row.org_id,
    orgName: row.org_name,
    email: row.email,
    state: invitationState(row, now),
    expiresAt: row.expires_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    uses: uses
      .filter((u) => u.invitation_id === row.id)
      .map((u) => ({ kind: u.kind, email: u.email, submissionId: u.submission_id, usedAt: u.used_at })),
  };
}
