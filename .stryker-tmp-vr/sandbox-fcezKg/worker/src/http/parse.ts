import type * as z from "zod";
import { ApiError, type Issue } from "./api-error.ts";

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

/** zod-parse a value or throw a 400 that lists the wrong fields. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: "bad-request" | "bad-query" = "bad-request",
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new ApiError(code, { issues: issues.map((i) => i.path).join(", ") }, issues);
}
