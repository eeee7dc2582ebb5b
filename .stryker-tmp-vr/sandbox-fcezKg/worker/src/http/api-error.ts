import type { ErrorCode } from "../../../shared/api/errors.ts";

export interface Issue {
  path: string;
  message: string;
}

/** An expected failure that becomes a problem+json response; anything else thrown is a bug (500). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues?: Issue[],
  ) {
    super(code);
    this.name = "ApiError";
  }
}
