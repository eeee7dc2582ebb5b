// The inline «are you sure?» every destructive sidebar action shows in place of its button: the
// question labels the group, the danger button comes first, and focus lands on «Отмена» so a stray
// Enter does not destroy anything.
import { clear, h } from "./dom.ts";

export interface ConfirmBox {
  /** the element id the question gets (unique on the page) */
  id: string;
  question: string;
  /** what the question needs besides the two buttons (a reason field), shown between them */
  extra?: readonly Node[];
  yesText: string;
  cancelText: string;
  onYes: () => void;
  onCancel: () => void;
}

/** Replaces `slot`'s content with the confirmation and focuses «Отмена». */
export function showConfirm(slot: Element, box: ConfirmBox): void {
  const cancel = h("button", { class: "action", type: "button", onclick: box.onCancel }, box.cancelText);
  const yes = h(
    "button",
    { class: "action primary danger", type: "button", onclick: box.onYes },
    box.yesText,
  );
  clear(
    slot,
    h(
      "div",
      { class: "confirm", role: "group", "aria-labelledby": box.id },
      h("p", { id: box.id }, box.question),
      ...(box.extra ?? []),
      h("div", { class: "buttons" }, yes, cancel),
    ),
  );
  cancel.focus();
}
