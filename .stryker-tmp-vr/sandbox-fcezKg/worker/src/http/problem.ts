import {
  ERROR_STATUS,
  type ErrorCode,
  PROBLEM_CONTENT_TYPE,
  type Problem,
} from "../../../shared/api/errors.ts";
import { ruError } from "../../../shared/i18n/ru-errors.ts";
import type { Issue } from "./api-error.ts";

// English titles for developers; the Russian `detail` is for the user.
const TITLES: Partial<Record<ErrorCode, string>> = {
  "bad-json": "Malformed JSON",
  "bad-request": "Invalid request body",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  "token-revoked": "Token revoked",
  "last-manager": "Cannot remove your own last managing membership",
  "payload-too-large": "Payload too large",
  "too-many-rows": "Too many rows",
  internal: "Internal error",
};

export function problemBody(
  code: ErrorCode,
  params: Record<string, string | number> = {},
  issues?: Issue[],
): Problem {
  const body: Problem = {
    type: `/docs#error-${code}`,
    title: TITLES[code] ?? code.replace(/-/g, " "),
    status: ERROR_STATUS[code],
    code,
    detail: ruError(code, params),
  };
  if (issues && issues.length > 0) body.issues = issues;
  return body;
}

export function problemResponse(
  code: ErrorCode,
  params?: Record<string, string | number>,
  issues?: Issue[],
): Response {
  const body = problemBody(code, params, issues);
  const headers: Record<string, string> = { "content-type": PROBLEM_CONTENT_TYPE };
  if (body.status === 401) headers["www-authenticate"] = 'Bearer realm="svodka"';
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
