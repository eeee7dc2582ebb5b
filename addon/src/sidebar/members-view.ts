// «Участники организаций» (department): pick an org the user manages (or one of its children), see
// its members, add one, change a role, remove one. Role changes and removals ask first, in the panel
// itself (Apps Script sidebars block browser dialogs); the worker's refusal is shown as it comes.
import { RU_PEOPLE } from "../../../shared/i18n/ru-people.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { MemberLine, MembersView, PeopleView } from "../server/plan/people-views.ts";
import { busy } from "./busy.ts";
import { showConfirm } from "./confirm-box.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_PEOPLE.members;

export function membersView(): HTMLElement {
  const msg = messageLine();
  const body = h("div", {});
  const list = h("div", { id: "members-list" });
  let people: PeopleView | null = null;
  let current: MembersView | null = null;

  const roleSelect = (roles: PeopleView["roles"], value: string, attrs: Record<string, string>) =>
    h(
      "select",
      attrs,
      ...roles.map((r) => h("option", { value: r.value, selected: r.value === value }, r.text)),
    );

  const show = (v: MembersView) => {
    current = v;
    if (v.message) msg.show(v.message);
    if (v.members.length === 0)
      return clear(list, h("p", { class: "hint" }, fill(T.empty, { org: v.orgName })));
    clear(
      list,
      h("h4", {}, fill(T.heading, { org: v.orgName, count: v.members.length })),
      h("ul", { class: "members" }, ...v.members.map((m) => item(v, m))),
    );
  };

  const run = async (fn: () => ReturnType<typeof call<"listMembers">>) => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, fn);
    if (!r.ok) {
      msg.show(r.message, "error");
      msg.el.scrollIntoView?.({ block: "nearest" });
      // A refused change leaves the list as it was (the select back on the stored role).
      if (current) show({ ...current, message: "" });
      return false;
    }
    show(r.value);
    msg.el.scrollIntoView?.({ block: "nearest" });
    return true;
  };

  const item = (v: MembersView, m: MemberLine): HTMLElement => {
    const self = m.email === people?.me;
    const slot = h("div", {});
    const select = roleSelect(people?.roles ?? [], m.role, {
      class: "member-role",
      "aria-label": fill(T.roleOf, { email: m.email }),
    });
    const remove = h(
      "button",
      { class: "action", type: "button", "aria-label": `${T.remove}: ${m.email}` },
      T.remove,
    );
    const idle = () => {
      clear(slot);
      select.value = m.role;
      select.disabled = false;
      remove.disabled = false;
    };
    const confirm = (text: string, yesText: string, onYes: () => void) => {
      remove.disabled = true;
      showConfirm(slot, {
        id: `member-confirm-${m.email.replace(/[^a-z0-9]/gi, "-")}`,
        question: text,
        yesText,
        cancelText: T.cancel,
        onCancel: idle,
        onYes,
      });
    };
    remove.addEventListener("click", () => {
      select.disabled = true;
      confirm(
        self
          ? fill(T.removeSelfConfirm, { org: v.orgName })
          : fill(T.removeConfirm, { email: m.email, org: v.orgName }),
        T.removeYes,
        () => void run(() => call("removeMember", v.orgId, m.email)),
      );
    });
    select.addEventListener("change", () => {
      const to = people?.roles.find((r) => r.value === select.value)?.text ?? select.value;
      confirm(fill(T.changeConfirm, { email: m.email, from: m.roleText, to }), T.changeYes, () => {
        void run(() => call("changeMemberRole", v.orgId, m.email, select.value));
      });
    });
    return h(
      "li",
      { class: `member ${m.role}`, "data-email": m.email },
      h("span", { class: "email" }, m.email, self ? h("span", { class: "small" }, ` (${T.you})`) : null),
      h("div", { class: "member-row" }, select, remove),
      slot,
    );
  };

  const mount = (p: PeopleView) => {
    people = p;
    const org = h(
      "select",
      { id: "mb-org" },
      ...p.orgs.map((o) => h("option", { value: o.id }, `${"— ".repeat(o.level)}${o.name}`)),
    );
    const email = h("input", {
      id: "mb-email",
      type: "email",
      autocomplete: "off",
      placeholder: "name@school.ru",
    }) as HTMLInputElement;
    const role = roleSelect(p.roles, "school", { id: "mb-role" });
    const load = () => run(() => call("listMembers", org.value));
    org.addEventListener("change", () => {
      current = null;
      clear(list);
      void load();
    });
    const add = h(
      "button",
      {
        class: "action primary",
        type: "button",
        onclick: async () => {
          if (await run(() => call("addMember", org.value, email.value, role.value))) email.value = "";
        },
      },
      T.add,
    );
    clear(
      body,
      h("label", { for: "mb-org" }, T.org),
      org,
      list,
      h(
        "div",
        { class: "member-add" },
        h("label", { for: "mb-email" }, T.email),
        email,
        h("label", { for: "mb-role" }, T.role),
        role,
        h("div", { class: "buttons" }, add),
      ),
    );
    void load();
  };

  const details = h(
    "details",
    { class: "insert", id: "members" },
    h("summary", {}, T.title),
    h("p", { class: "hint small-hint" }, T.help),
    msg.el,
    body,
  );
  details.addEventListener("toggle", async () => {
    if (!details.open || people) return;
    const r = await busy(RU_UI.sidebar.busy, () => call("loadPeople"));
    if (!r.ok) return msg.show(r.message, "error");
    mount(r.value);
  });
  return details;
}
