// npm run check:deploy — bundle the worker exactly as `wrangler deploy` would (`--dry-run --outdir`),
// fail if that fails or if the bundle outgrows Cloudflare's limit, and print its size for
// docs/PERFORMANCE.md. Part of `npm test`; offline (no account, no network).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { wrangler } from "./wrangler.ts";

/** Cloudflare's compressed size limit for a Worker on the Free plan (paid plans allow 10 MB). */
const LIMIT_GZIP_BYTES = 3 * 1024 * 1024;

const outdir = mkdtempSync(join(tmpdir(), "svodka-deploy-"));
try {
  try {
    wrangler(["deploy", "--dry-run", "--outdir", outdir]);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const bundle = readFileSync(join(outdir, "index.js"));
  const gzip = gzipSync(bundle).length;
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`worker bundle (wrangler deploy --dry-run): ${kib(bundle.length)}, gzip ${kib(gzip)}`);
  if (gzip > LIMIT_GZIP_BYTES) {
    console.error(`the bundle is over Cloudflare's ${kib(LIMIT_GZIP_BYTES)} compressed limit`);
    process.exit(1);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
