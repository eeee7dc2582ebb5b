// The bundled add-on (tests/addon/fakes loader, in node:vm) wired to a real worker: its
// UrlFetchApp.fetch becomes a blocking HTTP request through SyncHttp, and ScriptApp.getIdentityToken
// returns a token signed by the test Google. The add-on is configured with an https address, as it
// insists on; the bridge maps that address to the loopback worker.
import { randomUUID } from "node:crypto";
import { type AddonEnv, loadAddon } from "../../addon/fakes/load-addon.ts";
import type { SyncHttp } from "./sync-http.ts";

export const PUBLIC_URL = "https://svodka.e2e.test";

export interface Connected extends AddonEnv {
  /** every request the add-on made, with the worker's status */
  traffic: { method: string; path: string; status: number; ms: number }[];
}

export function connectedAddon(
  dist: string,
  o: { workerUrl: string; http: SyncHttp; email: string; token: string },
): Connected {
  const env = loadAddon(dist) as Connected;
  env.traffic = [];
  env.identity.email = o.email;
  env.identity.token = o.token;
  // Real Apps Script UUIDs are random; the fake's counter would make two spreadsheets reuse ids.
  (env.context["Utilities"] as { getUuid: () => string }).getUuid = () => randomUUID();
  env.urlFetch.respond((req) => {
    if (!req.url.startsWith(PUBLIC_URL)) return { throws: "Address unavailable" };
    const path = req.url.slice(PUBLIC_URL.length);
    const headers: Record<string, string> = { ...req.headers };
    if (req.contentType) headers["content-type"] = req.contentType;
    const res = o.http.request({
      url: o.workerUrl + path,
      method: req.method,
      headers,
      ...(req.payload !== undefined ? { body: req.payload } : {}),
    });
    env.traffic.push({ method: req.method, path, status: res.status, ms: res.ms });
    // the bytes as sent, so a download (XLSX, CSV with its BOM) reaches the add-on unchanged
    return {
      status: res.status,
      bytes: res.bytes,
      contentType: res.headers["content-type"] ?? "application/json",
    };
  });
  return env;
}
