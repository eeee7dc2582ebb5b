// «Изменить кампанию» (department): the document's campaign as the worker has it now, its
// participants and the schools that could join, and its history in Russian; then rename / move dates,
// add / remove participants and reopen. Two fetchAll round trips to read, one request per change.
import { CampaignChangesSchema } from "../../../../shared/api/campaign-changes.ts";
import { type Campaign, CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { type Org, OrgDetailSchema } from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { campaignEventText, RU_CAMPAIGN_CHANGES } from "../../../../shared/i18n/ru-campaign-changes.ts";
import { RU_SCHEMA } from "../../../../shared/i18n/ru-errors.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { isTimeZone } from "../../../../shared/local-time.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { formatLocal } from "../plan/to-iso-date.ts";
import type { CampaignChangesView, CampaignEditForm } from "../plan/views.ts";
import { readSettings, writeSettings } from "../services/settings.ts";
import { zoneOffset } from "../services/sheet-io.ts";
import { callWorker, callWorkerAll, callWorkerEach } from "../services/worker-client.ts";
import { campaignChoice } from "./campaigns.ts";

const T = RU_CAMPAIGN_CHANGES;

function configured(): Result<{ workerUrl: string; campaignId: string }> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  return ok({ workerUrl, campaignId: campaign.id });
}

/** Keep the document's copy in step, so «Проверить» uses the new report date offline. */
function remember(c: Campaign): void {
  const s = readSettings();
  if (s.campaign?.id === c.id) writeSettings({ ...s, campaign: campaignChoice(c) });
}

export function loadCampaignChanges(): Result<CampaignChangesView> {
  const conf = configured();
  if (!conf.ok) return conf;
  const { workerUrl, campaignId } = conf.value;
  const campaignGot = callWorker(
    workerUrl,
    { method: "get", path: fillPath(ROUTES.getCampaign.path, { campaignId }) },
    CampaignSchema,
  );
  if (!campaignGot.ok) return campaignGot;
  const campaign = campaignGot.value.value;
  remember(campaign);
  const first = callWorkerEach(workerUrl, [
    {
      method: "get",
      path: fillPath(ROUTES.campaignChanges.path, { campaignId }),
      schema: CampaignChangesSchema,
    },
    { method: "get", path: fillPath(ROUTES.getOrg.path, { orgId: campaign.orgId }), schema: OrgDetailSchema },
  ] as const);
  if ("ok" in first) return first;
  const [changes, owner] = first;
  if (!changes.ok) return changes;
  // The organiser's tree two levels down (region → municipalities → schools): who could join.
  const orgs: Org[] = [];
  if (owner.ok) {
    orgs.push(...owner.value.value.children);
    const inner = owner.value.value.children.filter((o) => o.kind !== "school");
    const deeper = callWorkerAll(
      workerUrl,
      inner.map((o) => ({ method: "get" as const, path: fillPath(ROUTES.getOrg.path, { orgId: o.id }) })),
      OrgDetailSchema,
    );
    if (Array.isArray(deeper)) for (const d of deeper) if (d.ok) orgs.push(...d.value.value.children);
  }
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const taking = new Set(campaign.participants);
  const offset = zoneOffset();
  const history = changes.value.value;
  return ok({
    id: campaign.id,
    name: campaign.name,
    status: campaign.status,
    dueDate: campaign.dueDate,
    reportDate: campaign.reportDate,
    timeZone: campaign.timeZone,
    manageable: owner.ok,
    participants: campaign.participants.map((id) => ({ id, name: names.get(id) ?? id })),
    candidates: orgs
      .filter((o) => o.kind === "school" && !taking.has(o.id))
      .map((o) => ({ id: o.id, name: o.name })),
    history: [
      fill(T.created, { at: formatLocal(history.createdAt, offset), by: history.createdBy }),
      ...history.events.map((e) => campaignEventText(e, formatLocal(e.at, offset), names)),
    ],
  });
}

export function saveCampaignEdit(form: CampaignEditForm | null): Result<CampaignChangesView> {
  const conf = configured();
  if (!conf.ok) return conf;
  if (!form) return err("invalid-form", T.nothingChanged);
  const reason = String(form.reason ?? "").trim();
  // Checked here too (Intl knows the zones in Apps Script), so a typo never costs a round trip.
  const timeZone = String(form.timeZone ?? "").trim();
  if (timeZone && !isTimeZone(timeZone)) return err("invalid-form", RU_SCHEMA.timeZone);
  const got = callWorker(
    conf.value.workerUrl,
    {
      method: "patch",
      path: fillPath(ROUTES.updateCampaign.path, { campaignId: conf.value.campaignId }),
      body: {
        name: String(form.name ?? ""),
        dueDate: String(form.dueDate ?? ""),
        reportDate: String(form.reportDate ?? ""),
        ...(timeZone ? { timeZone } : {}),
        ...(reason ? { reason } : {}),
      },
      rejected: RU_UI.errors.campaignChangeRejected,
    },
    CampaignSchema,
  );
  if (!got.ok) return got;
  return loadCampaignChanges();
}

export function changeParticipants(
  add: readonly string[],
  remove: readonly string[],
  reason: string,
): Result<CampaignChangesView> {
  const conf = configured();
  if (!conf.ok) return conf;
  if (add.length + remove.length === 0) return err("invalid-form", T.nothingChanged);
  const why = reason.trim();
  const got = callWorker(
    conf.value.workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.changeParticipants.path, { campaignId: conf.value.campaignId }),
      body: { add, remove, ...(why ? { reason: why } : {}) },
      rejected: RU_UI.errors.campaignChangeRejected,
    },
    CampaignSchema,
  );
  if (!got.ok) return got;
  return loadCampaignChanges();
}

export function reopenCampaign(reason: string): Result<CampaignChangesView> {
  const conf = configured();
  if (!conf.ok) return conf;
  const why = reason.trim();
  if (!why) return err("invalid-form", T.reopenNeedsReason);
  const got = callWorker(
    conf.value.workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.reopenCampaign.path, { campaignId: conf.value.campaignId }),
      body: { reason: why },
      rejected: RU_UI.errors.campaignChangeRejected,
    },
    CampaignSchema,
  );
  if (!got.ok) return got;
  return loadCampaignChanges();
}
