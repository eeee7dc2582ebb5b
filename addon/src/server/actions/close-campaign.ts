// «Закрыть кампанию»: only after the department confirmed it in the sidebar (the flag is checked
// here too, so a stray call cannot close a campaign). Schools can no longer submit; the summary stays.
// An optional reason goes to the campaign's history, as the reason for reopening does.
import { CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { CampaignOption } from "../plan/views.ts";
import { readSettings, writeSettings } from "../services/settings.ts";
import { callWorker } from "../services/worker-client.ts";
import { campaignChoice, campaignOption } from "./campaigns.ts";

export function closeCampaign(campaignId: string, confirmed: boolean, reason = ""): Result<CampaignOption> {
  const settings = readSettings();
  if (!settings.workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  if (!campaignId) return err("not-configured", RU_UI.errors.notConfigured);
  if (confirmed !== true) return err("not-confirmed", RU_UI.errors.notConfirmed);
  const why = reason.trim().slice(0, 500);
  const got = callWorker(
    settings.workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.closeCampaign.path, { campaignId }),
      ...(why ? { body: { reason: why } } : {}),
      rejected: RU_UI.errors.closeRejected,
    },
    CampaignSchema,
  );
  if (!got.ok) return got;
  const closed = got.value.value;
  if (settings.campaign?.id === closed.id) writeSettings({ ...settings, campaign: campaignChoice(closed) });
  return ok(campaignOption(closed));
}
