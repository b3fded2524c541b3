/** Plain numbers shared by the API schemas and the web forms (no zod here: it stays out of the bundle). */
export const passwordRules = { minLength: 10, maxLength: 256 } as const;
