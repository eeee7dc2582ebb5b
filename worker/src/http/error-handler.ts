import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError } from "./api-error.ts";
import { problemResponse } from "./problem.ts";

// The one place errors become responses: expected ones keep their code, Hono's own HTTP errors are
// mapped, and anything else is a bug answered as a Russian 500 without a stack trace.
export const onError: ErrorHandler = (error) => {
  if (error instanceof ApiError) return problemResponse(error.code, error.params, error.issues);
  if (error instanceof HTTPException) {
    if (error.status === 413) return problemResponse("payload-too-large", { limit: 5 });
    if (error.status === 400) return problemResponse("bad-json");
    if (error.status === 401) return problemResponse("unauthenticated");
    if (error.status === 404) return problemResponse("not-found");
  }
  console.error("unhandled error", error instanceof Error ? (error.stack ?? error.message) : error);
  return problemResponse("internal");
};

export const notFound: NotFoundHandler = () => problemResponse("not-found");
