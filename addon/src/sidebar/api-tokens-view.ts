// «API-токены»: the user's tokens (state, dates, what each reaches), «Создать токен» with the secret
// shown once (copy button, a warning that it will not be shown again), «Отозвать» after confirming.
// The secret lives only in this panel's DOM until «Я сохранил(а) токен» or the panel is closed.
import { RU_PEOPLE } from "../../../shared/i18n/ru-people.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { CreatedTokenView, TokenLine, TokensView } from "../server/plan/people-views.ts";
import { busy } from "./busy.ts";
import { showConfirm } from "./confirm-box.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_PEOPLE.tokens;

export function apiTokensView(): HTMLElement {
  const msg = messageLine();
  const help = h("p", { class: "hint small-hint", id: "tokens-help" }, T.helpNoScope);
  const once = h("div", { id: "token-once" });
  const list = h("div", { id: "tokens-list" });
  const scopeBox = h("div", { id: "token-scope" });
  let boxes: HTMLInputElement[] = [];
  let loaded = false;

  /** One checkbox per membership, all ticked: untick what a script does not need. */
  const scopeChoices = (v: TokensView) => {
    if (v.scopeChoices.length < 2) {
      boxes = [];
      return clear(scopeBox);
    }
    boxes = v.scopeChoices.map(
      (c) => h("input", { type: "checkbox", value: c.orgId, checked: true }) as HTMLInputElement,
    );
    clear(
      scopeBox,
      h(
        "fieldset",
        { class: "schools" },
        h("legend", {}, T.scopeLegend),
        h(
          "ul",
          { class: "school-list" },
          ...v.scopeChoices.map((c, i) =>
            h("li", {}, h("label", { class: "check" }, boxes[i]!, ` ${c.text}`)),
          ),
        ),
      ),
    );
  };

  const show = (v: TokensView) => {
    if (!loaded || v.scopeChoices.length !== boxes.length) scopeChoices(v);
    loaded = true;
    help.textContent = v.help;
    if (v.message) msg.show(v.message);
    if (v.tokens.length === 0) return clear(list, h("p", { class: "hint" }, T.empty));
    clear(
      list,
      h("h4", {}, fill(T.heading, { count: v.tokens.length })),
      h("ul", { class: "tokens" }, ...v.tokens.map(item)),
    );
  };

  const item = (t: TokenLine): HTMLElement => {
    const actions = h("div", { class: "buttons" });
    const revokeButton = () =>
      h(
        "button",
        { class: "action", type: "button", "aria-label": `${T.revoke}: ${t.label}`, onclick: () => ask() },
        T.revoke,
      );
    const ask = () =>
      showConfirm(actions, {
        id: `token-confirm-${t.id}`,
        question: fill(T.revokeConfirm, { label: t.label }),
        yesText: T.revokeYes,
        cancelText: T.cancel,
        onCancel: () => clear(actions, revokeButton()),
        onYes: async () => {
          msg.hide();
          const r = await busy(RU_UI.sidebar.busy, () => call("revokeApiToken", t.id));
          if (!r.ok) return msg.show(r.message, "error");
          show(r.value);
        },
      });
    if (t.state === "active") clear(actions, revokeButton());
    return h(
      "li",
      { class: `token ${t.state}`, "data-id": t.id },
      h("span", { class: "label" }, t.label),
      h("span", { class: "token-meta" }, `${t.stateText} · ${t.meta}`),
      h("span", { class: "token-meta small" }, t.scopeText),
      actions,
    );
  };

  const secretBox = (v: CreatedTokenView) => {
    const field = h("input", {
      class: "token-secret",
      id: "token-secret",
      type: "text",
      readonly: true,
      value: v.secret,
      "aria-label": fill(T.secretTitle, { label: v.label }),
      onfocus: (e) => (e.target as HTMLInputElement).select(),
    }) as HTMLInputElement;
    const note = h("p", { class: "hint", role: "status" });
    const copy = h(
      "button",
      {
        class: "action",
        type: "button",
        onclick: async () => {
          field.focus();
          field.select();
          // Clipboard access may be refused inside the Apps Script iframe: fall back to the selection.
          let copied = false;
          try {
            await navigator.clipboard.writeText(v.secret);
            copied = true;
          } catch {
            copied = document.execCommand?.("copy") ?? false;
          }
          note.textContent = copied ? T.copied : T.copyHint;
        },
      },
      T.copy,
    );
    const done = h("button", { class: "action", type: "button", onclick: () => clear(once) }, T.done);
    clear(
      once,
      h(
        "div",
        { class: "token-once", role: "group", "aria-labelledby": "token-once-title" },
        h("h4", { id: "token-once-title" }, fill(T.secretTitle, { label: v.label })),
        field,
        h("p", { class: "warning-text" }, T.secretWarning),
        h("div", { class: "buttons" }, copy, done),
        note,
      ),
    );
    field.focus();
  };

  const label = h("input", {
    id: "tk-label",
    type: "text",
    maxlength: "100",
    placeholder: T.labelPlaceholder,
  }) as HTMLInputElement;
  const create = h(
    "button",
    {
      class: "action primary",
      type: "button",
      onclick: async () => {
        msg.hide();
        const orgIds = boxes.length ? boxes.filter((b) => b.checked).map((b) => b.value) : undefined;
        const r = await busy(RU_UI.sidebar.busy, () => call("createApiToken", label.value, orgIds));
        if (!r.ok) return msg.show(r.message, "error");
        label.value = "";
        show(r.value);
        secretBox(r.value);
      },
    },
    T.create,
  );

  const details = h(
    "details",
    { class: "insert", id: "api-tokens" },
    h("summary", {}, T.title),
    help,
    msg.el,
    once,
    list,
    h("label", { for: "tk-label" }, T.label),
    label,
    scopeBox,
    h("div", { class: "buttons" }, create),
  );
  details.addEventListener("toggle", async () => {
    // Closing the section forgets a secret still on screen.
    if (!details.open) return clear(once);
    if (loaded) return;
    const r = await busy(RU_UI.sidebar.busy, () => call("listApiTokens"));
    if (!r.ok) return msg.show(r.message, "error");
    show(r.value);
  });
  return details;
}
