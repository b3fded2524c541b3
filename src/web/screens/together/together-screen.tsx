import { useLocation } from 'wouter';
import { request } from '../../api/client.ts';
import { useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { FormError } from '../../ui/form-error.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/** Back together: a short "keep it healthy" plan built from the problems that ended it last time. */
export function TogetherScreen() {
  const today = useToday();
  const plan = today.state.status === 'ready' ? today.state.data : undefined;
  const [, navigate] = useLocation();
  const undo = useSubmit(async () => {
    await request('DELETE', '/talk/latest');
    await today.reload();
    navigate('/today');
  });
  const notes = useApi('/talk/notes');
  return (
    <SignedInPage>
      <h1>Keep it healthy</h1>
      <p className="lead">
        You and {plan?.ex.name ?? 'your partner'} chose a fresh start. The best protection is to notice early
        when an old problem comes back, and to talk about it calmly, before it grows.
      </p>
      {notes.state.status === 'error' && <LoadError error={notes.state.error} retry={notes.reload} />}
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
      <form onSubmit={undo.onSubmit} className="no-print">
        <FormError message={undo.error} />
        <button type="submit" className="button quiet" disabled={undo.pending}>
          Recorded by mistake? Undo the talk's outcome
        </button>
      </form>
    </SignedInPage>
  );
}
