// «Проверка»: insert a template, check the active sheet, jump to a finding's cell, highlight.
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { SidebarState, ValidationView } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { importView } from "./import-view.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_UI.sidebar.check;

export function checkView(state: SidebarState): HTMLElement {
  const msg = messageLine();
  const result = h("div", { class: "result" }, h("p", { class: "hint" }, T.hint));

  const templateSelect = h(
    "select",
    { id: "template", "aria-label": T.insertTitle },
    ...state.templates.map((t) =>
      h("option", { value: t.id, selected: t.id === state.campaign?.templateId }, t.name),
    ),
  );
  const period = h("input", { id: "period", type: "text", placeholder: "2023-2024 учебный год" });
  const insert = h(
    "details",
    { class: "insert" },
    h("summary", {}, T.insertTitle),
    h("label", { for: "template" }, RU_UI.sidebar.check.template),
    templateSelect,
    h("label", { for: "period" }, T.period),
    period,
    h(
      "button",
      {
        class: "action",
        type: "button",
        onclick: async () => {
          const r = await busy(RU_UI.sidebar.busy, () =>
            call("insertTemplate", templateSelect.value, period.value),
          );
          if (r.ok) msg.show(`${T.inserted}: «${r.value.sheetName}»`);
          else msg.show(r.message, "error");
        },
      },
      T.insert,
    ),
  );

  const render = (v: ValidationView) => {
    const counts = h(
      "p",
      { class: "counts" },
      ...(["error", "warning", "info"] as const).map((s) =>
        h("span", { class: `badge ${s}` }, `${RU_UI.sidebar.severity[s]}: ${v.counts[s]}`),
      ),
    );
    const meta = h(
      "p",
      { class: "meta" },
      `${T.sheet}: «${v.sheetName}» · ${T.template}: ${v.templateName}`,
      h("br"),
      `${T.completion}: ${v.completion.done} / ${v.completion.required}`,
    );
    const groups = v.groups.map((g) =>
      h(
        "section",
        { class: `group ${g.severity}` },
        h("h3", {}, `${RU_UI.sidebar.severity[g.severity]} (${g.findings.length})`),
        h(
          "ul",
          { class: "findings" },
          ...g.findings.map((f) =>
            h(
              "li",
              {},
              h(
                "button",
                {
                  type: "button",
                  class: "finding",
                  "data-cell": f.cell,
                  disabled: f.row === null,
                  onclick: async () => {
                    const r = await call("selectCell", v.sheetName, f.row ?? 1, f.column);
                    if (!r.ok) msg.show(r.message, "error");
                  },
                },
                f.cell ? h("span", { class: "cell" }, f.cell) : null,
                h("span", { class: "text" }, f.message),
              ),
            ),
          ),
        ),
      ),
    );
    clear(result, counts, meta, ...(groups.length ? groups : [h("p", { class: "hint" }, T.empty)]));
  };

  const run = async () => {
    msg.hide();
    const r = await busy(RU_UI.sidebar.busy, () => call("validateSheet"));
    if (r.ok) render(r.value);
    else msg.show(r.message, "error");
  };

  const buttons = h(
    "div",
    { class: "buttons" },
    h("button", { class: "action primary", type: "button", onclick: run }, T.run),
    h(
      "button",
      {
        class: "action",
        type: "button",
        onclick: async () => {
          const r = await busy(RU_UI.sidebar.busy, () => call("highlightSheet"));
          if (r.ok) msg.show(`${T.highlighted}: ${r.value.cells}`);
          else msg.show(r.message, "error");
        },
      },
      T.highlight,
    ),
    h(
      "button",
      {
        class: "action",
        type: "button",
        onclick: async () => {
          const r = await busy(RU_UI.sidebar.busy, () => call("clearSheetHighlight"));
          if (r.ok) msg.show(`${T.cleared}: ${r.value.cells}`);
          else msg.show(r.message, "error");
        },
      },
      T.clear,
    ),
  );
  return h("div", {}, insert, buttons, msg.el, result, importView());
}
