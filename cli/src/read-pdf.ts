import type { Grid } from "../../shared/grid.ts";
import { CLI_TEXT } from "../../shared/i18n/ru-cli.ts";
import { err, ok, type Result } from "../../shared/result.ts";
import { type PdfText, pdfLayout } from "./pdf-layout.ts";

// PDF input through pdf.js (Mozilla's, maintained; its legacy build runs on Node 20). Only the text
// layer is read: a scanned PDF has none and is refused with a clear message.

const MAX_PAGES = 200;

export async function pdfGrid(bytes: Uint8Array): Promise<Result<Grid, "unreadable" | "not-a-table">> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch {
    return err("unreadable", CLI_TEXT.badPdf);
  }
  const items: PdfText[] = [];
  try {
    for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const it of content.items) {
        if (!("str" in it) || it.str.trim() === "") continue;
        const [, , , d, x, y] = it.transform as number[];
        items.push({
          page: p,
          x: x!,
          y: y!,
          width: it.width,
          height: it.height || Math.abs(d!),
          text: it.str,
        });
      }
      page.cleanup();
    }
  } catch {
    return err("unreadable", CLI_TEXT.badPdf);
  } finally {
    await doc.destroy();
  }
  if (items.length === 0) return err("not-a-table", CLI_TEXT.pdfNoText);
  return ok(pdfLayout(items));
}
