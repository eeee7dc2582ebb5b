// «Скачать Excel» / «Скачать CSV» (department): the worker's summary file for the document's campaign,
// handed to the sidebar as base64 so the user saves it with one click — no API token, no curl.
import { fillPath, ROUTES } from "../../../../shared/api/routes.ts";
import { fill, RU_DOWNLOAD, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";
import {
  MAX_DOWNLOAD_BYTES,
  SUMMARY_MEDIA_TYPES,
  type SummaryFileView,
  type SummaryFormat,
  summaryFileName,
} from "../plan/summary-file.ts";
import { readSettings } from "../services/settings.ts";
import { today } from "../services/sheet-io.ts";
import { base64FromBytes } from "../services/utilities.ts";
import { downloadFromWorker } from "../services/worker-client.ts";

export function downloadSummary(format: SummaryFormat): Result<SummaryFileView> {
  const { workerUrl, campaign } = readSettings();
  if (!workerUrl || !campaign) return err("not-configured", RU_UI.errors.notConfigured);
  const path = `${fillPath(ROUTES.summary.path, { campaignId: campaign.id })}?format=${format}`;
  const mimeType = SUMMARY_MEDIA_TYPES[format];
  const got = downloadFromWorker(workerUrl, { method: "get", path }, mimeType);
  if (!got.ok) return got;
  const size = got.value.bytes.length;
  if (size > MAX_DOWNLOAD_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(".", ",");
    return err("too-large", fill(RU_DOWNLOAD.tooLarge, { mb: mb(size), max: mb(MAX_DOWNLOAD_BYTES) }));
  }
  return ok({
    fileName: summaryFileName(campaign.name, today(), format),
    // the CSV is UTF-8 with a BOM: say so, or the browser may guess another charset when it opens it
    mimeType: format === "csv" ? `${mimeType};charset=utf-8` : mimeType,
    base64: base64FromBytes(got.value.bytes),
    bytes: size,
  });
}
