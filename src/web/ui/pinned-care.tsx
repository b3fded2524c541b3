import { useState } from 'react';
import type { Today } from '../../shared/api/program.ts';
import { request } from '../api/client.ts';
import { useToday } from '../api/today.tsx';
import { AbuseQuestion } from './abuse-question.tsx';
import { CrisisCard } from './crisis-card.tsx';
import { FormError } from './form-error.tsx';

type Signal = Today['safety']['signals'][number];

/**
 * Help pinned where the person is (Today, the urge composer, the journal) while a safety signal
 * found in what they wrote waits for their answer. Answering records it on the server; the
 * "Get help" link in the header never goes away.
 */
export function PinnedCare() {
  const today = useToday();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  if (today.state.status !== 'ready') return null;
  const plan = today.state.data;
  const signals = plan.safety.signals ?? [];
  const selfHarm = signals.filter((s) => s.kind === 'self_harm');
  const abuse = signals.filter((s) => s.kind === 'abuse');

  const answer = async (which: Signal[], value: string) => {
    setPending(true);
    setError(undefined);
    try {
      for (const s of which) await request('POST', `/safety/signals/${s.id}/answer`, { answer: value });
      today.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not save. Please try again.');
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <FormError message={error} />
      {(plan.safety.selfHarm || selfHarm.length > 0) && (
        <CrisisCard pending={pending} onAnswer={(a) => void answer(selfHarm, a)} />
      )}
      {abuse.length > 0 && (
        <AbuseQuestion exName={plan.ex.name} pending={pending} onAnswer={(a) => void answer(abuse, a)} />
      )}
    </>
  );
}
