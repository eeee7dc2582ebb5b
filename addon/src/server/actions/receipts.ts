// The «Квитанции» sheet: one row per accepted submission, newest last, so the school keeps its own
// record of what was sent and which version the department has.
import type { Review } from "../../../../shared/api/reviews.ts";
import type { Receipt } from "../../../../shared/api/submissions.ts";
import { RU_REVIEW } from "../../../../shared/i18n/ru-review.ts";
import { REVIEW_STATE_RU, reviewCommentText } from "../../../../shared/i18n/ru-summary.ts";
import { RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { asText } from "../plan/formula-safe.ts";
import {
  boldRow,
  DATE_TIME_FORMAT,
  getOrCreateSheet,
  lastRow,
  readBlock,
  setFrozenRows,
  setNumberFormat,
  writeBlock,
} from "../services/sheet-io.ts";

export function receiptStatusText(status: Receipt["status"]): string {
  return RU_UI.receiptStatus[status];
}

/** The «Квитанции» sheet and its next free row (the header is written on first use). */
function receiptsSheet() {
  const sheet = getOrCreateSheet(RU_UI.sheets.receipts, true);
  const header = RU_UI.sheets.receiptsHeader;
  let next = lastRow(sheet) + 1;
  if (next === 1) {
    writeBlock(sheet, 1, 1, [[...header]]);
    boldRow(sheet, 1, header.length);
    setFrozenRows(sheet, 1);
    next = 2;
  }
  return { sheet, next };
}

/**
 * The department's reviews in the same log (issue 9): one row each, the review id in the last column
 * so a review is logged once however often the sidebar asks. One read and at most one write (plus the
 * date format of the new rows).
 */
export function logReview(reviews: readonly Review[]): void {
  if (reviews.length === 0) return;
  const { sheet, next } = receiptsSheet();
  const width = RU_UI.sheets.receiptsHeader.length;
  const ids = new Set(readBlock(sheet, 2, width, next - 2, 1).map((r) => String(r[0] ?? "")));
  const fresh = reviews.filter((r) => !ids.has(r.id));
  if (fresh.length === 0) return;
  // the time is a real date in the sheet's zone, the texts are written as they are
  setNumberFormat(sheet, next, 1, fresh.length, 1, DATE_TIME_FORMAT);
  writeBlock(
    sheet,
    next,
    1,
    fresh.map((r) => [
      new Date(r.reviewedAt),
      asText(RU_REVIEW.receiptSheet),
      r.version,
      asText(`${REVIEW_STATE_RU[r.state]}${reviewCommentText(r) ? `: ${reviewCommentText(r)}` : ""}`),
      "",
      "",
      asText(r.id),
    ]),
  );
}

export function logReceipt(receipt: Receipt, sheetName: string): void {
  const { sheet, next } = receiptsSheet();
  // «Отправлено» is a real date in the sheet's zone; the sheet name and id are text as they are
  // (a sheet named "1.1" must not become 1 January).
  setNumberFormat(sheet, next, 1, 1, 1, DATE_TIME_FORMAT);
  writeBlock(sheet, next, 1, [
    [
      new Date(receipt.receivedAt),
      asText(sheetName),
      receipt.version,
      receiptStatusText(receipt.status),
      receipt.counts.error,
      receipt.counts.warning,
      asText(receipt.submissionId),
    ],
  ]);
}
