// «Сводка» (department): collect the summary into sheets; list the schools that have not reported
// and, after an explicit confirmation, email them.
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { ReminderView } from "../server/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.summary;

export function summaryView(): HTMLElement {
  const msg = messageLine();
  const out = h("div", {});

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
          if (r.ok) msg.show(`${T.sent}: ${r.value.sent}`);
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

  return h(
    "div",
    {},
    h(
      "div",
      { class: "buttons" },
      h("button", { class: "action primary", type: "button", onclick: collect }, T.run),
      h("button", { class: "action", type: "button", onclick: remind }, T.remind),
    ),
    msg.el,
    out,
  );
}
