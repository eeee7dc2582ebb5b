import { ERROR_CODES, ERROR_STATUS } from "../../../shared/api/errors.ts";
import { ROUTES, type RouteSpec } from "../../../shared/api/routes.ts";
import { RU_ERRORS } from "../../../shared/i18n/ru-errors.ts";
import { openApiDocument } from "./document.ts";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const block = (value: unknown) => `<pre>${esc(JSON.stringify(value, null, 2))}</pre>`;

// issue 10: what a newcomer needs before the route list.
const GETTING_STARTED = `<h2 id="getting-started">Getting started</h2>
<p><strong>Three ways to sign in.</strong> (1) The add-on sends a Google ID token
(<code>ScriptApp.getIdentityToken()</code>); the worker checks its signature, issuer, expiry and that its
audience is in <code>ALLOWED_AUDIENCES</code>. (2) Scripts and the CLI send an API token <code>svk_…</code>
(<code>POST /api/v1/tokens</code> or <code>npm run token</code>); only its SHA-256 is stored and it can be
revoked. (3) On your own machine only (<code>npm start</code>), the header <code>X-Svodka-Dev-User: email</code>.
What you may do follows from your memberships (<code>GET /api/v1/me</code>): school, department or admin.
Invitation links (<code>/i/{token}</code>) need no sign-in: the link itself is a capability for one school.</p>
<p><strong>The grid is rows of cells.</strong> A sheet travels as <code>grid</code>: an array of rows, each an
array of cells (string, number, boolean or null), exactly as <code>Range.getValues()</code> returns it — the
worker finds the header, sections and items itself, with the same engine as the add-on.</p>
<p><strong><code>submissionId</code> is the retry key.</strong> Make one UUID per «Отправить» and keep it until
you get a receipt: sending the same id with the same grid again answers the same receipt (200) and stores
nothing twice; the same id with another grid is a 409. A new sheet state gets a new id.</p>
<pre>curl -H "Authorization: Bearer svk_…" -H "content-type: application/json" \\
  -d '{"submissionId":"3f1c2a9e-8b7d-4c21-9a55-0e6f4b2d1c77","grid":[["№","Мероприятие","Срок"],["1","Приказ","сентябрь 2023"]]}' \\
  https://svodka.example.ru/api/v1/campaigns/c-2024/submissions</pre>`;

/** A self-contained reference page (no scripts, no CDN): routes, schemas, error codes. */
export function docsPage(version: string): string {
  const doc = openApiDocument(version) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const routes = (Object.entries(ROUTES) as [string, RouteSpec][])
    .map(([id, r]) => {
      const op = doc.paths[r.path]![r.method]!;
      const body = op["requestBody"] as
        | { content: { "application/json": { schema: unknown; example?: unknown } } }
        | undefined;
      const ok = (
        op["responses"] as Record<
          string,
          { content?: Record<string, { schema: unknown; example?: unknown }> }
        >
      )[String(r.status)];
      const json = ok?.content?.["application/json"];
      return `<section id="${id}">
  <h2><code>${r.method.toUpperCase()} ${esc(r.path)}</code></h2>
  <p>${esc(r.summary)}${r.auth ? "" : " — <em>public</em>"}</p>
  ${body ? `<details><summary>Request body${r.bodyOptional ? " (optional)" : ""}</summary>${block(body.content["application/json"].schema)}</details>` : ""}
  ${body?.content["application/json"].example !== undefined ? `<details><summary>Request example</summary>${block(body.content["application/json"].example)}</details>` : ""}
  <details><summary>Response ${r.status}</summary>${block(json?.schema ?? {})}</details>
  ${json?.example !== undefined ? `<details><summary>Response example</summary>${block(json.example)}</details>` : ""}
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
${GETTING_STARTED}
${routes}
<h2 id="errors">Error codes</h2>
<table><thead><tr><th>code</th><th>status</th><th>detail (ru)</th></tr></thead><tbody>
${errors}
</tbody></table>
</body></html>`;
}
