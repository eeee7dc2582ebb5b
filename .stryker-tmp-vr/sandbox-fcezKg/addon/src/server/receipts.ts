// The «Квитанции» sheet: one row per accepted submission, newest last, so the school keeps its own
// record of what was sent and which version the department has.
import type { Receipt } from "../../../shared/api/submissions.ts";
import { RU_UI } from "../../../shared/i18n/ru-ui.ts";
import { asText } from "./formula-safe.ts";
import {
  boldRow,
  DATE_TIME_FORMAT,
  getOrCreateSheet,
  lastRow,
  setFrozenRows,
  setNumberFormat,
  writeBlock,
} from "./sheet-io.ts";

export function receiptStatusText(status: Receipt["status"]): string {
  return RU_UI.receiptStatus[status];
}

export function logReceipt(receipt: Receipt, sheetName: string): void {
  const sheet = getOrCreateSheet(RU_UI.sheets.receipts, true);
  const header = RU_UI.sheets.receiptsHeader;
  let next = lastRow(sheet) + 1;
  if (next === 1) {
    writeBlock(sheet, 1, 1, [[...header]]);
    boldRow(sheet, 1, header.length);
    setFrozenRows(sheet, 1);
    next = 2;
  }
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
