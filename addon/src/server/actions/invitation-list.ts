// The campaign's invitations in the sidebar, under «Пригласить школы»: school, state, expiry and uses
// from GET /campaigns/{id}/invitations, and «Отозвать» (POST /invitations/{id}/revoke) for a live one.
import {
  type Invitation,
  InvitationListSchema,
  InvitationSchema,
} from "../../../../shared/api/invitations.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { InvitationLine, InvitationLineState, InvitationListView } from "../plan/first-day-views.ts";
import { readSettings } from "../services/settings.ts";
import { callWorker } from "../services/worker-client.ts";
import { ruDay } from "./join.ts";

const T = RU_JOIN.invitations;

function lineState(inv: Invitation): InvitationLineState {
  if (inv.state !== "active") return inv.state;
  return inv.uses.length > 0 ? "used" : "active";
}

export function toLine(inv: Invitation): InvitationLine {
  const state = lineState(inv);
  return {
    id: inv.id,
    school: inv.orgName,
    email: inv.email ?? "",
    state,
    stateText: T.state[state],
    expiresText: fill(T.expires, { date: ruDay(inv.expiresAt.slice(0, 10)) }),
    uses: inv.uses.length,
    usesText: fill(T.uses, { count: inv.uses.length }),
    revocable: inv.state === "active",
  };
}

export function listInvitations(message = ""): Result<InvitationListView> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  if (!campaign) return err("no-campaign", RU_JOIN.invite.noCampaign);
  const got = callWorker(
    workerUrl,
    {
      method: "get",
      path: fillPath(ROUTES.listInvitations.path, { campaignId: campaign.id }),
      rejected: T.rejected,
    },
    InvitationListSchema,
  );
  if (!got.ok) return got;
  const invitations = [...got.value.value.invitations]
    .sort((a, b) => a.orgName.localeCompare(b.orgName, "ru") || b.createdAt.localeCompare(a.createdAt))
    .map(toLine);
  return ok({ campaignName: campaign.name, invitations, message });
}

/** Revokes one invitation, then answers the fresh list with a note. */
export function revokeInvitation(invitationId: string): Result<InvitationListView> {
  const { workerUrl } = readSettings();
  if (!workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  const revoked = callWorker(
    workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.revokeInvitation.path, { invitationId }),
      rejected: T.rejected,
    },
    InvitationSchema,
  );
  if (!revoked.ok) return revoked;
  return listInvitations(fill(T.revoked, { school: revoked.value.value.orgName }));
}
