// «Скачать Excel» / «Скачать CSV» under «Сводка»: the server fetches the worker's summary file and hands
// it over as base64; here it becomes a Blob saved through an <a download> click. The link stays on
// screen, so if a browser setting swallows the automatic click the user clicks it themselves.
import { fill, RU_DOWNLOAD } from "../../../shared/i18n/ru-ui.ts";
import type { SummaryFileView } from "../server/plan/summary-file.ts";
import { busy } from "./busy.ts";
import { clear, h } from "./dom.ts";
import { messageLine } from "./message.ts";
import { call } from "./rpc.ts";

function blobOf(file: SummaryFileView): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}

export function summaryDownloadView(): HTMLElement {
  const msg = messageLine();
  const linkSlot = h("p", { class: "download-again" });
  let url = "";

  const save = (file: SummaryFileView) => {
    // the previous file's object URL is no longer needed once another one is offered
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(blobOf(file));
    const link = h(
      "a",
      { href: url, download: file.fileName, class: "download-link" },
      fill(RU_DOWNLOAD.again, { name: file.fileName }),
    );
    clear(linkSlot, link);
    link.click();
    msg.show(fill(RU_DOWNLOAD.done, { name: file.fileName, kb: Math.max(1, Math.round(file.bytes / 1024)) }));
  };

  const download = (format: "xlsx" | "csv") => async () => {
    msg.hide();
    clear(linkSlot);
    const r = await busy(RU_DOWNLOAD.busy, () => call("downloadSummary", format));
    if (!r.ok) return msg.show(r.message, "error");
    save(r.value);
  };

  return h(
    "section",
    { class: "summary-download" },
    h("p", { class: "hint" }, RU_DOWNLOAD.hint),
    h(
      "div",
      { class: "buttons" },
      h("button", { class: "action", type: "button", onclick: download("xlsx") }, RU_DOWNLOAD.xlsx),
      h("button", { class: "action", type: "button", onclick: download("csv") }, RU_DOWNLOAD.csv),
    ),
    msg.el,
    linkSlot,
  );
}
