// What the one-click menu items say: a toast for a result, a dialog where the user must answer.

import { NOUNS, plural } from "../../../../shared/i18n/plural.ts";
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { fill } from "../../../../shared/i18n/ru-ui.ts";
import type { Result } from "../../../../shared/result.ts";
import type { JoinedView } from "../plan/first-day-views.ts";
import type { InsertedView, ReceiptView, SummaryView } from "../plan/views.ts";
import { alertBox, confirmBox, promptBox } from "../services/ui.ts";

export function menuSubmitText(r: Result<ReceiptView>): string {
  if (!r.ok) return r.message;
  const v = r.value;
  return fill(RU_JOIN.submitted, {
    version: v.version,
    status: v.statusText,
    errors: v.counts.error,
    warnings: v.counts.warning,
  });
}

export function menuSummaryText(r: Result<SummaryView>): string {
  if (!r.ok) return r.message;
  return fill(RU_JOIN.summaryDone, {
    schools: plural(r.value.schools, NOUNS.school),
    submitted: r.value.submitted,
    missing: r.value.notSubmitted,
  });
}

/** Prompt for the code, join, then offer the campaign's template on a new sheet. */
export function menuJoinFlow(
  join: (code: string) => Result<JoinedView>,
  insert: (templateId: string, periodText: string) => Result<InsertedView>,
): void {
  const code = promptBox(RU_JOIN.join.title, RU_JOIN.join.prompt);
  if (code === null) return;
  const joined = join(code);
  if (!joined.ok) {
    alertBox(joined.message);
    return;
  }
  const question = `${joined.value.message}\n\n${fill(RU_JOIN.join.offerTemplate, { template: joined.value.templateName })}`;
  if (!confirmBox(question)) return;
  const inserted = insert(joined.value.templateId, "");
  alertBox(inserted.ok ? fill(RU_JOIN.join.inserted, { sheet: inserted.value.sheetName }) : inserted.message);
}
