// «Отправка»: name the sheet, warn when it is not the campaign's roadmap, ask, then send it and show
// the receipt; after a failure the same button retries with the same submission id (kept on the
// server side until the worker acknowledges it).
import { RU_JOIN } from "../../../shared/i18n/ru-join.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { ReceiptView, SidebarState, SubmitPreview } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { myReviewBox } from "./review-view.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.submit;

function receiptBox(r: ReceiptView): HTMLElement {
  const row = (k: string, v: string | number) => h("div", {}, h("dt", {}, k), h("dd", {}, String(v)));
  return h(
    "section",
    { class: `receipt ${r.status}`, "aria-label": T.receipt },
    h("h3", {}, T.receipt),
    h(
      "dl",
      {},
      row(T.version, r.version),
      row(T.receivedAt, r.receivedAtText),
      row(T.status, r.statusText),
      row(RU_UI.sidebar.severity.error, r.counts.error),
      row(RU_UI.sidebar.severity.warning, r.counts.warning),
    ),
    h("p", { class: "small" }, r.submissionId),
  );
}

export function submitView(state: SidebarState): { el: HTMLElement; activate(): void } {
  const msg = messageLine();
  const out = h("div", {});
  const pending = h("p", { class: "hint", hidden: !state.pendingSubmission }, T.pending);
  const button = h(
    "button",
    { class: "action primary", type: "button" },
    state.pendingSubmission ? T.retry : T.run,
  );
  const sheetLine = h("p", { class: "meta sheet-line" }, `${T.sheet}: «${state.sheetName ?? "—"}»`);
  const send = async (name: string) => {
    msg.hide();
    clear(out);
    button.hidden = false;
    const r = await busy(RU_UI.sidebar.busy, () => call("submitSheet", name));
    if (r.ok) {
      clear(out, receiptBox(r.value));
      button.textContent = T.run;
      pending.hidden = true;
    } else {
      msg.show(r.message, "error");
      button.textContent = T.retry;
      pending.hidden = false;
    }
  };
  const confirmBox = (p: SubmitPreview) => {
    const cancel = h(
      "button",
      {
        class: "action",
        type: "button",
        onclick: () => {
          clear(out);
          button.hidden = false;
        },
      },
      T.confirmNo,
    );
    const yes = h(
      "button",
      { class: "action primary", type: "button", onclick: () => void send(p.sheetName) },
      T.confirmYes,
    );
    return h(
      "div",
      { class: "confirm", role: "group", "aria-labelledby": "submit-confirm" },
      p.warning ? h("p", { class: `msg ${p.refused ? "error" : "warn"}`, role: "alert" }, p.warning) : null,
      h("p", { id: "submit-confirm" }, fill(T.confirm, { name: p.sheetName, campaign: p.campaignName })),
      h("div", { class: "buttons" }, yes, cancel),
    );
  };
  button.addEventListener("click", async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("prepareSubmit"));
    if (!r.ok) return msg.show(r.message, "error");
    clear(sheetLine, `${T.sheet}: «${r.value.sheetName}»`);
    button.hidden = true;
    clear(out, confirmBox(r.value));
    (out.querySelector("button.action:not(.primary)") as HTMLButtonElement | null)?.focus();
  });
  const campaign = state.campaign
    ? h("p", { class: "meta" }, `${RU_UI.sidebar.settings.campaign}: ${state.campaign.name}`)
    : h("p", { class: "msg error" }, RU_JOIN.sidebar.noCampaignYet);
  // issue 9: the department's review of this school's report, asked once when the tab is first shown
  const review = h("div", {});
  let activated = false;
  const activate = () => {
    if (activated || !state.campaign) return;
    activated = true;
    void call("loadMyReview").then((r) => {
      if (r.ok) clear(review, myReviewBox(r.value));
    });
  };
  const el = h(
    "div",
    {},
    campaign,
    review,
    sheetLine,
    h("p", { class: "hint" }, T.hint),
    pending,
    button,
    msg.el,
    out,
  );
  return { el, activate };
}
