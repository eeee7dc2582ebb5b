// «Настройки»: the worker address and the campaign this document reports to. The campaign list
// comes from the worker (only campaigns the user takes part in or runs); the choice is copied into
// document properties so «Проверить» knows the template, period and report date offline.
import { CampaignListSchema, CampaignSchema } from "../../../shared/api/campaigns.ts";
import { fillPath, ROUTES } from "../../../shared/api/routes.ts";
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../shared/result.ts";
import { readSettings, type Settings, writeSettings } from "./settings.ts";
import type { CampaignOption } from "./views.ts";
import { callWorker, checkWorkerUrl } from "./worker-client.ts";

export function listCampaigns(workerUrl: string): Result<CampaignOption[]> {
  const url = checkWorkerUrl(workerUrl);
  if (!url.ok) return url;
  const got = callWorker(url.value, { method: "get", path: ROUTES.listCampaigns.path }, CampaignListSchema);
  if (!got.ok) return got;
  return ok(
    got.value.value.campaigns.map((c) => ({ id: c.id, name: c.name, dueDate: c.dueDate, status: c.status })),
  );
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
  const c = got.value.value;
  const s: Settings = {
    workerUrl: url.value,
    campaign: {
      id: c.id,
      orgId: c.orgId,
      name: c.name,
      templateId: c.templateId,
      templateVersion: c.templateVersion,
      period: c.period,
      reportDate: c.reportDate,
      dueDate: c.dueDate,
    },
  };
  writeSettings(s);
  return ok(s);
}
