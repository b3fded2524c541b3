import type { Me } from '../../../shared/api/auth.ts';
import { useSession } from '../../api/session.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { Page } from '../../ui/page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/** Today: for now a calm, empty page; the plan arrives with the program engine. */
export function TodayScreen({ user }: { user: Me }) {
  const { signOut } = useSession();
  const { pending, error, onSubmit } = useSubmit(signOut);

  return (
    <Page
      header={
        <form className="account" onSubmit={onSubmit}>
          <span className="account-email">{user.email}</span>
          <button type="submit" className="button quiet" disabled={pending} aria-busy={pending}>
            {pending ? 'Signing out…' : 'Sign out'}
          </button>
        </form>
      }
    >
      <FormError message={error} />
      <h1>Today</h1>
      <section className="card empty">
        <h2>Nothing to do yet</h2>
        <p>
          This is your Today page. Each day it will show one next step, how far you have come, and what can
          wait. Take a breath: there is no rush.
        </p>
      </section>
    </Page>
  );
}
