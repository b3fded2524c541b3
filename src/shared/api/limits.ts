/** Plain numbers shared by the API schemas and the web forms (no zod here: it stays out of the bundle). */
export const passwordRules = { minLength: 10, maxLength: 256 } as const;

/**
 * What one import (POST /api/import) takes, besides the body's size: far above what a long-term
 * user exports (ten years of a journal entry a day is 3,650 rows; an export of 12,000 must import),
 * low enough that a crafted file of tiny rows cannot hold the server for minutes.
 */
export const importLimits = { rowsPerTable: 50_000, rows: 150_000 } as const;
