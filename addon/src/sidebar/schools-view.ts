// «Школы и участники» (department): open the sheet «Школы», load it into a preview (counts and the
// rows that will be skipped, each a click-to-cell button like a finding), then «Применить». The help
// says what the sheet never does: delete a school or a member.
import { NOUNS, plural } from "../../../shared/i18n/plural.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { CampaignFormView, SchoolsPreviewView } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.schools;

export function schoolsView(orgs: CampaignFormView["orgs"]): HTMLElement {
  const msg = messageLine();
  const out = h("div", { class: "result", id: "schools-preview" });
  const org = h("select", { id: "sc-org" }, ...orgs.map((o) => h("option", { value: o.id }, o.name)));
  org.addEventListener("change", () => {
    msg.hide();
    clear(out);
  });

  const render = (v: SchoolsPreviewView) => {
    const todo = v.schools + v.members + v.roles;
    const line = [
      fill(T.preview, {
        schools: plural(v.schools, NOUNS.school),
        members: plural(v.members, NOUNS.participant),
        same: v.unchanged,
      }),
      v.roles ? fill(T.roles, { count: v.roles }) : "",
    ]
      .filter(Boolean)
      .join(", ");
    const problems = v.problems.length
      ? h(
          "section",
          { class: "group error" },
          h("h3", {}, fill(T.problems, { count: v.problems.length })),
          h(
            "ul",
            { class: "findings" },
            ...v.problems.map((p) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: "finding",
                    "data-cell": p.cell,
                    onclick: async () => {
                      const r = await call("selectCell", v.sheetName, p.row, p.column);
                      if (!r.ok) msg.show(r.message, "error");
                    },
                  },
                  h("span", { class: "cell" }, p.cell),
                  h("span", { class: "text" }, p.message),
                ),
              ),
            ),
          ),
        )
      : null;
    const apply = h(
      "button",
      {
        class: "action primary",
        type: "button",
        onclick: async () => {
          msg.hide();
          const r = await busy(RU_UI.sidebar.busy, () => call("applySchools", v.orgId, v.planId));
          if (!r.ok) {
            msg.show(r.message, "error");
            if (r.code === "plan-changed" && r.details) render(r.details as SchoolsPreviewView);
            return;
          }
          const a = r.value;
          clear(out);
          msg.show(
            [
              fill(T.applied, { schools: a.schools, members: a.members, same: a.unchanged }),
              a.roles ? fill(RU_UI.sidebar.schools.appliedRoles, { count: a.roles }) : "",
              a.failed ? fill(T.failed, { count: a.failed }) : "",
            ]
              .filter(Boolean)
              .join(" "),
            a.failed ? "error" : "ok",
          );
        },
      },
      T.apply,
    );
    clear(
      out,
      h("p", { class: "counts", id: "schools-counts" }, line),
      v.notInSheet ? h("p", { class: "hint" }, fill(T.notInSheet, { count: v.notInSheet })) : null,
      problems,
      todo > 0 ? apply : h("p", { class: "hint" }, T.nothing),
    );
  };

  const open = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("openSchoolsSheet", org.value));
    if (!r.ok) return msg.show(r.message, "error");
    msg.show(
      r.value.created
        ? fill(T.created, { name: r.value.sheetName, rows: r.value.rows })
        : fill(T.opened, { name: r.value.sheetName }),
    );
  };

  const load = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("loadSchools", org.value));
    if (!r.ok) {
      clear(out);
      return msg.show(r.message, "error");
    }
    render(r.value);
  };

  return h(
    "details",
    { class: "insert", id: "schools" },
    h("summary", {}, T.title),
    orgs.length > 1 ? h("label", { for: "sc-org" }, T.org) : null,
    orgs.length > 1 ? org : null,
    h("p", { class: "hint small-hint" }, T.help),
    h(
      "div",
      { class: "buttons" },
      h("button", { class: "action", type: "button", onclick: open }, T.open),
      h("button", { class: "action", type: "button", onclick: load }, T.load),
    ),
    msg.el,
    out,
  );
}
