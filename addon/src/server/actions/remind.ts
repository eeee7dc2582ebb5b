// «Напомнить»: the schools that have not submitted (or only have a draft with errors) and those whose
// report was returned for rework (issue 9, with the department's comment in their letter), with the
// addresses of their members from the worker — fetched in one UrlFetchApp.fetchAll — and, once the
// department has confirmed the list in the sidebar, one email per address.
import { MemberListSchema } from "../../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { RU_REVIEW } from "../../../../shared/i18n/ru-review.ts";
import { reviewCommentText } from "../../../../shared/i18n/ru-summary.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { safeText } from "../plan/formula-safe.ts";
import type { ReminderView, SentView } from "../plan/views.ts";
import { remainingMailQuota, sendMail } from "../services/mail.ts";
import { readSettings } from "../services/settings.ts";
import { today } from "../services/sheet-io.ts";
import { callWorkerAll } from "../services/worker-client.ts";
import { quotaMessage } from "./mail-invitations.ts";
import { writeMailSheet } from "./mail-sheet.ts";
import { fetchSummary } from "./summary.ts";

export function reminderList(): Result<ReminderView> {
  const { workerUrl } = readSettings();
  const summary = fetchSummary();
  if (!summary.ok) return summary;
  const late = summary.value.orgs.filter(
    (o) => o.status === "not-submitted" || o.status === "draft" || o.review?.state === "returned",
  );
  const replies = callWorkerAll(
    workerUrl,
    late.map((o) => ({
      method: "get" as const,
      path: fillPath(ROUTES.listMembers.path, { orgId: o.orgId }),
    })),
    MemberListSchema,
  );
  if (!Array.isArray(replies)) return replies;
  const schools = late.map((o, i) => {
    const reply = replies[i];
    const emails = reply?.ok
      ? reply.value.value.members.filter((m) => m.role === "school").map((m) => m.email)
      : [];
    const returned = o.review?.state === "returned";
    return {
      orgId: o.orgId,
      name: o.name,
      emails: [...new Set(emails)],
      reason: returned ? ("returned" as const) : ("not-submitted" as const),
      reasonText: returned ? RU_REVIEW.reasonReturned : RU_REVIEW.reasonNotSubmitted,
      comment: returned ? reviewCommentText(o.review!) : "",
    };
  });
  return ok({ schools, quota: remainingMailQuota() });
}

/** Sends to the schools the department confirmed; the list is rebuilt here, never taken from the browser. */
export function sendReminders(orgIds: string[]): Result<SentView> {
  const list = reminderList();
  if (!list.ok) return list;
  const chosen = new Set(orgIds);
  const schools = list.value.schools.filter((s) => chosen.has(s.orgId));
  const { campaign } = readSettings();
  const due = (campaign?.dueDate ?? "").split("-").reverse().join(".");
  const body = fill(RU_UI.mail.body, { campaign: campaign?.name ?? "", due });
  const letters = schools.flatMap((s) => {
    const returned = s.reason === "returned";
    const text = returned
      ? fill(RU_REVIEW.mailReturnedBody, { campaign: campaign?.name ?? "", due, comment: s.comment })
      : body;
    const subject = returned ? RU_REVIEW.mailReturnedSubject : RU_UI.mail.subject;
    return s.emails.map((email) => ({ school: s.name, email, subject, text }));
  });
  if (letters.length === 0) return err("no-recipients", RU_UI.errors.noRecipients);
  // Send what today's quota allows (issue 10); the sheet «Напоминания» always holds every address and
  // its letter, marked sent or not, for the department's own mail.
  const fits = Math.max(0, Math.min(letters.length, list.value.quota));
  for (const l of letters.slice(0, fits)) sendMail(l.email, l.subject, l.text);
  const R = RU_JOIN.reminders;
  const sentText = fill(R.sent, { date: today().split("-").reverse().join(".") });
  writeMailSheet(
    R.sheet,
    R.header,
    letters.map((l, i) => [
      safeText(l.school),
      safeText(l.email),
      l.subject,
      safeText(l.text),
      i < fits ? sentText : R.notSent,
    ]),
  );
  if (fits === 0) return err("mail-quota", fill(R.noQuota, { sheet: R.sheet }));
  const left = letters.length - fits;
  return ok({ sent: fits, left, message: quotaMessage(fits, left, R.sheet) });
}
