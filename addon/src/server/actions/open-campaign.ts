// «Открыть кампанию»: the department's form, checked locally, then one POST to the worker. The new
// campaign becomes this document's campaign (as if chosen in «Настройки»), and the list is reloaded.
import { CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { ROUTES } from "../../../../shared/api/routes.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { checkCampaignForm } from "../plan/campaign-form-check.ts";
import type { CampaignForm, OpenedCampaignView } from "../plan/views.ts";
import { readSettings, writeSettings } from "../services/settings.ts";
import { spreadsheetTimeZone } from "../services/sheet-io.ts";
import { callWorker } from "../services/worker-client.ts";
import { campaignChoice, campaignOption, listCampaigns } from "./campaigns.ts";

export function openCampaign(form: Partial<CampaignForm> | null | undefined): Result<OpenedCampaignView> {
  const { workerUrl } = readSettings();
  if (!workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  const body = checkCampaignForm(form);
  if (!body.ok) return body;
  const got = callWorker(
    workerUrl,
    {
      method: "post",
      path: ROUTES.createCampaign.path,
      // the department's spreadsheet zone: exports show times as it reads them (issue 9)
      body: { ...body.value, timeZone: spreadsheetTimeZone() },
      rejected: RU_UI.errors.campaignRejected,
    },
    CampaignSchema,
  );
  if (!got.ok) return got;
  const created = got.value.value;
  writeSettings({ workerUrl, campaign: campaignChoice(created) });
  const list = listCampaigns(workerUrl);
  const option = campaignOption(created);
  return ok({
    campaign: option,
    participants: created.participants.length,
    campaigns: list.ok && list.value.some((c) => c.id === created.id) ? list.value : [option],
  });
}
