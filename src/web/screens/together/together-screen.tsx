import type { TalkNote } from '../../../shared/api/road.ts';
import { usePlan } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { SignedInPage } from '../../ui/signed-in-page.tsx';

/** Back together: a short "keep it healthy" plan built from the problems that ended it last time. */
export function TogetherScreen() {
  const plan = usePlan();
  const notes = useApi<TalkNote[]>('/talk/notes');
  return (
    <SignedInPage>
      <h1>Keep it healthy</h1>
      <p className="lead">
        You and {plan?.ex.name ?? 'your partner'} chose a fresh start. The best protection is to notice early
        when an old problem comes back, and to talk about it calmly, before it grows.
      </p>
      {notes.state.status === 'ready' && (
        <ol className="problems">
          {notes.state.data.map((n) => (
            <li key={n.problemId}>
              <p className="problem-text">
                <strong>Watch for:</strong> {n.text}
              </p>
              {n.differently && (
                <p>
                  <strong>What you agreed:</strong> {n.differently}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <ul>
        <li>Keep one evening a week that is just for the two of you.</li>
        <li>Say what bothers you while it is small, in an "I feel" sentence.</li>
        <li>Keep looking after yourself: your friends, your body, your own plans.</li>
      </ul>
    </SignedInPage>
  );
}
