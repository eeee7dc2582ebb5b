// Request limits, shared so the add-on can refuse a sheet before sending it.
/** Largest accepted request body (bytes). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Most rows one grid may have. */
export const MAX_GRID_ROWS = 20_000;
/** Most columns one grid row may have. */
export const MAX_GRID_COLUMNS = 200;
/** Most characters one cell may hold: what Google Sheets itself allows (larger cells are refused with 413). */
export const MAX_CELL_CHARS = 50_000;
