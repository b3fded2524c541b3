import { useLocation } from 'wouter';
import { request } from '../../api/client.ts';
import { useToday } from '../../api/today.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { QuickExit } from '../../ui/quick-exit.tsx';
import { SafetyNotice } from '../../ui/safety-notice.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/**
 * Support lines, always one tap away. After a safety concern, it also holds the explicit,
 * recorded choice to continue toward reconciliation anyway.
 */
export function SupportScreen() {
  const today = useToday();
  const [, navigate] = useLocation();
  const confirm = useSubmit(async () => {
    await request('POST', '/safety-confirmation', { confirmed: true });
    today.reload();
    navigate('/today');
  });
  const plan = today.state.status === 'ready' ? today.state.data : undefined;
  const needsConfirmation = plan?.safety.concern && !plan.safety.confirmed;

  return (
    <SignedInPage>
      <h1>Support</h1>
      <p className="lead">
        You do not have to go through this alone. These services are free and confidential.
      </p>
      {needsConfirmation && (
        <p>
          Something you wrote suggests you may have been hurt, threatened or controlled. For now Rekindle
          suggests healing for yourself rather than reaching out to {plan.ex.name}.
        </p>
      )}
      <QuickExit />
      <SafetyNotice kind="abuse" />
      <SafetyNotice kind="crisis" />
      {needsConfirmation && (
        <form onSubmit={confirm.onSubmit} className="card">
          <h2>If you still want to continue</h2>
          <p>
            Only you know your situation. If you are safe and still want to work toward reconnecting, you can
            continue. We will keep a note that you chose this.
          </p>
          <FormFooter error={confirm.error} pending={confirm.pending} kind="quiet">
            I am safe and want to continue
          </FormFooter>
        </form>
      )}
    </SignedInPage>
  );
}
