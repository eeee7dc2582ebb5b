// The campaign's invitations under «Пригласить школы»: school, state, expiry and uses, with «Отозвать»
// for a live one. Revoking asks first, in the panel itself (Apps Script sidebars block browser dialogs).
import { RU_JOIN } from "../../../shared/i18n/ru-join.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { InvitationLine, InvitationListView } from "../server/plan/first-day-views.ts";
import { busy } from "./busy.ts";
import { showConfirm } from "./confirm-box.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_JOIN.invitations;

export function invitationListView() {
  const msg = messageLine();
  const list = h("div", { class: "invitation-list", id: "invitation-list" });

  const show = (view: InvitationListView) => {
    if (view.message) msg.show(view.message);
    if (view.invitations.length === 0) return clear(list, h("p", { class: "hint" }, T.empty));
    clear(list, h("h4", {}, T.heading), h("ul", { class: "invitations" }, ...view.invitations.map(item)));
  };

  const load = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("listInvitations"));
    if (!r.ok) return msg.show(r.message, "error");
    show(r.value);
  };

  const item = (inv: InvitationLine): HTMLElement => {
    const actions = h("div", { class: "buttons" });
    const li = h(
      "li",
      { class: `invitation ${inv.state}`, "data-id": inv.id },
      h("span", { class: "school" }, inv.school),
      h("span", { class: "meta" }, `${inv.stateText} · ${inv.expiresText} · ${inv.usesText}`),
      actions,
    );
    const revokeButton = () =>
      h(
        "button",
        {
          class: "action",
          type: "button",
          "aria-label": `${T.revoke}: ${inv.school}`,
          onclick: () => confirmBox(),
        },
        T.revoke,
      );
    const confirmBox = () =>
      showConfirm(actions, {
        id: `revoke-confirm-${inv.id}`,
        question: fill(T.revokeConfirm, { school: inv.school }),
        yesText: T.revokeYes,
        cancelText: T.cancel,
        onCancel: () => clear(actions, revokeButton()),
        onYes: async () => {
          msg.hide();
          const r = await busy(RU_UI.sidebar.busy, () => call("revokeInvitation", inv.id));
          if (!r.ok) return msg.show(r.message, "error");
          show(r.value);
        },
      });
    if (inv.revocable) clear(actions, revokeButton());
    return li;
  };

  const el = h(
    "div",
    { class: "invitation-block" },
    h("button", { class: "action", type: "button", id: "show-invitations", onclick: load }, T.show),
    msg.el,
    list,
  );
  return { el, load };
}
