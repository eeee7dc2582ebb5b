// The department's invitations: one per school of the sheet «Школы», then mail within today's quota.
import { RU_JOIN } from "../../../shared/i18n/ru-join.ts";
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { busy } from "./busy.ts";
import { h } from "./dom.ts";
import { invitationListView } from "./invitation-list-view.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_JOIN.sidebar;

export function inviteView(): HTMLElement {
  const msg = messageLine();
  const invitations = invitationListView();
  const mail = h("button", { class: "action", type: "button", id: "mail-invitations", hidden: true }, T.mail);
  const invite = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("inviteSchools"));
    if (!r.ok) return msg.show(r.message, "error");
    msg.show(r.value.message);
    mail.hidden = r.value.quota <= 0;
  };
  mail.addEventListener("click", async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("mailInvitations"));
    if (!r.ok) return msg.show(r.message, "error");
    msg.show(r.value.message);
  });
  return h(
    "section",
    { class: "invite" },
    h("h3", {}, T.inviteHeading),
    h("p", { class: "hint" }, T.inviteHint),
    h("button", { class: "action", type: "button", id: "invite-schools", onclick: invite }, T.invite),
    mail,
    msg.el,
    invitations.el,
  );
}
