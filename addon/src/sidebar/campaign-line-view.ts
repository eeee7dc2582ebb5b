// The document's campaign at the top of «Сводка», with «Закрыть кампанию» for a department that runs
// it. Closing asks first, in the panel itself (no browser dialog: Apps Script sidebars block them),
// with an optional reason for the campaign's history.
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { CampaignFormView, SidebarState } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { showConfirm } from "./confirm-box.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.summary;

export function campaignLineView(state: SidebarState, onClosed: (notice: string) => void) {
  const msg = messageLine();
  const line = h("p", { class: "meta", id: "campaign-line" });
  const actions = h("div", {});
  const el = h("section", { class: "campaign" }, line, actions, msg.el);
  const showLine = (name: string, closed: boolean) => {
    clear(line, `${T.campaign}: «${name}»`, closed ? ` (${T.closed})` : "");
  };
  el.hidden = !state.campaign;
  if (state.campaign) showLine(state.campaign.name, false);

  const confirmBox = (id: string, name: string) => {
    const reason = h("input", { id: "close-reason", type: "text", maxlength: "500" });
    showConfirm(actions, {
      id: "close-confirm",
      question: fill(T.closeConfirm, { name }),
      extra: [h("label", { for: "close-reason" }, T.closeReason), reason],
      yesText: T.closeYes,
      cancelText: T.cancel,
      onCancel: () => clear(actions, closeButton(id, name)),
      onYes: async () => {
        msg.hide();
        const r = await busy(RU_UI.sidebar.busy, () => call("closeCampaign", id, true, reason.value));
        if (!r.ok) return msg.show(r.message, "error");
        onClosed(fill(T.closedDone, { name: r.value.name }));
      },
    });
  };
  const closeButton = (id: string, name: string) =>
    h("button", { class: "action", type: "button", onclick: () => confirmBox(id, name) }, T.close);

  return {
    el,
    /** What the worker says now: the status, and whether this user may close it. */
    update(current: CampaignFormView["current"]) {
      if (!current) return;
      el.hidden = false;
      showLine(current.name, current.status === "closed");
      clear(
        actions,
        current.status === "open" && current.manageable ? closeButton(current.id, current.name) : null,
      );
    },
  };
}
