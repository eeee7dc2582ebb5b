// The sidebar: four tabs over the server functions. Tabs follow the WAI-ARIA pattern (arrow keys
// move between them), every action is a real <button>, and the layout fits the 300 px sidebar.
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { CampaignOption, SidebarState } from "../server/plan/views.ts";
import { progress } from "./busy.ts";
import { checkView } from "./check-view.ts";
import { clear, h } from "./dom.ts";
// issue 10: join by code, invitations
import { inviteView } from "./invite-view.ts";
import { joinView } from "./join-view.ts";
import { call } from "./rpc.ts";
import { settingsView } from "./settings-view.ts";
import { submitView } from "./submit-view.ts";
import { summaryView } from "./summary-view.ts";

type TabId = keyof typeof RU_UI.sidebar.tabs;
const TABS: TabId[] = ["check", "submit", "summary", "settings"];

/** Carried over a rebuild after the document's campaign changed. */
interface Carry {
  notice?: string;
  campaigns?: CampaignOption[];
}

function mount(state: SidebarState, app: HTMLElement, selected: TabId = "check", carry: Carry = {}): void {
  const summary = summaryView(
    state,
    (notice, campaigns) => void start(app, "summary", { notice, ...(campaigns ? { campaigns } : {}) }),
    carry.notice,
  );
  const submit = submitView(state);
  const panels: Record<TabId, HTMLElement> = {
    check: checkView(state),
    submit: submit.el,
    summary: h("div", {}, summary.el, inviteView()),
    settings: h(
      "div",
      {},
      joinView(() => void start(app, "check")),
      settingsView(state, () => void start(app, "settings"), carry.campaigns),
    ),
  };
  const buttons = TABS.map((id) =>
    h(
      "button",
      { type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}` },
      RU_UI.sidebar.tabs[id],
    ),
  );
  const select = (id: TabId, focus = false) => {
    TABS.forEach((t, i) => {
      const on = t === id;
      buttons[i]!.setAttribute("aria-selected", String(on));
      buttons[i]!.tabIndex = on ? 0 : -1;
      panels[t].hidden = !on;
    });
    if (focus) buttons[TABS.indexOf(id)]!.focus();
    if (id === "summary") summary.activate();
    if (id === "submit") submit.activate();
  };
  buttons.forEach((b, i) => {
    b.addEventListener("click", () => select(TABS[i]!));
    b.addEventListener("keydown", (e) => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (e.key === "Home") select(TABS[0]!, true);
      else if (e.key === "End") select(TABS[TABS.length - 1]!, true);
      else if (step) select(TABS[(i + step + TABS.length) % TABS.length]!, true);
    });
  });
  const tablist = h("div", { role: "tablist", "aria-label": RU_UI.sidebar.title }, ...buttons);
  const panelEls = TABS.map((id) =>
    h(
      "div",
      { role: "tabpanel", id: `panel-${id}`, "aria-labelledby": `tab-${id}`, tabindex: "0" },
      panels[id],
    ),
  );
  TABS.forEach((id, i) => {
    panels[id] = panelEls[i]!;
  });
  clear(app, tablist, progress, ...panelEls);
  select(selected);
}

async function start(app: HTMLElement, selected?: TabId, carry?: Carry): Promise<void> {
  const r = await call("getState");
  if (!r.ok) {
    clear(app, h("p", { class: "msg error", role: "alert" }, r.message));
    return;
  }
  mount(r.value, app, selected, carry);
}

void start(document.getElementById("app")!);
