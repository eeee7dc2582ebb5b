// «Подключиться по коду» in the sidebar: the code → the school's campaign → the template, one click each.
import { RU_JOIN } from "../../../shared/i18n/ru-join.ts";
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { busy } from "./busy.ts";
import { h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_JOIN.sidebar;

export function joinView(onJoined: () => void): HTMLElement {
  const msg = messageLine();
  const code = h("input", { id: "join-code", type: "text", autocomplete: "off", placeholder: "KP7M-4XQ2" });
  const insert = h("button", { class: "action", type: "button", id: "join-insert", hidden: true }, T.insert);
  let templateId = "";
  const join = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("joinWithCode", code.value));
    if (!r.ok) return msg.show(r.message, "error");
    msg.show(r.value.message);
    templateId = r.value.templateId;
    insert.hidden = false;
  };
  insert.addEventListener("click", async () => {
    const r = await busy(RU_UI.sidebar.busy, () => call("insertTemplate", templateId, ""));
    if (!r.ok) return msg.show(r.message, "error");
    onJoined();
  });
  return h(
    "section",
    { class: "join" },
    h("h3", {}, T.joinHeading),
    h("p", { class: "hint" }, T.joinHint),
    h("label", { for: "join-code" }, T.codeLabel),
    code,
    h("button", { class: "action primary", type: "button", id: "join", onclick: join }, T.join),
    insert,
    msg.el,
  );
}
