/** Now as an ISO timestamp with milliseconds (what receipts carry). */
export const nowIso = (): string => new Date().toISOString();
