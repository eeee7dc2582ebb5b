// «Новая кампания»: what the department's form offers. Two round trips to the worker: who the user
// is, the templates and the document's campaign (one fetchAll), then every organisation the user
// manages with its child organisations (one fetchAll). School users get an empty list: no form.
import { CampaignSchema } from "../../../../shared/api/campaigns.ts";
import { MeSchema, OrgDetailSchema } from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES, TemplateListSchema } from "../../../../shared/api/routes.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { schoolYears } from "../plan/school-years.ts";
import type { CampaignFormView } from "../plan/views.ts";
import { readSettings } from "../services/settings.ts";
import { today } from "../services/sheet-io.ts";
import { type ApiRequest, callWorkerAll, callWorkerEach } from "../services/worker-client.ts";

export function loadCampaignForm(): Result<CampaignFormView> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl) return err("not-configured", RU_UI.errors.noWorkerUrl);
  const get = (path: string): ApiRequest => ({ method: "get", path });
  const me_ = { ...get(ROUTES.me.path), schema: MeSchema };
  const templates_ = { ...get(ROUTES.templates.path), schema: TemplateListSchema };
  const first = campaign
    ? callWorkerEach(workerUrl, [
        me_,
        templates_,
        { ...get(fillPath(ROUTES.getCampaign.path, { campaignId: campaign.id })), schema: CampaignSchema },
      ] as const)
    : callWorkerEach(workerUrl, [me_, templates_] as const);
  if ("ok" in first) return first;
  const [me, templates] = first;
  const current = first.length === 3 && first[2].ok ? first[2].value.value : null;
  if (!me.ok) return me;
  if (!templates.ok) return templates;
  const managed = me.value.value.memberships.filter((m) => m.role !== "school");
  const details = callWorkerAll(
    workerUrl,
    managed.map((m) => get(fillPath(ROUTES.getOrg.path, { orgId: m.orgId }))),
    OrgDetailSchema,
  );
  if (!Array.isArray(details)) return details;
  const orgs = details.flatMap((d) => {
    if (!d.ok) return [];
    const org = d.value.value;
    const schools = org.children.filter((c) => c.kind === "school");
    return [
      {
        id: org.id,
        name: org.name,
        schools: schools.map((s) => ({ id: s.id, name: s.name })),
        otherChildren: org.children.length - schools.length,
        childIds: org.children.map((c) => c.id),
      },
    ];
  });
  // The worker decides who may close; this only hides the button where it would surely refuse.
  const reachable = new Set(orgs.flatMap((o) => [o.id, ...o.childIds]));
  return ok({
    orgs: orgs.map(({ childIds: _ids, ...o }) => o),
    templates: templates.value.value.templates.map((t) => ({ id: t.id, version: t.version, name: t.name })),
    schoolYears: schoolYears(today()),
    today: today(),
    current: current
      ? {
          id: current.id,
          name: current.name,
          status: current.status,
          manageable: reachable.has(current.orgId),
        }
      : null,
  });
}
