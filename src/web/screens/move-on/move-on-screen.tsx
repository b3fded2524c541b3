import { useLocation } from 'wouter';
import { request } from '../../api/client.ts';
import { useToday } from '../../api/today.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/** Move on: always available, never a failure screen, and undoable. */
export function MoveOnScreen() {
  const today = useToday();
  const [, navigate] = useLocation();
  const choose = (outcome: 'moving_on' | null) => async () => {
    await request('PUT', '/outcome', { outcome });
    today.reload();
    navigate('/today');
  };
  const moveOn = useSubmit(choose('moving_on'));
  const undo = useSubmit(choose(null));
  const chosen = today.state.status === 'ready' && today.state.data.movingOnReason === 'chosen';

  return (
    <SignedInPage>
      {today.state.status === 'loading' && <DelayedProgress label="Loading…" />}
      {today.state.status === 'error' && <LoadError error={today.state.error} retry={today.reload} />}
      {today.state.status === 'ready' && !chosen && (
        <form onSubmit={moveOn.onSubmit}>
          <h1>Move on instead</h1>
          <p className="lead">Choosing yourself is a real, good ending to this story, not a failure.</p>
          <p>
            Rekindle will hide everything about contacting {today.state.data.ex.name} and keep what helps you
            heal: looking after yourself, check-ins, and support on hard nights. You can change your mind
            later.
          </p>
          <FormFooter error={moveOn.error} pending={moveOn.pending}>
            Yes, I am moving on
          </FormFooter>
        </form>
      )}
      {chosen && (
        <form onSubmit={undo.onSubmit}>
          <h1>You chose to move on</h1>
          <p>If something has changed, you can go back to the plan. Your history is all still here.</p>
          <FormFooter error={undo.error} pending={undo.pending} kind="quiet">
            Go back to the plan
          </FormFooter>
        </form>
      )}
    </SignedInPage>
  );
}
