// «Изменить кампанию» (department, issue 9): rename and move dates with a reason, add a school that
// joins late or exclude one (its versions are kept), reopen a closed campaign with a reason, and read
// the campaign's history. Loaded from the worker when the section is opened.
import { RU_CAMPAIGN_CHANGES, RU_TIME_ZONES } from "../../../shared/i18n/ru-campaign-changes.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { Result } from "../../../shared/result.ts";
import type { CampaignChangesView } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_CAMPAIGN_CHANGES;

export function campaignChangesView(): HTMLElement {
  const msg = messageLine();
  const body = h("div", {});
  const el = h(
    "details",
    { id: "campaign-changes" },
    h("summary", {}, T.title),
    msg.el,
    body,
  ) as HTMLDetailsElement;

  const show = (r: Result<CampaignChangesView>, done?: string) => {
    if (!r.ok) return msg.show(r.message, "error");
    render(r.value);
    if (done) msg.show(done);
  };

  const render = (v: CampaignChangesView) => {
    const input = (id: string, type: string, value: string) => h("input", { id, type, value });
    const name = input("cc-name", "text", v.name);
    const due = input("cc-due", "date", v.dueDate);
    const report = input("cc-report", "date", v.reportDate);
    const zone = h("input", { id: "cc-tz", type: "text", value: v.timeZone, list: "cc-tz-list" });
    const zones = h(
      "datalist",
      { id: "cc-tz-list" },
      ...RU_TIME_ZONES.map((z) => h("option", { value: z.zone, label: z.label })),
    );
    const reason = input("cc-reason", "text", "");
    const save = async () => {
      msg.hide();
      const r = await busy(RU_UI.sidebar.busy, () =>
        call("saveCampaignEdit", {
          name: name.value,
          dueDate: due.value,
          reportDate: report.value,
          timeZone: zone.value,
          reason: reason.value,
        }),
      );
      show(r, T.saved);
    };

    const boxes = v.participants.map((p) => h("input", { type: "checkbox", value: p.id }));
    const candidate = h(
      "select",
      { id: "cc-add" },
      ...v.candidates.map((c) => h("option", { value: c.id }, c.name)),
    );
    const change = async (add: string[], remove: string[]) => {
      msg.hide();
      const r = await busy(RU_UI.sidebar.busy, () =>
        call("changeCampaignParticipants", add, remove, reason.value),
      );
      show(r, fill(T.participantsSaved, { added: add.length, removed: remove.length }));
    };
    const removeChecked = () =>
      void change(
        [],
        boxes.filter((b) => b.checked).map((b) => b.value),
      );
    const addOne = () => void change([candidate.value], []);

    const reopenReason = input("cc-reopen-reason", "text", "");
    const reopen = async () => {
      msg.hide();
      const r = await busy(RU_UI.sidebar.busy, () => call("reopenCampaign", reopenReason.value));
      show(r, fill(T.reopened, { name: v.name }));
    };

    if (!v.manageable) {
      clear(body, h("p", { class: "hint" }, T.notManager), historyList(v.history));
      return;
    }
    clear(
      body,
      h("label", { for: "cc-name" }, T.name),
      name,
      h(
        "div",
        { class: "dates" },
        h(
          "div",
          { class: "date-field" },
          h("label", { for: "cc-due", class: "small-label" }, T.dueDate),
          due,
        ),
        h(
          "div",
          { class: "date-field" },
          h("label", { for: "cc-report", class: "small-label" }, T.reportDate),
          report,
        ),
      ),
      h("label", { for: "cc-tz" }, T.timeZone),
      zone,
      zones,
      h("p", { class: "hint small-hint" }, T.timeZoneHint),
      h("label", { for: "cc-reason" }, T.reason),
      reason,
      h("button", { class: "action primary", type: "button", onclick: save }, T.save),
      h(
        "fieldset",
        { class: "schools" },
        h("legend", {}, `${T.participants} (${v.participants.length})`),
        h(
          "ul",
          { class: "school-list" },
          ...v.participants.map((p, i) =>
            h("li", {}, h("label", { class: "check" }, boxes[i]!, ` ${p.name}`)),
          ),
        ),
        h("p", { class: "hint small-hint" }, T.removeKeeps),
        h("button", { class: "action", type: "button", onclick: removeChecked }, T.remove),
        h("label", { for: "cc-add" }, T.add),
        v.candidates.length > 0 ? candidate : h("p", { class: "hint" }, T.addNone),
        v.candidates.length > 0
          ? h("button", { class: "action", type: "button", onclick: addOne }, T.addButton)
          : null,
      ),
      v.status === "closed"
        ? h(
            "div",
            { class: "reopen" },
            h("label", { for: "cc-reopen-reason" }, T.reopenReason),
            reopenReason,
            h("button", { class: "action", type: "button", onclick: reopen }, T.reopen),
          )
        : null,
      historyList(v.history),
    );
  };

  let loaded = false;
  el.addEventListener("toggle", () => {
    if (!el.open || loaded) return;
    loaded = true;
    void busy(RU_UI.sidebar.busy, () => call("loadCampaignChanges")).then((r) => show(r));
  });
  return el;
}

function historyList(lines: string[]): HTMLElement {
  return h(
    "section",
    { class: "history", "aria-label": T.history },
    h("h4", {}, T.history),
    lines.length > 0
      ? h("ol", { class: "history-list" }, ...lines.map((l) => h("li", {}, l)))
      : h("p", { class: "hint" }, T.historyEmpty),
  );
}
