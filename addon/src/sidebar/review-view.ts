// Review in the sidebar (issue 9). The department's «Проверка отчётов»: the schools with a submitted
// version, and for the chosen one «Принять» / «Вернуть на доработку» with a comment and per-item
// remarks. The school's side: the state and the department's comment above «Отправить».
import { RU_REVIEW } from "../../../shared/i18n/ru-review.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { MyReviewView, ReviewQueueView } from "../server/plan/views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_REVIEW;

export function reviewQueueView(): HTMLElement {
  const msg = messageLine();
  const body = h("div", {});
  const el = h(
    "details",
    { id: "review-queue" },
    h("summary", {}, T.title),
    msg.el,
    body,
  ) as HTMLDetailsElement;

  const render = (v: ReviewQueueView) => {
    if (v.schools.length === 0) return clear(body, h("p", { class: "hint" }, T.empty));
    const school = h(
      "select",
      { id: "rv-school" },
      ...v.schools.map((s, i) =>
        h(
          "option",
          { value: String(i) },
          `${s.name} — ${fill(T.version, { version: s.version })}, ${s.stateText}`,
        ),
      ),
    );
    const comment = h("textarea", { id: "rv-comment", rows: "3" });
    const items = h("textarea", { id: "rv-items", rows: "3" });
    const current = h("p", { class: "meta", id: "rv-current" });
    const showCurrent = () => {
      const s = v.schools[Number(school.value)]!;
      clear(current, s.comment ? `${s.stateText}: ${s.comment}` : s.stateText);
    };
    school.addEventListener("change", showCurrent);
    showCurrent();
    const decide = async (state: "accepted" | "returned") => {
      msg.hide();
      const s = v.schools[Number(school.value)]!;
      const r = await busy(RU_UI.sidebar.busy, () =>
        call("reviewSchool", s.orgId, s.version, state, comment.value, items.value),
      );
      if (!r.ok) return msg.show(r.message, "error");
      render(r.value);
      const after = r.value.schools.find((x) => x.orgId === s.orgId);
      msg.show(fill(T.done, { name: s.name, state: after?.stateText ?? state }));
    };
    clear(
      body,
      h("label", { for: "rv-school" }, T.school),
      school,
      current,
      h("label", { for: "rv-comment" }, T.comment),
      comment,
      h("label", { for: "rv-items" }, T.items),
      items,
      h(
        "div",
        { class: "buttons" },
        h(
          "button",
          { class: "action primary", type: "button", onclick: () => void decide("accepted") },
          T.accept,
        ),
        h("button", { class: "action", type: "button", onclick: () => void decide("returned") }, T.return),
      ),
    );
  };

  let loaded = false;
  el.addEventListener("toggle", () => {
    if (!el.open || loaded) return;
    loaded = true;
    void busy(RU_UI.sidebar.busy, () => call("loadReviewQueue")).then((r) =>
      r.ok ? render(r.value) : msg.show(r.message, "error"),
    );
  });
  return el;
}

/** The school's review state; empty until the worker answers (and for users who are not a school). */
export function myReviewBox(v: MyReviewView): HTMLElement | null {
  if (!v.state || !v.stateText) return null;
  return h(
    "section",
    { class: `review ${v.state}`, "aria-label": T.receiptSheet },
    h("p", { class: "review-state" }, v.stateText),
    v.detail ? h("p", { class: "meta" }, v.detail) : null,
    v.comment ? h("p", { class: "review-comment" }, v.comment) : null,
    v.items.length > 0 ? remarksBlock(v) : null,
  );
}

// --- remarks on the sheet: each remark selects its item's row, one button paints them all ---

function remarksBlock(v: MyReviewView): HTMLElement {
  const msg = messageLine();
  const list = h("ul", { class: "findings review-items" });
  let sheet = v.sheetName;
  const fillList = (items: MyReviewView["items"]) => {
    clear(
      list,
      ...items.map((i) => {
        const text = `${i.code}: ${i.comment}`;
        const at = i.row === null || sheet === null ? null : { row: i.row, column: i.column, name: sheet };
        return h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "finding remark",
              "data-cell": i.cell ?? "",
              // like a finding without a row: listed, but nothing to go to
              disabled: at === null,
              onclick: async () => {
                if (!at) return;
                const r = await call("selectCell", at.name, at.row, at.column);
                if (!r.ok) msg.show(r.message, "error");
              },
            },
            h("span", { class: "cell" }, i.cell ?? "—"),
            h(
              "span",
              { class: "text" },
              text,
              at || sheet === null ? null : h("span", { class: "not-found" }, ` — ${T.notOnSheet}`),
            ),
          ),
        );
      }),
    );
  };
  fillList(v.items);
  const show = h(
    "button",
    {
      type: "button",
      class: "action",
      onclick: async () => {
        msg.hide();
        const r = await busy(T.showOnSheet, () => call("highlightMyRemarks"));
        if (!r.ok) return msg.show(r.message, "error");
        sheet = r.value.sheetName;
        fillList(r.value.items);
        msg.show(r.value.message);
      },
    },
    T.showOnSheet,
  );
  const unpaint = h(
    "button",
    {
      type: "button",
      class: "action",
      onclick: async () => {
        msg.hide();
        const r = await call("clearSheetHighlight");
        if (!r.ok) return msg.show(r.message, "error");
        msg.show(`${RU_UI.sidebar.check.cleared}: ${r.value.cells}`);
      },
    },
    T.clearOnSheet,
  );
  return h(
    "div",
    { class: "review-remarks" },
    h("h4", {}, T.itemsTitle),
    h("p", { class: "hint" }, v.sheetName ? fill(T.onSheet, { sheet: v.sheetName }) : T.noRoadmap),
    list,
    h("div", { class: "buttons" }, show, unpaint),
    msg.el,
  );
}
