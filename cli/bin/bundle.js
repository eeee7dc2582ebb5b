// Keeps cli/dist/svodka.mjs (the CLI as one ES module) in step with its sources.
import { mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundle = join(root, "cli", "dist", "svodka.mjs");
const SOURCES = ["cli/src", "shared", "package.json", "cli/bin/bundle.js"];

function newest(path) {
  let s;
  try {
    s = statSync(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** The bundle's file URL, building it first when it is missing or stale. */
export async function fresh() {
  let built = 0;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {}
  if (!built || SOURCES.some((s) => newest(join(root, s)) > built)) await build();
  return pathToFileURL(bundle).href;
}

export async function build() {
  const esbuild = await import("esbuild");
  mkdirSync(dirname(bundle), { recursive: true });
  // written aside and renamed: CLIs started in parallel never load a half-written bundle
  const tmp = `${bundle}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [join(root, "cli", "src", "main.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // packages that read files through require() stay outside the bundle and load only when used
    external: ["read-excel-file", "write-excel-file", "pdfjs-dist"],
    minify: true,
    outfile: tmp,
    logLevel: "warning",
  });
  renameSync(tmp, bundle);
}
