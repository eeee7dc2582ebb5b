// «Отправка»: send the active sheet, show the receipt; after a failure the same button retries with
// the same submission id (kept on the server side until the worker acknowledges it).
import { RU_JOIN } from "../../../shared/i18n/ru-join.ts";
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { ReceiptView, SidebarState } from "../server/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
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

export function submitView(state: SidebarState): HTMLElement {
  const msg = messageLine();
  const out = h("div", {});
  const pending = h("p", { class: "hint", hidden: !state.pendingSubmission }, T.pending);
  const button = h(
    "button",
    { class: "action primary", type: "button" },
    state.pendingSubmission ? T.retry : T.run,
  );
  button.addEventListener("click", async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("submitSheet"));
    if (r.ok) {
      clear(out, receiptBox(r.value));
      button.textContent = T.run;
      pending.hidden = true;
    } else {
      msg.show(r.message, "error");
      button.textContent = T.retry;
      pending.hidden = false;
    }
  });
  const campaign = state.campaign
    ? h("p", { class: "meta" }, `${RU_UI.sidebar.settings.campaign}: ${state.campaign.name}`)
    : h("p", { class: "msg error" }, RU_JOIN.sidebar.noCampaignYet);
  return h("div", {}, campaign, h("p", { class: "hint" }, T.hint), pending, button, msg.el, out);
}
