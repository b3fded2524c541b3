import { Hono } from 'hono';
import { safetyPlanSchema } from '../../../shared/api/safety-plan.ts';
import { requireUser } from '../../auth/require-user.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { readPlan, savePlan } from './queries.ts';

/**
 * The person's safety plan (one each), in their own words, saved whole as they type. Not screened
 * for safety signals: writing down warning signs is the help, not a sign that help is needed.
 */
export const safetyPlanRoutes = new Hono<AppEnv>()
  .get('/safety-plan', requireUser, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readPlan(c.get('deps').db, c.get('user').id));
  })
  .put('/safety-plan', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const input = await readJson(c, safetyPlanSchema);
    c.header('Cache-Control', 'no-store');
    return c.json(await savePlan(db, c.get('user').id, input, now()));
  });
