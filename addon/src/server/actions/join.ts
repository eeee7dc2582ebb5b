// «Подключиться по коду»: the methodist pastes the department's code; the worker checks it with their
// Google identity and makes them a member of their school; the spreadsheet is then bound to that
// school's campaign (document properties), and the template is offered at once.
import { JoinedSchema } from "../../../../shared/api/invitations.ts";
import { ROUTES } from "../../../../shared/api/routes.ts";
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { JoinedView } from "../plan/first-day-views.ts";
import { findTemplate } from "../plan/template-catalog.ts";
import { readSettings, writeSettings } from "../services/settings.ts";
import { callWorker } from "../services/worker-client.ts";
import { campaignChoice } from "./campaigns.ts";

export const ruDay = (iso: string) => iso.split("-").reverse().join(".");

export function joinByCode(code: string): Result<JoinedView> {
  const { workerUrl } = readSettings();
  if (!workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  const typed = code.trim();
  if (!typed) return err("no-code", RU_JOIN.join.noCode);
  const got = callWorker(
    workerUrl,
    { method: "post", path: ROUTES.join.path, body: { code: typed }, rejected: RU_JOIN.join.rejected },
    JoinedSchema,
  );
  if (!got.ok) return got;
  const joined = got.value.value;
  writeSettings({ workerUrl, campaign: campaignChoice(joined.campaign) });
  const template = findTemplate(joined.campaign.templateId, joined.campaign.templateVersion);
  const due = ruDay(joined.campaign.dueDate);
  return ok({
    orgName: joined.orgName,
    campaignName: joined.campaign.name,
    due,
    templateId: joined.campaign.templateId,
    templateName: template?.name ?? joined.campaign.templateId,
    message: fill(RU_JOIN.join.joined, { org: joined.orgName, campaign: joined.campaign.name, due }),
  });
}
