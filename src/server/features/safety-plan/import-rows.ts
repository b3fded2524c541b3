import { safetyPlanSchema } from '../../../shared/api/safety-plan.ts';

/**
 * How an export's safety plan is checked on import: by the schema a PUT uses (each section under
 * the limit; the database itself does not cap them), one per account (its key is the person).
 * Sections come back trimmed, and a blank one empty, as a PUT saves them; their names are the
 * table's columns.
 */
export const safetyPlanImport = { noun: 'safety plan', schema: safetyPlanSchema };
