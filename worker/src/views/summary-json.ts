import type { Summary } from "../../../shared/api/summary.ts";
import type { FindingsChunk } from "../db/summary-repo.ts";

/**
 * The JSON summary with its findings spliced in as the bytes stored with each version
 * (db/stored-findings.ts): the same text as serialising them, without decoding 19,000 objects at 10,000
 * schools only to serialise and encode them again.
 */
export function summaryJsonWithFindings(
  summary: Omit<Summary, "findings">,
  findings: readonly FindingsChunk[],
): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(JSON.stringify(summary));
  const open = ',"findings":[';
  // the head without its closing «}», the findings with a «,» between each two, and «]}»
  let size = head.length - 1 + open.length + Math.max(findings.length - 1, 0) + 2;
  for (const f of findings) size += f.json.length;
  const out = new Uint8Array(size);
  out.set(head.subarray(0, head.length - 1)); // without the closing «}»
  let at = head.length - 1;
  at = ascii(out, at, open);
  findings.forEach((f, i) => {
    if (i > 0) at = ascii(out, at, ",");
    out.set(f.json, at);
    at += f.json.length;
  });
  ascii(out, at, "]}");
  return out;
}

function ascii(out: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
  return at;
}
