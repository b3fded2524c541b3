import { useState } from 'react';
import { askedTier, type SignalAnswer, type SignalSource } from '../../core/safety/signals.ts';
import type { Today } from '../../shared/api/program.ts';
import { request } from '../api/client.ts';
import { useToday } from '../api/today.tsx';
import { AbuseQuestion } from './abuse-question.tsx';
import { CrisisCard } from './crisis-card.tsx';
import { FormError } from './form-error.tsx';

type Signal = Today['safety']['signals'][number];

/** Where something was written, for "about something you wrote in …". */
const where: Record<SignalSource, string> = {
  journal: 'your journal',
  urge: 'a draft you kept',
  contact: 'a contact you logged',
  problem: 'Reflect',
  reflection: 'Reflect',
  letter: 'your letter',
  activity: 'your self-work',
  outing: 'an outing',
  checkin: 'your emotion check',
  first_contact: 'your first message',
  talk_note: 'your notes for the talk',
};

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
  // One signal at a time, newest first: an answer speaks for the words it was asked about.
  const newestSelfHarm = signals.find((s) => s.kind === 'self_harm');
  const newestAbuse = signals.find((s) => s.kind === 'abuse');

  const answer = async (signal: Signal, value: SignalAnswer) => {
    setPending(true);
    setError(undefined);
    try {
      await request('POST', `/safety/signals/${signal.id}/answer`, { answer: value });
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
      {newestSelfHarm && (
        <CrisisCard
          pending={pending}
          about={where[newestSelfHarm.source]}
          notMeantAllowed={newestSelfHarm.tier !== askedTier}
          onAnswer={(a) => void answer(newestSelfHarm, a)}
        />
      )}
      {/* Once it is a concern ("felt safe: no", or a yes), the question has its answer already. */}
      {newestAbuse && !plan.safety.concern && (
        <AbuseQuestion
          exName={plan.ex.name}
          pending={pending}
          onAnswer={(a) => void answer(newestAbuse, a)}
        />
      )}
    </>
  );
}
