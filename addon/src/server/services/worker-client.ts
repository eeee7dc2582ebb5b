// The only file that talks to UrlFetchApp: JSON over HTTPS to the Svodka worker, with the user's
// Google identity token. Apps Script has no fetch/URL, so paths come from shared/api's fillPath and
// every failure becomes a Result with a Russian message (the worker's problem+json `detail` if any).
import type * as z from "zod";
import { type Problem, ProblemSchema } from "../../../../shared/api/errors.ts";
import { fill, RU_UI } from "../../../../shared/i18n/ru-ui.ts";
import { err, ok, type Result } from "../../../../shared/result.ts";

export interface ApiRequest {
  method: "get" | "post" | "patch" | "delete";
  /** path with parameters already filled, e.g. /api/v1/campaigns/c1/summary */
  path: string;
  body?: unknown;
  /** the message for a 4xx rejection, with `{detail}` (default: a rejected report) */
  rejected?: string;
}

/** Joins the configured base URL and a path without `URL` (absent in Apps Script). */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, "") + path;
}

export function checkWorkerUrl(url: string): Result<string> {
  const trimmed = url.trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(trimmed)) return err("bad-url", RU_UI.errors.badUrl);
  return ok(trimmed);
}

function options(
  req: ApiRequest,
  accept = "application/json",
): GoogleAppsScript.URL_Fetch.URLFetchRequestOptions {
  const o: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: req.method,
    muteHttpExceptions: true,
    followRedirects: false,
    headers: {
      Authorization: `Bearer ${ScriptApp.getIdentityToken()}`,
      Accept: accept,
    },
  };
  if (req.body !== undefined) {
    o.contentType = "application/json";
    o.payload = JSON.stringify(req.body);
  }
  return o;
}

/** One request; the response body is checked against `schema` so a drifted contract is caught here. */
export function callWorker<S extends z.ZodType>(
  baseUrl: string,
  req: ApiRequest,
  schema: S,
): Result<{ status: number; value: z.infer<S> }> {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(joinUrl(baseUrl, req.path), options(req));
  } catch (e) {
    // DNS failures, timeouts and refused connections throw even with muteHttpExceptions.
    console.warn(`worker unreachable: ${e instanceof Error ? e.message : String(e)}`);
    return err("unreachable", RU_UI.errors.unreachable);
  }
  return readResponse(response, schema, req.rejected);
}

/** Several GETs in one UrlFetchApp.fetchAll round trip (e.g. members of every late school). */
export function callWorkerAll<S extends z.ZodType>(
  baseUrl: string,
  reqs: ApiRequest[],
  schema: S,
): Result<{ status: number; value: z.infer<S> }>[] | Result<never> {
  if (reqs.length === 0) return [];
  let responses: GoogleAppsScript.URL_Fetch.HTTPResponse[];
  try {
    responses = UrlFetchApp.fetchAll(reqs.map((r) => ({ url: joinUrl(baseUrl, r.path), ...options(r) })));
  } catch (e) {
    console.warn(`worker unreachable: ${e instanceof Error ? e.message : String(e)}`);
    return err("unreachable", RU_UI.errors.unreachable);
  }
  return responses.map((r, i) => readResponse(r, schema, reqs[i]!.rejected));
}

type Replies<S extends readonly z.ZodType[]> = {
  [K in keyof S]: Result<{ status: number; value: z.infer<S[K]> }>;
};

/** Different requests in one UrlFetchApp.fetchAll round trip, each checked against its own schema. */
export function callWorkerEach<const S extends readonly z.ZodType[]>(
  baseUrl: string,
  reqs: { [K in keyof S]: ApiRequest & { schema: S[K] } },
): Replies<S> | Result<never> {
  const list = reqs as readonly (ApiRequest & { schema: z.ZodType })[];
  let responses: GoogleAppsScript.URL_Fetch.HTTPResponse[];
  try {
    responses = UrlFetchApp.fetchAll(list.map((r) => ({ url: joinUrl(baseUrl, r.path), ...options(r) })));
  } catch (e) {
    console.warn(`worker unreachable: ${e instanceof Error ? e.message : String(e)}`);
    return err("unreachable", RU_UI.errors.unreachable);
  }
  return responses.map((r, i) =>
    readResponse(r, list[i]!.schema, list[i]!.rejected),
  ) as unknown as Replies<S>;
}

