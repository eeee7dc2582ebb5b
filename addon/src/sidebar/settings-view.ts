// «Настройки»: the worker address and the campaign, kept in the document's properties.
import { RU_JOIN } from "../../../shared/i18n/ru-join.ts";
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { CampaignOption, SidebarState } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.settings;

export function settingsView(
  state: SidebarState,
  onSaved: () => void,
  campaigns?: CampaignOption[],
): HTMLElement {
  const msg = messageLine();
  const url = h("input", { id: "worker-url", type: "url", value: state.workerUrl, placeholder: "https://…" });
  const campaign = h(
    "select",
    { id: "campaign" },
    state.campaign
      ? h("option", { value: state.campaign.id }, state.campaign.name)
      : h("option", { value: "" }, "—"),
  );
  const fillList = (list: CampaignOption[]) =>
    campaign.replaceChildren(
      ...list.map((c) =>
        h("option", { value: c.id, selected: c.id === state.campaign?.id }, `${c.name} (до ${c.dueDate})`),
      ),
    );
  // just after «Новая кампания»: the worker's list, already loaded
  if (campaigns?.length) fillList(campaigns);
  const load = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("loadCampaigns", url.value));
    if (!r.ok) return msg.show(r.message, "error");
    if (r.value.length === 0) return msg.show(T.noCampaigns, "error");
    fillList(r.value);
  };
  const save = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("saveSettings", url.value, campaign.value));
    if (!r.ok) return msg.show(r.message, "error");
    msg.show(T.saved);
    onSaved();
  };
  // A built-in address is for administrators and local development to override (issue 10).
  const address = state.builtInWorkerUrl
    ? h("details", {}, h("summary", {}, RU_JOIN.sidebar.adminUrl), url)
    : h("div", {}, h("label", { for: "worker-url" }, T.workerUrl), url);
  return h(
    "form",
    { onsubmit: (e: Event) => e.preventDefault() },
    address,
    h("button", { class: "action", type: "button", onclick: load }, T.loadCampaigns),
    h("label", { for: "campaign" }, T.campaign),
    campaign,
    h("button", { class: "action primary", type: "button", onclick: save }, T.save),
    msg.el,
  );
}
