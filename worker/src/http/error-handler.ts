import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError } from "./api-error.ts";
import { problemResponse } from "./problem.ts";

// The one place errors become responses: expected ones keep their code, the one HTTP error Hono
// raises itself (400 for a body that is not JSON) is mapped, and anything else is a bug answered as a
// Russian 500 without a stack trace. Too-large bodies, sign-in and unknown paths never reach here as
// HTTPExceptions: bodyLimit throws an ApiError, authentication is ours, and notFound answers 404.
export const onError: ErrorHandler = (error) => {
  if (error instanceof ApiError) return problemResponse(error.code, error.params, error.issues);
  if (error instanceof HTTPException && error.status === 400) return problemResponse("bad-json");
  console.error("unhandled error", error instanceof Error ? (error.stack ?? error.message) : error);
  return problemResponse("internal");
};

export const notFound: NotFoundHandler = () => problemResponse("not-found");
