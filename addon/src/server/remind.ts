// «Напомнить»: the schools that have not submitted (or only have a draft with errors), with the
// addresses of their members from the worker — fetched in one UrlFetchApp.fetchAll — and, once the
// department has confirmed the list in the sidebar, one email per address.
import { MemberListSchema } from "../../../shared/api/orgs.ts";
import { fillPath, ROUTES } from "../../../shared/api/routes.ts";
import { fill, RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../shared/result.ts";
import { remainingMailQuota, sendMail } from "./mail.ts";
import { quotaMessage } from "./mail-invitations.ts";
import { readSettings } from "./settings.ts";
import { fetchSummary } from "./summary.ts";
import type { ReminderView, SentView } from "./views.ts";
import { callWorkerAll } from "./worker-client.ts";

export function reminderList(): Result<ReminderView> {
  const { workerUrl } = readSettings();
  const summary = fetchSummary();
  if (!summary.ok) return summary;
  const late = summary.value.orgs.filter((o) => o.status === "not-submitted" || o.status === "draft");
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
    return { orgId: o.orgId, name: o.name, emails: [...new Set(emails)] };
  });
  return ok({ schools, quota: remainingMailQuota() });
}

/** Sends to the schools the department confirmed; the list is rebuilt here, never taken from the browser. */
export function sendReminders(orgIds: string[]): Result<SentView> {
  const list = reminderList();
  if (!list.ok) return list;
  const chosen = new Set(orgIds);
  const recipients = list.value.schools.filter((s) => chosen.has(s.orgId)).flatMap((s) => s.emails);
  if (recipients.length === 0) return err("no-recipients", RU_UI.errors.noRecipients);
  // Send what today's quota allows and say what is left (issue 10), rather than nothing at all.
  if (list.value.quota <= 0) return err("mail-quota", fill(RU_UI.errors.mailQuota, { left: 0 }));
  const fits = recipients.slice(0, list.value.quota);
  const { campaign } = readSettings();
  const due = (campaign?.dueDate ?? "").split("-").reverse().join(".");
  const body = fill(RU_UI.mail.body, { campaign: campaign?.name ?? "", due });
  for (const to of fits) sendMail(to, RU_UI.mail.subject, body);
  const left = recipients.length - fits.length;
  return ok({ sent: fits.length, left, message: quotaMessage(fits.length, left, RU_UI.sheets.summary) });
}
