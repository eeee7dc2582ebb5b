// «Новая кампания» (department): organisation, template, roadmap period (a school year or two dates),
// name, report date, due date and the schools. The server checks it with the worker's schema and
// answers field by field; the messages appear under their fields and the first one gets the focus.
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type {
  CampaignForm,
  CampaignFormErrors,
  CampaignFormField,
  CampaignFormView,
  OpenedCampaignView,
} from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.newCampaign;
const CUSTOM = "custom";

const ruDate = (iso: string) => iso.split("-").reverse().join(".");

export function campaignFormView(
  data: CampaignFormView,
  onOpened: (opened: OpenedCampaignView) => void,
): HTMLElement {
  const msg = messageLine();
  const errors = new Map<CampaignFormField, HTMLElement>();
  const fieldError = (field: CampaignFormField) => {
    const el = h("p", { class: "field-error", id: `err-${field}`, hidden: true });
    errors.set(field, el);
    return el;
  };
  const input = (id: string, type: string, value = "") =>
    h("input", { id, type, value, "aria-describedby": `err-${id}` });

  const org = h(
    "select",
    { id: "nc-org", "aria-describedby": "err-orgId" },
    ...data.orgs.map((o) => h("option", { value: o.id }, o.name)),
  );
  const template = h(
    "select",
    { id: "nc-template", "aria-describedby": "err-templateId" },
    ...data.templates.map((t) => h("option", { value: t.id, "data-version": String(t.version) }, t.name)),
  );
  const year = h(
    "select",
    { id: "nc-year" },
    ...data.schoolYears.map((y, i) => h("option", { value: String(i), selected: i === 1 }, y.label)),
    h("option", { value: CUSTOM }, T.customPeriod),
  );
  const current = data.schoolYears[1];
  const start = input("nc-start", "date", current?.start);
  start.setAttribute("aria-describedby", "err-periodStart err-period");
  const end = input("nc-end", "date", current?.end);
  end.setAttribute("aria-describedby", "err-periodEnd err-period");
  const name = input("nc-name", "text");
  name.setAttribute("aria-describedby", "err-name");
  const reportDate = input("nc-report", "date", data.today);
  reportDate.setAttribute("aria-describedby", "nc-report-hint err-reportDate");
  const dueDate = input("nc-due", "date");
  dueDate.setAttribute("aria-describedby", "err-dueDate");

  // The name follows the template and period until the user types their own.
  let nameTouched = false;
  const periodLabel = () =>
    year.value === CUSTOM
      ? start.value && end.value
        ? `${ruDate(start.value)}–${ruDate(end.value)}`
        : ""
      : (data.schoolYears[Number(year.value)]?.label ?? "");
  const suggestName = () => {
    if (nameTouched) return;
    const t = template.selectedOptions[0]?.textContent ?? "";
    name.value = [t, periodLabel()].filter(Boolean).join(", ");
  };
  name.addEventListener("input", () => {
    nameTouched = name.value.trim() !== "";
  });
  template.addEventListener("change", suggestName);
  year.addEventListener("change", () => {
    const y = data.schoolYears[Number(year.value)];
    if (y) {
      start.value = y.start;
      end.value = y.end;
    }
    suggestName();
  });
  for (const d of [start, end]) {
    d.addEventListener("change", () => {
      const y = data.schoolYears[Number(year.value)];
      if (!y || y.start !== start.value || y.end !== end.value) year.value = CUSTOM;
      suggestName();
    });
  }
  suggestName();

  // Schools: all by default; unticking some sends the rest. Regions (sub-organisations) take part whole.
  const schoolsBox = h("fieldset", { class: "schools", "aria-describedby": "err-participants" });
  let boxes: HTMLInputElement[] = [];
  const renderSchools = () => {
    const o = data.orgs.find((x) => x.id === org.value);
    boxes = [];
    const legend = h("legend", {}, T.schools);
    if (!o || (o.schools.length === 0 && o.otherChildren === 0)) {
      schoolsBox.replaceChildren(legend, h("p", { class: "hint" }, T.noSchools));
    } else if (o.otherChildren > 0) {
      const count = o.schools.length + o.otherChildren;
      schoolsBox.replaceChildren(legend, h("p", { class: "hint" }, fill(T.subOrgs, { count })));
    } else {
      boxes = o.schools.map((s) => h("input", { type: "checkbox", value: s.id, checked: true }));
      const all = h("input", { type: "checkbox", id: "nc-all", checked: true });
      const sync = () => {
        const on = boxes.filter((b) => b.checked).length;
        all.checked = on === boxes.length;
        all.indeterminate = on > 0 && on < boxes.length;
      };
      all.addEventListener("change", () => {
        for (const b of boxes) b.checked = all.checked;
        sync();
      });
      for (const b of boxes) b.addEventListener("change", sync);
      schoolsBox.replaceChildren(
        legend,
        h("label", { class: "check" }, all, ` ${fill(T.allSchools, { count: boxes.length })}`),
        h(
          "ul",
          { class: "school-list" },
          ...o.schools.map((s, i) => h("li", {}, h("label", { class: "check" }, boxes[i]!, ` ${s.name}`))),
        ),
      );
    }
  };
  org.addEventListener("change", renderSchools);
  renderSchools();

  const fieldInput: Partial<Record<CampaignFormField, HTMLElement>> = {
    orgId: org,
    templateId: template,
    periodStart: start,
    periodEnd: end,
    period: end,
    name,
    reportDate,
    dueDate,
    participants: schoolsBox,
  };

  const showErrors = (found: CampaignFormErrors) => {
    let first: HTMLElement | null = null;
    for (const [field, el] of errors) {
      const text = found[field];
      el.textContent = text ?? "";
      el.hidden = !text;
      const target = fieldInput[field];
      if (target && field !== "period") target.setAttribute("aria-invalid", String(Boolean(text)));
      const focusable = field === "participants" ? (boxes[0] ?? null) : target;
      if (text && !first && focusable) first = focusable;
    }
    if (found.period) end.setAttribute("aria-invalid", "true");
    (first as HTMLElement | null)?.focus();
  };

  // An edited field loses its old message at once.
  const clearFor = (e: Event) => {
    msg.hide();
    for (const [field, el] of errors) {
      const target = fieldInput[field];
      if (target && (target === e.target || target.contains(e.target as Node))) {
        el.hidden = true;
        if (field !== "period") target.removeAttribute("aria-invalid");
      }
    }
  };

  const form = h(
    "form",
    { id: "new-campaign-form", novalidate: true },
    data.orgs.length > 1 ? h("label", { for: "nc-org" }, T.org) : null,
    data.orgs.length > 1 ? org : null,
    fieldError("orgId"),
    h("label", { for: "nc-template" }, T.template),
    template,
    fieldError("templateId"),
    h("label", { for: "nc-year" }, T.period),
    year,
    h(
      "div",
      { class: "dates" },
      h(
        "div",
        { class: "date-field" },
        h("label", { for: "nc-start", class: "small-label" }, T.periodStart),
        start,
      ),
      h(
        "div",
        { class: "date-field" },
        h("label", { for: "nc-end", class: "small-label" }, T.periodEnd),
        end,
      ),
    ),
    fieldError("periodStart"),
    fieldError("periodEnd"),
    fieldError("period"),
    h("label", { for: "nc-name" }, T.name),
    name,
    fieldError("name"),
    h("label", { for: "nc-report" }, T.reportDate),
    reportDate,
    h("p", { class: "hint small-hint", id: "nc-report-hint" }, T.reportDateHint),
    fieldError("reportDate"),
    h("label", { for: "nc-due" }, T.dueDate),
    dueDate,
    fieldError("dueDate"),
    schoolsBox,
    fieldError("participants"),
    h("button", { class: "action primary", type: "submit" }, T.create),
    msg.el,
  );

  form.addEventListener("input", clearFor);
  form.addEventListener("change", clearFor);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    msg.hide();
    const picked = boxes.filter((b) => b.checked).map((b) => b.value);
    const values: CampaignForm = {
      orgId: org.value,
      name: name.value,
      templateId: template.value,
      templateVersion: Number(template.selectedOptions[0]?.dataset.version ?? 0),
      periodStart: start.value,
      periodEnd: end.value,
      reportDate: reportDate.value,
      dueDate: dueDate.value,
      participants: boxes.length > 0 && picked.length < boxes.length ? picked : null,
    };
    const r = await busy(RU_UI.sidebar.busy, () => call("createCampaign", values));
    if (r.ok) {
      showErrors({});
      onOpened(r.value);
      return;
    }
    if (r.code === "invalid-form") {
      showErrors((r.details ?? {}) as CampaignFormErrors);
      msg.show(r.message, "error");
      return;
    }
    showErrors({});
    msg.show(r.message, "error");
  });

  return h("details", { class: "insert", id: "new-campaign" }, h("summary", {}, T.title), form);
}
