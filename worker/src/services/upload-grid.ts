import { readSheet } from "read-excel-file/universal";
import { docxGrid, readDocx } from "../../../shared/docx/read-docx.ts";
import { cellFromWorkbook, cellText, type Grid } from "../../../shared/grid.ts";
import { RU_INVITE } from "../../../shared/i18n/ru-invite.ts";
import { gridFromCsv } from "../../../shared/text-grid.ts";
import { ApiError } from "../http/api-error.ts";

const unreadable = (reason: keyof typeof RU_INVITE.unreadable) =>
  new ApiError("upload-unreadable", { reason: RU_INVITE.unreadable[reason] });

/** An uploaded file → a grid: a ZIP is a Word .docx (its roadmap table) or an .xlsx; anything else must be CSV text. */
export async function gridFromUpload(bytes: ArrayBuffer): Promise<Grid> {
  if (bytes.byteLength === 0) throw unreadable("empty");
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  let grid: Grid;
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const doc = readDocx(new Uint8Array(bytes));
    if (doc.ok) return nonEmpty(docxGrid(doc.value));
    try {
      grid = (await readSheet(bytes)).map((row) => row.map(cellFromWorkbook));
    } catch {
      throw unreadable("badXlsx");
    }
  } else {
    // Old .xls and other binaries: a NUL byte never occurs in CSV text.
    if (new Uint8Array(bytes, 0, Math.min(4096, bytes.byteLength)).includes(0))
      throw unreadable("unsupported");
    grid = gridFromCsv(decode(bytes));
  }
  return nonEmpty(grid);
}

function nonEmpty(grid: Grid): Grid {
  if (!grid.some((row) => row.some((c) => cellText(c) !== ""))) throw unreadable("noCells");
  return grid;
}

/** UTF-8, else Windows-1251 (old Russian Excel's CSV). Twin of the CLI's: shared/ may not use TextDecoder. */
function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}
