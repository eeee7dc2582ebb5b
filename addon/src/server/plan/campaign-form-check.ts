// «Новая кампания» checked in the add-on with the worker's own schema (CreateCampaignSchema), before
// any request: each problem becomes a Russian message next to its field. The sidebar does not bundle
// zod (it would not fit in 100 KB), so this runs in Apps Script, one google.script.run away.
import { type CreateCampaign, CreateCampaignSchema } from "../../../../shared/api/campaigns.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { CampaignForm, CampaignFormErrors, CampaignFormField } from "./views.ts";

const E = RU_UI.formErrors;

/** Google.script.run hands over whatever the browser sent: coerce before checking. */
function tidy(raw: Partial<CampaignForm> | null | undefined): CampaignForm {
  const f = raw ?? {};
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  return {
    orgId: text(f.orgId),
    name: text(f.name),
    templateId: text(f.templateId),
    templateVersion: Number(f.templateVersion) || 0,
    periodStart: text(f.periodStart),
    periodEnd: text(f.periodEnd),
    reportDate: text(f.reportDate),
    dueDate: text(f.dueDate),
    participants: Array.isArray(f.participants) ? f.participants.map(String) : null,
  };
}

function fieldOf(path: readonly PropertyKey[]): CampaignFormField {
  const [head, sub] = path;
  if (head === "period") return sub === "start" ? "periodStart" : sub === "end" ? "periodEnd" : "period";
  if (head === "templateVersion") return "templateId";
  return (head as CampaignFormField | undefined) ?? "name";
}

function messageFor(field: CampaignFormField, code: string): string {
  switch (field) {
    case "orgId":
      return E.org;
    case "name":
      return code === "too_big" ? E.nameTooLong : E.name;
    case "templateId":
    case "templateVersion":
      return E.template;
    case "period":
      return E.periodOrder;
    case "participants":
      return E.schools;
    default:
      return E.date;
  }
}

export function checkCampaignForm(raw: Partial<CampaignForm> | null | undefined): Result<CreateCampaign> {
  const f = tidy(raw);
  const body = {
    orgId: f.orgId,
    name: f.name,
    templateId: f.templateId,
    templateVersion: f.templateVersion,
    period: { start: f.periodStart, end: f.periodEnd },
    reportDate: f.reportDate,
    dueDate: f.dueDate,
    ...(f.participants ? { participants: f.participants } : {}),
  };
  const parsed = CreateCampaignSchema.safeParse(body);
  if (parsed.success) return ok(parsed.data);
  const errors: CampaignFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= messageFor(field, issue.code);
  }
  return err("invalid-form", RU_UI.sidebar.newCampaign.invalid, errors);
}
