// Mailing the sheet «Приглашения» within Apps Script's daily quota (100 a day from a consumer account,
// 1,500 from Workspace): send what fits, mark each row «отправлено …», say what is left for tomorrow.
// The sheet itself is always the fallback: addresses, codes and letters for the department's own mail.
import { NOUNS, plural } from "../../../../shared/i18n/plural.ts";
import { RU_JOIN } from "../../../../shared/i18n/ru-join.ts";
import { fill } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import type { MailedView } from "../plan/first-day-views.ts";
import { remainingMailQuota, sendMail } from "../services/mail.ts";
import { readSettings } from "../services/settings.ts";
import { findSheet, readGrid, today, writeBlock } from "../services/sheet-io.ts";

const T = RU_JOIN.invite;
const COL = { email: 1, letter: 5, sent: 6 } as const;

/** What is left after sending `fits` of `wanted` letters, said in Russian. */
export function quotaMessage(sent: number, left: number, sheet: string): string {
  const parts = [fill(RU_JOIN.mail.sent, { letters: plural(sent, NOUNS.letter) })];
  if (left > 0) parts.push(fill(RU_JOIN.mail.left, { letters: plural(left, NOUNS.letter), sheet }));
  return parts.join(" ");
}

export function mailInvitations(): Result<MailedView> {
  const sheet = findSheet(T.sheet);
  if (!sheet) return err("no-invitations", fill(T.noSchoolsSheet, { sheet: T.sheet }));
  const grid = readGrid(sheet);
  const pending: number[] = [];
  const status = grid.map((row) => String(row[COL.sent] ?? ""));
  grid.forEach((row, i) => {
    if (i === 0 || status[i] !== "" || String(row[COL.letter] ?? "") === "") return;
    if (String(row[COL.email] ?? "").includes("@")) pending.push(i);
    else status[i] = T.noAddress;
  });
  if (pending.length === 0) {
    writeStatus(sheet, status);
    return err("nothing-to-send", RU_JOIN.mail.none);
  }
  const quota = remainingMailQuota();
  const now = today();
  const subject = fill(T.subject, { campaign: readSettings().campaign?.name ?? "" });
  const fits = pending.slice(0, Math.max(0, quota));
  for (const i of fits) {
    sendMail(String(grid[i]![COL.email]), subject, String(grid[i]![COL.letter]));
    status[i] = fill(T.sentAt, { date: now.split("-").reverse().join(".") });
  }
  writeStatus(sheet, status);
  const left = pending.length - fits.length;
  return ok({ sent: fits.length, left, message: quotaMessage(fits.length, left, T.sheet) });
}

function writeStatus(sheet: NonNullable<ReturnType<typeof findSheet>>, status: string[]): void {
  if (status.length > 1)
    writeBlock(
      sheet,
      2,
      COL.sent + 1,
      status.slice(1).map((s) => [s]),
    );
}
