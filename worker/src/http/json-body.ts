import { validator } from "hono/validator";
import type * as z from "zod";
import { ApiError } from "./api-error.ts";
import { parseOr400 } from "./parse.ts";

/**
 * Body validator: JSON only, zod-checked; every failure is a Russian 4xx. The size limit is the
 * app-wide `bodyLimit`; malformed JSON surfaces as Hono's 400 and is mapped to `bad-json`.
 */
export const jsonBody = <S extends z.ZodType>(schema: S) =>
  validator("json", (value, c): z.infer<S> => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    // Hono hands us `{}` for non-JSON bodies; refuse them instead of reporting missing fields.
    if (type !== "application/json") throw new ApiError("unsupported-media-type");
    return parseOr400(schema, value);
  });

/** Query validator with the same 400 shape. */
export const queryOf = <S extends z.ZodType>(schema: S) =>
  validator("query", (value): z.infer<S> => parseOr400(schema, value, "bad-query"));

/** Path-parameter validator (e.g. an email in the path), answered like a bad query. */
export const paramsOf = <S extends z.ZodType>(schema: S) =>
  validator("param", (value): z.infer<S> => parseOr400(schema, value, "bad-query"));

/** Like `jsonBody`, but a request without a JSON body (no content type) validates `{}`. */
export const optionalJsonBody = <S extends z.ZodType>(schema: S) =>
  validator("json", (value, c): z.infer<S> => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type === "") return parseOr400(schema, {});
    if (type !== "application/json") throw new ApiError("unsupported-media-type");
    return parseOr400(schema, value);
  });
