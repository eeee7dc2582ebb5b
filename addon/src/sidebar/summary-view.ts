// «Сводка» (department): the document's campaign (close it), «Новая кампания», «Школы и участники»,
// collect the summary into sheets; list the schools that have not reported and, after an explicit
// confirmation, email them.
// What only a department may do is asked from the worker the first time the tab is shown.
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { CampaignOption, ReminderView, SidebarState } from "../server/plan/views.ts";
// people: members of the managed orgs, API tokens
import { apiTokensView } from "./api-tokens-view.ts";
import { busy } from "./busy.ts";
import { campaignChangesView } from "./campaign-changes-view.ts";
import { campaignFormView } from "./campaign-form-view.ts";
import { campaignLineView } from "./campaign-line-view.ts";
import { clear, h } from "./dom.ts";
import { membersView } from "./members-view.ts";
import { messageLine } from "./message.ts";
import { reviewQueueView } from "./review-view.ts";
import { call } from "./rpc.ts";
import { schoolsView } from "./schools-view.ts";
// «Скачать Excel / CSV»: the worker's summary file without an API token
import { summaryDownloadView } from "./summary-download-view.ts";

const T = RU_UI.sidebar.summary;

/** A change of the document's campaign: the sidebar is rebuilt and shows `notice`. */
export type CampaignChanged = (notice: string, campaigns?: CampaignOption[]) => void;

export function summaryView(
  state: SidebarState,
  onChanged: CampaignChanged,
  notice?: string,
): { el: HTMLElement; activate(): void } {
  const msg = messageLine();
  const out = h("div", {});
  if (notice) msg.show(notice);
  const line = campaignLineView(state, (text) => onChanged(text));
  const changesSlot = h("div", {});
  const formSlot = h("div", {});
  const schoolsSlot = h("div", {});
  let activated = false;
  const activate = () => {
    if (activated) return;
    activated = true;
    void call("loadCampaignForm").then((r) => {
      // Silently nothing for schools, or before the worker address is set: «Собрать сводку» explains.
      if (!r.ok || r.value.orgs.length === 0) return;
      line.update(r.value.current);
      if (r.value.current?.manageable) clear(changesSlot, campaignChangesView(), reviewQueueView());
      clear(
        formSlot,
        campaignFormView(r.value, (opened) =>
          onChanged(
            fill(RU_UI.sidebar.newCampaign.opened, {
              name: opened.campaign.name,
              count: opened.participants,
            }),
            opened.campaigns,
          ),
        ),
      );
      clear(schoolsSlot, schoolsView(r.value.orgs), membersView(), apiTokensView());
    });
  };

  const collect = async () => {
    msg.hide();
    const r = await busy(T.step.request, () => call("collectSummary"));
    if (!r.ok) return msg.show(r.message, "error");
    const v = r.value;
    clear(
      out,
      h(
        "section",
        { class: "summary" },
        h("h3", {}, v.campaignName),
        h("p", {}, `${T.schools}: ${v.schools} · ${T.submitted}: ${v.submitted}`),
        h("p", { class: "meta" }, `${T.sheets}: ${v.sheets.join(", ")} · ${v.generatedAt}`),
      ),
    );
    msg.show(T.step.done);
  };

  const confirmBox = (list: ReminderView) => {
    const withMail = list.schools.filter((s) => s.emails.length > 0);
    if (list.schools.length === 0) return h("p", { class: "hint" }, T.noOverdue);
    const boxes = list.schools.map((s) =>
      h(
        "li",
        {},
        h(
          "label",
          {},
          h("input", {
            type: "checkbox",
            value: s.orgId,
            checked: s.emails.length > 0,
            disabled: !s.emails.length,
          }),
          ` ${s.name}`,
          h("span", { class: `badge ${s.reason}` }, ` ${s.reasonText}`),
          h("span", { class: "small" }, s.emails.length ? ` (${s.emails.join(", ")})` : " —"),
        ),
      ),
    );
    const list_ = h("ul", { class: "remind" }, ...boxes);
    const send = h(
      "button",
      {
        class: "action primary",
        type: "button",
        disabled: withMail.length === 0,
        onclick: async () => {
          const ids = [...list_.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value);
          const r = await busy(RU_UI.sidebar.busy, () => call("sendReminderEmails", ids));
          if (r.ok) msg.show(r.value.message || `${T.sent}: ${r.value.sent}`);
          else msg.show(r.message, "error");
        },
      },
      T.sendReminders,
    );
    return h(
      "section",
      {},
      h("h3", {}, `${T.remindList} (${list.schools.length})`),
      list_,
      h("p", {}, T.remindConfirm),
      send,
    );
  };

  const remind = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("prepareReminders"));
    if (!r.ok) return msg.show(r.message, "error");
    clear(out, confirmBox(r.value));
  };

  const el = h(
    "div",
    {},
    line.el,
    changesSlot,
    h(
      "div",
      { class: "buttons" },
      h("button", { class: "action primary", type: "button", onclick: collect }, T.run),
      h("button", { class: "action", type: "button", onclick: remind }, T.remind),
    ),
    msg.el,
    out,
    summaryDownloadView(),
    formSlot,
    schoolsSlot,
  );
  return { el, activate };
}
