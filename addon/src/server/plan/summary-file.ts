// «Скачать Excel / CSV»: what the sidebar receives and how the file is named. Pure, so the name rules
// are tested without Apps Script.

export type SummaryFormat = "xlsx" | "csv";

/** The file as the sidebar turns it into a Blob; base64 because google.script.run carries only JSON. */
export interface SummaryFileView {
  fileName: string;
  mimeType: string;
  base64: string;
  /** the file's size in bytes, for the message under the buttons */
  bytes: number;
}

export const SUMMARY_MEDIA_TYPES: Record<SummaryFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
};

/**
 * The biggest file the sidebar is handed. google.script.run documents no size limit for a return value
 * (UrlFetchApp's response limit is 50 MB); base64 adds a third and the browser holds the string, the
 * bytes and the Blob at once, so 10 MB (≈13.4 MB of base64) keeps a slow school laptop responsive.
 * The summary XLSX of 1,000 schools is well under 1 MB.
 */
export const MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024;

const MAX_NAME_CHARS = 80;

/**
 * «Сводка — {campaign} — 01.12.2026.xlsx»: letters and digits of any script, spaces, «№», and
 * `- _ . , ( )` stay; everything else (`/ \ : * ? " < > |`, control characters, emoji) becomes a space,
 * so the name is valid on Windows, macOS and Linux and in a Drive upload.
 */
export function summaryFileName(campaignName: string, localDate: string, format: SummaryFormat): string {
  const safe = (text: string) =>
    text
      .replace(/[^\p{L}\p{N}\s№\-–—_.,()]/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
  let name = safe(campaignName).slice(0, MAX_NAME_CHARS).trim();
  if (!name) name = "кампания";
  const [y, m, d] = localDate.split("-");
  return `Сводка — ${name} — ${d}.${m}.${y}.${format}`;
}
