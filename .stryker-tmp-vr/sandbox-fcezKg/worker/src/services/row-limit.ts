import { MAX_GRID_ROWS } from "../../../shared/api/limits.ts";
import { ApiError } from "../http/api-error.ts";

/** Too many rows is a 413 (like a too-large body), not a 400: the request is well-formed, just too big. */
export function assertRowLimit(rows: number): void {
  if (rows > MAX_GRID_ROWS) throw new ApiError("too-many-rows", { rows, limit: MAX_GRID_ROWS });
}
