import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { offersUrgeButton } from '../../core/program/urge-button.ts';
import { useSession } from '../api/session.tsx';
import { usePlan } from '../api/today.tsx';
import { FormError } from './form-error.tsx';
import { MainNav } from './main-nav.tsx';
import { NotificationBadge } from './notification-badge.tsx';
import { Page } from './page.tsx';
import { SubmitButton } from './submit-button.tsx';
import { useSubmit } from './use-submit.ts';
import './signed-in-page.css';

/** The frame of every signed-in screen: main navigation, the account, and a way to get help now. */
export function SignedInPage({ children }: { children: ReactNode }) {
  const { state, signOut } = useSession();
  const { pending, error, onSubmit } = useSubmit(signOut);
  const email = state.status === 'signed-in' ? state.user.email : '';
  const plan = usePlan();
  const [onUrge] = useRoute('/urge');
  const onHelp = useOnHelpPage();
  // While they are giving it space (or healing), the brake is one tap away on every page; but not
  // on the pages of help, and below the page, not above it, while help is pinned for self-harm:
  // someone in crisis must not meet a shortcut to their ex before the help.
  const showUrge = plan !== undefined && offersUrgeButton(plan) && !onUrge && !onHelp;
  const helpFirst = plan?.safety.selfHarm === true;
  const urge = showUrge && (
    <Link href="/urge" className="button urge">
      I want to text {plan.ex.name}
    </Link>
  );
  return (
    <Page
      nav={
        <MainNav
          account={
            <form className="account" onSubmit={onSubmit}>
              <span className="account-email">{email}</span>
              <SubmitButton pending={pending} busyLabel="Signing out…" kind="quiet">
                Sign out
              </SubmitButton>
            </form>
          }
        />
      }
      header={
        <>
          <HeaderLink href="/safety-plan">Safety plan</HeaderLink>
          <NotificationBadge />
        </>
      }
    >
      <FormError message={error} />
      {!helpFirst && urge}
      {children}
      {helpFirst && urge}
    </Page>
  );
}

/** The pages of help: the help page, the safety plan, support. */
function useOnHelpPage(): boolean {
  const [help] = useRoute('/help');
  const [plan] = useRoute('/safety-plan');
  const [support] = useRoute('/support');
  const [safety] = useRoute('/safety');
  return help || plan || support || safety;
}

function HeaderLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} className="header-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
