import {
  type CreatedInvitation,
  type CreateInvitations,
  DEFAULT_INVITATION_DAYS,
  type Joined,
} from "../../../shared/api/invitations.ts";
import { sha256Hex } from "../auth/api-token.ts";
import { codeForToken, newLinkToken, normaliseInvitationCode } from "../auth/invitation-secret.ts";
import type { Principal } from "../auth/principal.ts";
import { nowIso } from "../clock.ts";
import type { Repos } from "../db/index.ts";
import type { InvitationRow } from "../db/invitations-repo.ts";
import type { CampaignRow } from "../db/rows.ts";
import { ApiError } from "../http/api-error.ts";
import { campaignView } from "../views/campaign-view.ts";
import { invitationState, invitationView } from "../views/invitation-view.ts";
import { loadCampaign, managesCampaign } from "./campaign-access.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The invitation page of a link token, on the worker's own origin (custom domains included). */
export const invitationLink = (origin: string, token: string) => `${origin}/i/${token}`;

/** Only the campaign's managers invite, list and revoke. */
export async function managedCampaign(db: Repos, p: Principal, campaignId: string) {
  const campaign = await loadCampaign(db, campaignId);
  if (!managesCampaign(p, campaign)) throw new ApiError("forbidden");
  return campaign;
}

export async function createInvitations(
  db: Repos,
  p: Principal,
  campaign: CampaignRow,
  body: CreateInvitations,
  origin: string,
): Promise<CreatedInvitation[]> {
  if (campaign.status === "closed") throw new ApiError("campaign-closed", { campaignId: campaign.id });
  // The last line for a school wins (its e-mail); each school gets one invitation.
  const bySchool = new Map(body.schools.map((s) => [s.orgId, s.email ?? null]));
  const participants = new Set(await db.campaigns.participants(campaign.id));
  for (const orgId of bySchool.keys()) {
    if (!participants.has(orgId)) throw new ApiError("not-participant", { orgId });
  }
  const now = nowIso();
  const expiresAt = new Date(
    Date.now() + (body.expiresInDays ?? DEFAULT_INVITATION_DAYS) * DAY_MS,
  ).toISOString();
  const secrets = await Promise.all(
    [...bySchool].map(async ([orgId, email]) => {
      const token = newLinkToken();
      const code = await codeForToken(token);
      return {
        id: crypto.randomUUID().replace(/-/g, "").slice(0, 20),
        orgId,
        email,
        code,
        token,
        codeHash: await sha256Hex(normaliseInvitationCode(code)),
        linkHash: await sha256Hex(token),
      };
    }),
  );
  await db.invitations.createMany(campaign.id, secrets, expiresAt, p.email, now);
  const names = new Map((await db.orgs.many([...bySchool.keys()])).map((o) => [o.id, o.name]));
  return secrets.map((s) => ({
    ...invitationView(
      {
        id: s.id,
        campaign_id: campaign.id,
        org_id: s.orgId,
        org_name: names.get(s.orgId) ?? s.orgId,
        org_path: "",
        email: s.email,
        expires_at: expiresAt,
        created_by: p.email,
        created_at: now,
        revoked_at: null,
      },
      [],
      now,
    ),
    code: s.code,
    link: invitationLink(origin, s.token),
  }));
}

/** Refuse an invitation that is revoked or past its expiry, with the Russian reason. */
export function requireLive(inv: InvitationRow): void {
  const state = invitationState(inv, nowIso());
  if (state === "revoked") throw new ApiError("invitation-revoked");
  if (state === "expired") {
    throw new ApiError("invitation-expired", { expiresAt: inv.expires_at.slice(0, 10) });
  }
}

/**
 * «Подключиться по коду»: the caller (their Google identity) becomes a member of the invited school
 * and learns the campaign. One account per code; the same account may join again (a retry).
 */
export async function joinWithCode(db: Repos, p: Principal, typed: string): Promise<Joined> {
  const code = normaliseInvitationCode(typed);
  const inv = code.length === 0 ? null : await db.invitations.byCodeHash(await sha256Hex(code));
  if (!inv) throw new ApiError("invitation-not-found");
  requireLive(inv);
  const campaign = await loadCampaign(db, inv.campaign_id);
  if (campaign.status === "closed") throw new ApiError("campaign-closed", { campaignId: campaign.id });
  const use = await db.invitations.claimJoin(inv, p.email, nowIso());
  if (use.email !== p.email) {
    throw new ApiError("invitation-used", { usedBy: `другим пользователем ${use.used_at.slice(0, 10)}` });
  }
  return {
    orgId: inv.org_id,
    orgName: inv.org_name,
    campaign: { ...campaignView(campaign), participants: [inv.org_id] },
  };
}
