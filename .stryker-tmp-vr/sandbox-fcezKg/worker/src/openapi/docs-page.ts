import { ERROR_CODES, ERROR_STATUS } from "../../../shared/api/errors.ts";
import { ROUTES, type RouteSpec } from "../../../shared/api/routes.ts";
import { RU_ERRORS } from "../../../shared/i18n/ru-errors.ts";
import { openApiDocument } from "./document.ts";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const block = (value: unknown) => `<pre>${esc(JSON.stringify(value, null, 2))}</pre>`;

/** A self-contained reference page (no scripts, no CDN): routes, schemas, error codes. */
export function docsPage(version: string): string {
  const doc = openApiDocument(version) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const routes = (Object.entries(ROUTES) as [string, RouteSpec][])
    .map(([id, r]) => {
      const op = doc.paths[r.path]![r.method]!;
      const body = op["requestBody"] as { content: { "application/json": { schema: unknown } } } | undefined;
      const ok = (op["responses"] as Record<string, { content?: Record<string, { schema: unknown }> }>)[
        String(r.status)
      ];
      return `<section id="${id}">
  <h2><code>${r.method.toUpperCase()} ${esc(r.path)}</code></h2>
  <p>${esc(r.summary)}${r.auth ? "" : " — <em>public</em>"}</p>
  ${body ? `<details><summary>Request body</summary>${block(body.content["application/json"].schema)}</details>` : ""}
  <details><summary>Response ${r.status}</summary>${block(ok?.content?.["application/json"]?.schema ?? {})}</details>
</section>`;
    })
    .join("\n");
  const errors = ERROR_CODES.map(
    (c) =>
      `<tr id="error-${c}"><td><code>${c}</code></td><td>${ERROR_STATUS[c]}</td><td>${esc(RU_ERRORS[c])}</td></tr>`,
  ).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Svodka API ${esc(version)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{font-size:1rem;margin:1.5rem 0 .25rem}pre{background:#f6f8fa;padding:.75rem;overflow:auto;font-size:12px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}
</style></head><body>
<h1>Svodka API <small>${esc(version)}</small></h1>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. Authenticate with
<code>Authorization: Bearer &lt;Google ID token | svk_… API token&gt;</code>. Errors are
<code>application/problem+json</code> with a stable <code>code</code> and a Russian <code>detail</code>.</p>
${routes}
<h2 id="errors">Error codes</h2>
<table><thead><tr><th>code</th><th>status</th><th>detail (ru)</th></tr></thead><tbody>
${errors}
</tbody></table>
</body></html>`;
}
