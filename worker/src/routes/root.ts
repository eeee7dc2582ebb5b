import { Hono } from "hono";
import { RU_ROOT } from "../../../shared/i18n/ru-root.ts";
import type { AuthEnv } from "../auth/authenticate.ts";

// `/`: a small Russian page with where to go, instead of a 404 for whoever opens the bare address.
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function rootPage(): string {
  const links = RU_ROOT.links.map(
    ([href, text]) => `<li><a href="${href}">${esc(text)}</a> <code>${href}</code></li>`,
  );
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(RU_ROOT.title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2328}code{color:#57606a}</style></head>
<body><h1>${esc(RU_ROOT.title)}</h1><p>${esc(RU_ROOT.lead)}</p>
<h2>${esc(RU_ROOT.methodistHeading)}</h2><p>${esc(RU_ROOT.methodist)}</p>
<h2>${esc(RU_ROOT.developerHeading)}</h2><ul>${links.join("")}</ul></body></html>`;
}

export const rootRoutes = new Hono<AuthEnv>().get("/", (c) => c.html(rootPage()));
