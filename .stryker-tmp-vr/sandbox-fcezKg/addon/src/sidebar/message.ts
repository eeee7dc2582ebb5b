// One message line per view: errors are announced (role=alert), successes politely.
import { h } from "./dom.ts";

export function messageLine(): {
  el: HTMLElement;
  show(text: string, kind?: "ok" | "error"): void;
  hide(): void;
} {
  const el = h("p", { class: "msg", hidden: true });
  return {
    el,
    show(text, kind = "ok") {
      el.textContent = text;
      el.className = `msg ${kind}`;
      el.setAttribute("role", kind === "error" ? "alert" : "status");
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
  };
}
