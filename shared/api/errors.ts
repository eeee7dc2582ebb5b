import * as z from "zod";

// Every error the API answers with: a stable code (clients switch on it) and its HTTP status.
export const ERROR_STATUS = {
  "bad-json": 400,
  "bad-request": 400,
  "bad-query": 400,
  "org-required": 400,
  "template-not-found": 400,
  "bad-participants": 400,
  unauthenticated: 401,
  "token-invalid": 401,
  "token-expired": 401,
  "token-revoked": 401,
  "wrong-audience": 401,
  "email-not-verified": 401,
  "dev-auth-disabled": 401,
  forbidden: 403,
  "not-participant": 403,
  "not-found": 404,
  "org-not-found": 404,
  "campaign-not-found": 404,
  "submission-not-found": 404,
  "version-not-found": 404,
  "token-not-found": 404,
  "member-not-found": 404,
  "campaign-closed": 409,
  "submission-conflict": 409,
  "org-conflict": 409,
  "last-manager": 409,
  "member-exists": 409,
  "last-manager-role": 409,
  "payload-too-large": 413,
  "too-many-rows": 413,
  "cell-too-large": 413,
  "unsupported-media-type": 415,
  // issue 10: invitations
  "invitation-not-found": 404,
  "invitation-expired": 410,
  "invitation-revoked": 410,
  "invitation-used": 409,
  "upload-unreadable": 400,
  "upload-has-errors": 422,
  // issue 9: a season
  "not-a-roadmap": 422,
  "last-participant": 409,
  "review-not-latest": 409,
  busy: 503,
  "keys-unavailable": 503,
  // people task: member rules named in the refusal (a plain 403 is still "forbidden")
  "role-not-grantable": 403,
  "role-not-removable": 403,
  "scope-too-wide": 403,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
export const ErrorCodeSchema = z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]);

/** RFC 9457 problem details, as every error response body (`application/problem+json`). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: ErrorCodeSchema,
  /** Russian, for the user */
  detail: z.string(),
  /** which fields were wrong, for bad-request */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
