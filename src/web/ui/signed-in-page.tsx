import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { useSession } from '../api/session.tsx';
import { usePlan } from '../api/today.tsx';
import { FormError } from './form-error.tsx';
import { Page } from './page.tsx';
import { SubmitButton } from './submit-button.tsx';
import { useSubmit } from './use-submit.ts';

const urgeStages = new Set(['reflect', 'letter', 'no_contact', 'moving_on']);

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The frame of every signed-in screen: main navigation, the account, and a way to get help now. */
export function SignedInPage({ children }: { children: ReactNode }) {
  const { state, signOut } = useSession();
  const { pending, error, onSubmit } = useSubmit(signOut);
  const email = state.status === 'signed-in' ? state.user.email : '';
  const plan = usePlan();
  const [onUrge] = useRoute('/urge');
  // While they are giving it space (or healing), the brake is one tap away on every page.
  const showUrge = plan !== undefined && urgeStages.has(plan.stage) && !onUrge;
  return (
    <Page
      header={
        <form className="account" onSubmit={onSubmit}>
          <span className="account-email">{email}</span>
          <SubmitButton pending={pending} busyLabel="Signing out…" kind="quiet">
            Sign out
          </SubmitButton>
        </form>
      }
      nav={
        <nav aria-label="Main" className="main-nav">
          <NavLink href="/today">Today</NavLink>
          <NavLink href="/roadmap">Your road</NavLink>
          <NavLink href="/reflect">Reflect</NavLink>
          <NavLink href="/no-contact">No contact</NavLink>
          <NavLink href="/support">Support</NavLink>
          <NavLink href="/safety-plan">Safety plan</NavLink>
          <NavLink href="/account">Account</NavLink>
        </nav>
      }
    >
      <FormError message={error} />
      {showUrge && (
        <Link href="/urge" className="button urge">
          I want to text {plan.ex.name}
        </Link>
      )}
      {children}
    </Page>
  );
}
