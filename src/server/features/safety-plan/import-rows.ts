import { safetyPlanSchema, safetyPlanSections } from '../../../shared/api/safety-plan.ts';
import { ApiError } from '../../http/api-error.ts';
import { toColumns } from './queries.ts';

/**
 * An export's safety plan, held to the rules a PUT is: one per account, each section text under
 * the limit (the database itself does not cap them). Its sections come back trimmed, as saved.
 */
export function importedSafetyPlans(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  if (rows.length > 1) {
    throw new ApiError(
      422,
      'invalid_input',
      'This export has more than one safety plan. Nothing was imported.',
    );
  }
  return rows.map((row) => {
    const sections = Object.fromEntries(safetyPlanSections.filter((s) => s in row).map((s) => [s, row[s]]));
    const parsed = safetyPlanSchema.safeParse(sections);
    if (!parsed.success) {
      const problem = parsed.error.issues[0]?.message ?? 'Some of it is not valid.';
      throw new ApiError(
        422,
        'invalid_input',
        `The safety plan in this export cannot be imported: ${problem} Nothing was imported.`,
      );
    }
    return { ...row, ...toColumns(parsed.data) };
  });
}