/** A file the worker served, as Apps Script gives it: Java bytes, signed (-128…127), never text-decoded. */
export interface WorkerFile {
  /** signed bytes, ready for Utilities.base64Encode; `b & 0xff` gives the unsigned value */
  bytes: GoogleAppsScript.Byte[];
  /** the media type the worker declared, without parameters (`text/csv`) */
  mediaType: string;
}

/**
 * One GET of a file (the summary as XLSX or CSV). A 2xx must declare the media type asked for, so an
 * HTML error page or a JSON body is a `bad-response`, not a broken download; a 4xx/5xx is read as
 * problem+json like every other call.
 */
export function downloadFromWorker(baseUrl: string, req: ApiRequest, mediaType: string): Result<WorkerFile> {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(joinUrl(baseUrl, req.path), options(req, mediaType));
  } catch (e) {
    console.warn(`worker unreachable: ${e instanceof Error ? e.message : String(e)}`);
    return err("unreachable", RU_UI.errors.unreachable);
  }
  const status = response.getResponseCode();
  if (status < 200 || status >= 300) {
    const problem = ProblemSchema.safeParse(parseJson(response.getContentText()));
    return httpError(status, problem.success ? problem.data : null, req.rejected);
  }
  const blob = response.getBlob();
  const declared = (blob.getContentType() ?? "").split(";")[0]!.trim().toLowerCase();
  if (declared !== mediaType) {
    console.warn(`worker answered ${declared || "no content type"} instead of ${mediaType}`);
    return err("bad-response", RU_UI.errors.badResponse);
  }
  return ok({ bytes: blob.getBytes(), mediaType: declared });
}

function readResponse<S extends z.ZodType>(
  response: GoogleAppsScript.URL_Fetch.HTTPResponse,
  schema: S,
  rejected?: string,
): Result<{ status: number; value: z.infer<S> }> {
  const status = response.getResponseCode();
  const text = response.getContentText();
  const json = parseJson(text);
  if (status >= 200 && status < 300) {
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      // An API token's secret never reaches the script's logs, even in a drifted answer.
      const shown = text.slice(0, 300).replace(/svk_[\w-]+/g, "svk_…");
      console.warn(`worker answered an unexpected body: ${shown}`);
      return err("bad-response", RU_UI.errors.badResponse);
    }
    return ok({ status, value: parsed.data });
  }
  const problem = ProblemSchema.safeParse(json);
  return httpError(status, problem.success ? problem.data : null, rejected);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Status → a message the methodist can act on; the worker's own Russian detail wins when present. */
export function httpError(
  status: number,
  problem: Problem | null,
  rejected: string = RU_UI.errors.rejected,
): Result<never> {
  const detail = problem?.detail;
  if (status === 401) return err(problem?.code ?? "unauthorized", detail ?? RU_UI.errors.unauthorized);
  if (status === 403) return err(problem?.code ?? "forbidden", detail ?? RU_UI.errors.forbidden);
  if (status === 404) return err(problem?.code ?? "not-found", detail ?? RU_UI.errors.notFound);
  if (status >= 500 || status === 429) {
    const base = fill(RU_UI.errors.server, { status });
    return err(problem?.code ?? "server", detail ? `${base} ${detail}` : base);
  }
  if (status >= 300 && status < 400) return err("bad-response", RU_UI.errors.badResponse);
  return err(problem?.code ?? "rejected", fill(rejected, { detail: detail ?? `HTTP ${status}` }));
}
