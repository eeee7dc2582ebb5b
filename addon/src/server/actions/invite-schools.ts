// «Пригласить школы»: one invitation per school of the sheet «Школы» for the chosen campaign (one
// request), written to the sheet «Приглашения» — address, code, link, expiry and a ready letter per
// school — so the department can mail them from here (mailInvitations) or copy them into its own mail.
import { CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { CreatedInvitationsSchema } from "../../../../shared/api/invitations.ts";
import { OrgDetailSchema } from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import type { Cell } from "../../../../shared/grid.ts";
import { NOUNS, plural } from "../../../../shared/i18n/plural.ts";
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { InvitationsView } from "../plan/first-day-views.ts";
import { safeText } from "../plan/formula-safe.ts";
import { parseSchoolsSheet } from "../plan/schools-plan.ts";
import { remainingMailQuota } from "../services/mail.ts";
import { readSettings } from "../services/settings.ts";
import { activateSheet, findSheet, readGrid } from "../services/sheet-io.ts";
import { type ApiRequest, callWorker, callWorkerEach } from "../services/worker-client.ts";
import { ruDay } from "./join.ts";
import { writeMailSheet } from "./mail-sheet.ts";

const T = RU_JOIN.invite;
const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

export function inviteSchools(): Result<InvitationsView> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  if (!campaign) return err("no-campaign", T.noCampaign);
  const schoolsSheet = findSheet(RU_UI.sheets.schools);
  if (!schoolsSheet) return err("no-schools-sheet", fill(T.noSchoolsSheet, { sheet: RU_UI.sheets.schools }));
  const parsed = parseSchoolsSheet(readGrid(schoolsSheet));
  if (!parsed || parsed.rows.length === 0)
    return err("no-rows", fill(T.noRows, { sheet: RU_UI.sheets.schools }));

  // The campaign's participants and the names of the organiser's schools, in one round trip.
  const get = (path: string): ApiRequest => ({ method: "get", path });
  const replies = callWorkerEach(workerUrl, [
    { ...get(fillPath(ROUTES.getCampaign.path, { campaignId: campaign.id })), schema: CampaignSchema },
    { ...get(fillPath(ROUTES.getOrg.path, { orgId: campaign.orgId })), schema: OrgDetailSchema },
  ] as const);
  if ("ok" in replies) return replies;
  const [gotCampaign, gotOrg] = replies;
  if (!gotCampaign.ok) return gotCampaign;
  if (!gotOrg.ok) return gotOrg;
  const participants = new Set(gotCampaign.value.value.participants);
  const byName = new Map(gotOrg.value.value.children.map((c) => [norm(c.name), c.id]));

  // One invitation per school: the first row of a school with its address.
  const chosen = new Map<string, { orgId: string; school: string; email: string }>();
  const skipped: Cell[][] = [];
  for (const row of parsed.rows) {
    const orgId = row.code && participants.has(row.code) ? row.code : byName.get(norm(row.school));
    if (!orgId || !participants.has(orgId)) {
      const reason = fill(T.notInCampaign, { campaign: campaign.name });
      skipped.push([safeText(row.school), safeText(row.email), "", "", "", "", reason]);
      continue;
    }
    if (!chosen.has(orgId)) chosen.set(orgId, { orgId, school: row.school, email: row.email });
  }
  if (chosen.size === 0) return err("no-rows", fill(T.noRows, { sheet: RU_UI.sheets.schools }));

  const created = callWorker(
    workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.createInvitations.path, { campaignId: campaign.id }),
      body: {
        schools: [...chosen.values()].map((s) =>
          s.email.includes("@") ? { orgId: s.orgId, email: s.email } : { orgId: s.orgId },
        ),
      },
      rejected: T.rejected,
    },
    CreatedInvitationsSchema,
  );
  if (!created.ok) return created;

  const due = ruDay(campaign.dueDate);
  const rows: Cell[][] = created.value.value.invitations.map((inv) => {
    const school = chosen.get(inv.orgId)?.school || inv.orgName;
    const expires = ruDay(inv.expiresAt.slice(0, 10));
    const letter = fill(T.letter, {
      school,
      campaign: campaign.name,
      due,
      code: inv.code,
      link: inv.link,
      expires,
    });
    // A Russian-locale sheet turns «01.07.2024» (and could turn a digits-only code) into a date or a
    // number: a leading apostrophe keeps both as the text they are.
    return [
      safeText(school),
      safeText(inv.email ?? ""),
      `'${inv.code}`,
      inv.link,
      `'${expires}`,
      safeText(letter),
      "",
    ];
  });
  activateSheet(writeMailSheet(T.sheet, T.header, [...rows, ...skipped]));
  const quota = remainingMailQuota();
  const parts = [fill(T.created, { invitations: plural(rows.length, NOUNS.invitation), sheet: T.sheet })];
  if (skipped.length > 0) parts.push(fill(T.skipped, { count: skipped.length }));
  parts.push(fill(RU_JOIN.mail.quota, { letters: plural(quota, NOUNS.letter) }));
  return ok({
    sheetName: T.sheet,
    created: rows.length,
    skipped: skipped.length,
    quota,
    message: parts.join(" "),
  });
}
