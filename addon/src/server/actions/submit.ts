// «Отправить»: the active sheet's grid to the worker under a client-made submission id. The id is
// saved before the request and reused by every retry until the worker acknowledges it, so a
// timeout followed by «Повторить» never creates a second version; a changed sheet gets a new id.
import { MAX_BODY_BYTES, MAX_GRID_ROWS } from "../../../../shared/api/limits.ts";
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { ReceiptSchema } from "../../../../shared/api/submissions.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import { fingerprint } from "../plan/fingerprint.ts";
import { formatLocal } from "../plan/to-iso-date.ts";
import type { ReceiptView } from "../plan/views.ts";
import { clearPending, readPending, readSettings, writePending } from "../services/settings.ts";
import { activeSheet, readGrid, sheetKey, sheetName, zoneOffset } from "../services/sheet-io.ts";
import { newUuid } from "../services/utilities.ts";
import { callWorker } from "../services/worker-client.ts";
import { logReceipt, receiptStatusText } from "./receipts.ts";

/** `expectedSheet`: the sheet the user confirmed; another active sheet is not sent. */
export function submitActiveSheet(expectedSheet?: string): Result<ReceiptView> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  const sheet = activeSheet();
  if (!sheet) return err("no-sheet", RU_UI.errors.noSheet);
  const grid = readGrid(sheet);
  if (grid.length === 0) return err("empty-sheet", RU_UI.errors.emptySheet);
  if (grid.length > MAX_GRID_ROWS) {
    return err("too-many-rows", fill(RU_UI.errors.tooManyRows, { rows: grid.length, limit: MAX_GRID_ROWS }));
  }
  const name = sheetName(sheet);
  if (expectedSheet !== undefined && expectedSheet !== name) {
    return err("sheet-changed", fill(RU_UI.errors.sheetChanged, { expected: expectedSheet, actual: name }));
  }
  // The worker refuses bodies over its limit with 413; say so before spending the upload.
  const bytes = utf8Length(JSON.stringify(grid));
  if (bytes > MAX_BODY_BYTES) {
    return err(
      "payload-too-large",
      fill(RU_UI.errors.tooLarge, { mb: Math.floor(MAX_BODY_BYTES / 1024 / 1024) }),
    );
  }
  const key = sheetKey(sheet);
  const print = fingerprint(JSON.stringify([campaign.id, name, grid]));
  const pending = readPending(key);
  const submissionId = pending && pending.fingerprint === print ? pending.submissionId : newUuid();
  writePending(key, { submissionId, fingerprint: print });

  const sent = callWorker(
    workerUrl,
    {
      method: "post",
      path: fillPath(ROUTES.submit.path, { campaignId: campaign.id }),
      body: { submissionId, grid, sheetName: name },
    },
    ReceiptSchema,
  );
  if (!sent.ok) {
    // 409: this id already carries other data on the server; the next attempt must use a new one.
    if (sent.code === "submission-conflict") clearPending(key);
    return sent;
  }
  const receipt = sent.value.value;
  clearPending(key);
  logReceipt(receipt, name);
  return ok({
    submissionId: receipt.submissionId,
    version: receipt.version,
    receivedAt: receipt.receivedAt,
    receivedAtText: formatLocal(receipt.receivedAt, zoneOffset()),
    status: receipt.status,
    statusText: receiptStatusText(receipt.status),
    counts: receipt.counts,
    sheetName: name,
  });
}

/** UTF-8 size without TextEncoder (absent in Apps Script): Cyrillic letters take two bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
