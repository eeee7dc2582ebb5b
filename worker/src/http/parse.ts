import type * as z from "zod";
import { MAX_CELL_CHARS_TEXT, oversizedCellOfIssue } from "../../../shared/api/cell-limit.ts";
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
  // A cell longer than a sheet can hold is a size problem (413) named by its cell, not a bad field.
  for (const issue of result.error.issues) {
    const cell = oversizedCellOfIssue(issue);
    if (cell) throw new ApiError("cell-too-large", { cell, limit: MAX_CELL_CHARS_TEXT });
  }
  const issues = issuesOf(result.error);
  // The detail names each field with its (Russian) reason: a sidebar shows only the detail.
  const named = issues.map((i) => `${i.path} — ${i.message.replace(/\.$/, "")}`).join("; ");
  throw new ApiError(code, { issues: named }, issues);
}
