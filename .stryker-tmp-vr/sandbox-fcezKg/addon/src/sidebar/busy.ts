// The progress line: shown while a server call runs, with elapsed seconds so a long «Собрать сводку»
// visibly keeps working. Buttons are disabled meanwhile so a double click cannot start it twice.
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { h } from "./dom.ts";

export const progress = h(
  "div",
  { class: "progress", role: "status", hidden: true },
  // A CSS bar rather than <progress>: same look in every browser, and its animation can be paused.
  h("div", { class: "bar", role: "progressbar", "aria-label": RU_UI.sidebar.busy }, h("span")),
  h("span", { class: "progress-text" }),
);

export async function busy<T>(text: string, work: () => Promise<T>): Promise<T> {
  const label = progress.querySelector(".progress-text")!;
  const started = Date.now();
  const tick = () => {
    const s = Math.floor((Date.now() - started) / 1000);
    label.textContent = s >= 2 ? `${text} ${s} с` : text;
  };
  tick();
  const timer = setInterval(tick, 1000);
  progress.hidden = false;
  document.body.setAttribute("aria-busy", "true");
  for (const b of document.querySelectorAll<HTMLButtonElement>("button.action")) b.disabled = true;
  try {
    return await work();
  } finally {
    clearInterval(timer);
    progress.hidden = true;
    document.body.removeAttribute("aria-busy");
    for (const b of document.querySelectorAll<HTMLButtonElement>("button.action")) b.disabled = false;
  }
}
