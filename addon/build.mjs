// Builds what Apps Script runs: addon/dist/{Code.js, Sidebar.html, appsscript.json}.
// Apps Script has no modules: google.script.run and menu items can only reach top-level `function`
// declarations, so the IIFE bundle is followed by one forwarding function per export of main.ts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIST = join(here, "dist");
// Code.js guards cold load in Apps Script V8 (measured in docs/PERFORMANCE.md); the season's review,
// campaign changes and the .docx reader for «Импорт из файла» took it past 300 KB.
const LIMITS = { "Code.js": 400 * 1024, "Sidebar.html": 100 * 1024 };
const GLOBAL = "Svodka";

/** Exported names of the server entry, read from an ESM pass (esbuild lists exports only for ESM). */
async function entryExports(entry, dist) {
  const probe = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    outfile: join(dist, "probe.js"),
    logLevel: "silent",
  });
  const out = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  return [...out.exports].sort();
}

/** SVODKA_WORKER_URL, normalised: https only, no trailing slash; "" when not given. */
export function workerUrlFrom(value) {
  if (!value) return "";
  const url = value.trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(`SVODKA_WORKER_URL must be an https URL, got ${value}`);
  }
  return url;
}

async function buildServer(dist, workerUrl) {
  const entry = join(here, "src/server/main.ts");
  const names = await entryExports(entry, dist);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    // Fully minified: the Russian template text and zod leave no room under the limit otherwise.
    // Server errors are logged with the calling function's name (guard.ts), not a stack.
    minify: true,
    // Russian template text stays UTF-8 (2 bytes a letter) instead of \uXXXX escapes (6 bytes).
    charset: "utf8",
    legalComments: "none",
    write: false,
    outfile: join(dist, "Code.js"),
    logLevel: "warning",
    // The worker's address is built in (addon/src/server/plan/built-in.ts).
    define: { __SVODKA_WORKER_URL__: JSON.stringify(workerUrl) },
  });
  const bundle = result.outputFiles[0].text;
  const forwards = names
    .map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(null, arguments); }`)
    .join("\n");
  writeFileSync(
    join(dist, "Code.js"),
    `${bundle}\n// Top-level entry points for Apps Script.\n${forwards}\n`,
  );
  return names;
}

async function buildSidebar(dist) {
  const js = await esbuild.build({
    entryPoints: [join(here, "src/sidebar/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
    outfile: join(dist, "sidebar.js"),
    logLevel: "warning",
  });
  const css = await esbuild.build({
    entryPoints: [join(here, "src/sidebar/styles.css")],
    bundle: true,
    minify: true,
    write: false,
    outfile: join(dist, "sidebar.css"),
    logLevel: "warning",
  });
  const html = readFileSync(join(here, "src/sidebar/index.html"), "utf8");
  // `</script` inside inlined code would end the tag early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const out = html
    .replace("<!-- inline:css -->", () => `<style>${css.outputFiles[0].text}</style>`)
    .replace("<!-- inline:js -->", () => `<script>${script}</script>`);
  if (out.includes("<!-- inline:")) throw new Error("Sidebar.html: an inline marker was not replaced");
  writeFileSync(join(dist, "Sidebar.html"), out);
}

function copyManifest(dist, workerUrl) {
  const manifest = JSON.parse(readFileSync(join(here, "appsscript.json"), "utf8"));
  // A build with the worker's address pins the fetch allowlist to exactly it (custom domains
  // included); Apps Script matches the list as URL prefixes, each ending in "/".
  if (workerUrl) manifest.urlFetchWhitelist = [`${workerUrl}/`];
  writeFileSync(join(dist, "appsscript.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Builds into `outDir` (tests build into a temporary folder so parallel runs never share one).
 * `sizeLimits: false` only for mutation testing, whose instrumented sources are larger than what ships.
 */
export async function build({
  outDir = DEFAULT_DIST,
  quiet = false,
  sizeLimits = true,
  workerUrl = process.env.SVODKA_WORKER_URL,
} = {}) {
  const dist = outDir;
  const url = workerUrlFrom(workerUrl);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const names = await buildServer(dist, url);
  await buildSidebar(dist);
  copyManifest(dist, url);
  const sizes = {};
  for (const [file, limit] of Object.entries(LIMITS)) {
    const size = readFileSync(join(dist, file)).length;
    sizes[file] = size;
    if (!quiet)
      console.log(
        `${relative(process.cwd(), join(dist, file))}  ${(size / 1024).toFixed(1)} KB (limit ${limit / 1024} KB)`,
      );
    if (sizeLimits && size > limit) throw new Error(`${file} is ${size} bytes, over the ${limit} byte limit`);
  }
  if (!quiet) console.log(`entry points: ${names.join(", ")}`);
  return { names, sizes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
