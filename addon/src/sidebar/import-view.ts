// «Импорт из файла»: pick a .docx/.xlsx/.csv of the school's own roadmap, see how its columns map onto the
// template and what could not be placed, then create the template sheet. «Перенести в шаблон» does the
// same for the sheet that is open.
import { fill, RU_IMPORT_UI, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import type { Result } from "../../../shared/result.ts";
import type { ImportView } from "../server/plan/import-views.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

const T = RU_IMPORT_UI;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function importView(): HTMLElement {
  const msg = messageLine();
  const preview = h("div", { class: "import-preview" });
  const input = h("input", { id: "import-file", type: "file", accept: ".docx,.xlsx,.csv,.tsv,.txt" });
  let pending: (() => Promise<Result<ImportView>>) | null = null;

  const show = (v: ImportView) => {
    clear(
      preview,
      h(
        "p",
        { class: "meta" },
        fill(T.template, { name: v.templateName }),
        h("br"),
        fill(T.matched, { n: v.matched }),
      ),
      h("p", {}, T.mapping),
      h(
        "ul",
        { class: "mapping" },
        ...v.columns.map((c) => h("li", {}, `${c.column} «${c.header}» → ${c.target}`)),
      ),
      ...(v.notes.length ? [h("ul", { class: "notes" }, ...v.notes.map((n) => h("li", {}, n)))] : []),
    );
  };
  const run = async (r: Promise<Result<ImportView>>, apply: () => Promise<Result<ImportView>>) => {
    const v = await busy(RU_UI.sidebar.busy, () => r);
    if (!v.ok) {
      msg.show(v.message, "error");
      return;
    }
    show(v.value);
    if (v.value.sheetName) {
      msg.show(fill(T.created, { name: v.value.sheetName }));
      pending = null;
      applyButton.disabled = true;
    } else {
      msg.hide();
      pending = apply;
      applyButton.disabled = false;
    }
  };
  const applyButton = h(
    "button",
    {
      class: "action",
      type: "button",
      disabled: true,
      onclick: async () => {
        if (pending) await run(pending(), pending);
      },
    },
    T.apply,
  );
  const previewFile = async () => {
    const file = input.files?.[0];
    if (!file) {
      msg.show(T.noFile, "error");
      return;
    }
    const data = await base64Of(file);
    await run(call("importFile", file.name, data, false), () => call("importFile", file.name, data, true));
  };
  return h(
    "details",
    { class: "import" },
    h("summary", {}, T.title),
    h("label", { for: "import-file" }, T.file),
    input,
    h("button", { class: "action", type: "button", onclick: previewFile }, T.preview),
    h(
      "button",
      {
        class: "action",
        type: "button",
        onclick: () => run(call("transferSheet", false), () => call("transferSheet", true)),
      },
      T.transfer,
    ),
    preview,
    applyButton,
    msg.el,
  );
}
