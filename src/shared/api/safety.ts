import { z } from 'zod';
import {
  type SignalAnswer,
  type SignalKind,
  type SignalSource,
  signalAnswers,
} from '../../core/safety/signals.ts';
import { choice } from './fields.ts';

/**
 * POST /api/safety/signals/:id/answer. Self-harm takes `safe_now` or `not_meant`; abuse takes
 * `yes` (it happened with my ex) or `not_meant` (core/safety/signals.ts `answersFor`).
 */
export const signalAnswerSchema = z.strictObject({
  answer: choice(signalAnswers, 'your answer'),
});
export type SignalAnswerInput = z.infer<typeof signalAnswerSchema>;

/** A signal as the answer route returns it: never the text it was found in. */
export type SafetySignal = {
  id: string;
  kind: SignalKind;
  source: SignalSource;
  tier: string;
  foundAt: string;
  answer: SignalAnswer | null;
  answeredAt: string | null;
};
