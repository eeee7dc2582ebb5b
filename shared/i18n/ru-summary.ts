// Russian text inside the department's summary.

/** How the summary names an item that has no number: by its sheet row. */
export const rowRef = (row: number | null): string => (row === null ? "без номера" : `стр. ${row}`);
