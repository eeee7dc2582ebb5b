// «Настройки»: the worker address and the campaign this document reports to. The campaign list
// comes from the worker (only campaigns the user takes part in or runs); the choice is copied into
// document properties so «Проверить» knows the template, period and report date offline.
import { type Campaign, CampaignListSchema, CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { CampaignChoice, CampaignOption } from "../plan/views.ts";
import { readSettings, type Settings, writeSettings } from "../services/settings.ts";
import { callWorker, checkWorkerUrl } from "../services/worker-client.ts";

export function listCampaigns(workerUrl: string): Result<CampaignOption[]> {
  const url = checkWorkerUrl(workerUrl);
  if (!url.ok) return url;
  const got = callWorker(url.value, { method: "get", path: ROUTES.listCampaigns.path }, CampaignListSchema);
  if (!got.ok) return got;
  return ok(got.value.value.campaigns.map(campaignOption));
}

export function campaignOption(c: Omit<Campaign, "participants">): CampaignOption {
  return { id: c.id, name: c.name, dueDate: c.dueDate, status: c.status };
}

/** The copy of a worker campaign kept in document properties. */
export function campaignChoice(c: Campaign): CampaignChoice {
  return {
    id: c.id,
    orgId: c.orgId,
    name: c.name,
    templateId: c.templateId,
    templateVersion: c.templateVersion,
    period: c.period,
    reportDate: c.reportDate,
    dueDate: c.dueDate,
    status: c.status,
  };
}

export function saveSettings(workerUrl: string, campaignId: string): Result<Settings> {
  const url = checkWorkerUrl(workerUrl);
  if (!url.ok) return url;
  if (!campaignId) {
    const s: Settings = { workerUrl: url.value, campaign: readSettings().campaign };
    writeSettings(s);
    return ok(s);
  }
  const got = callWorker(
    url.value,
    { method: "get", path: fillPath(ROUTES.getCampaign.path, { campaignId }) },
    CampaignSchema,
  );
  if (!got.ok) return got.code === "not-found" ? err("not-found", RU_UI.errors.notFound) : got;
  const s: Settings = { workerUrl: url.value, campaign: campaignChoice(got.value.value) };
  writeSettings(s);
  return ok(s);
}
