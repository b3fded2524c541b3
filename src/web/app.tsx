import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Redirect, Route, Switch, useLocation, useRoute } from 'wouter';
import { useSession } from './api/session.tsx';
import { TodayProvider } from './api/today.tsx';
import { HelpScreen } from './screens/help/help-screen.tsx';
import { keepLinesAhead } from './screens/help/use-support-lines.ts';
import { LoginScreen } from './screens/login/login-screen.tsx';
import { TodayScreen } from './screens/today/today-screen.tsx';
import { WelcomeScreen } from './screens/welcome/welcome-screen.tsx';
import { DelayedProgress } from './ui/delayed-progress.tsx';
import { LockGate } from './ui/lock-gate.tsx';
import { Page } from './ui/page.tsx';
import { ScreenError } from './ui/screen-error.tsx';

// The first load carries the screens someone opens the app on (Today, welcome, sign-in); every
// other screen is fetched on its first visit, which keeps the first paint light on a slow phone.
// The chart library and the message checker live in those later chunks. The help page is in the
// first load too: it must open at once from any screen, even when the network has gone.

/** A screen fetched when first shown: `module` loads its file, `name` is its exported component. */
function later<Name extends string>(module: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => module().then((m) => ({ default: m[name] })));
}

// Two screens are fetched ahead, once the page on show has painted, so the next tap does not wait
// for the network (and the service worker keeps them): the urge composer, which must open at once
// at a bad moment, and onboarding, where a new account goes straight after signing up.
const urgeModule = () => import('./screens/urge/urge-screen.tsx');
const onboardingModule = () => import('./screens/onboarding/onboarding-screen.tsx');
// The safety plan too: it must open without a network once it has been opened on this device.
const safetyPlanModule = () => import('./screens/safety-plan/safety-plan-screen.tsx');

/** Support lines kept on the device a little after the first paint, for help without a network. */
function useKeepLinesAhead() {
  useEffect(() => {
    const ahead = setTimeout(keepLinesAhead, 1500);
    return () => clearTimeout(ahead);
  }, []);
}

/** Fetches a screen's code after this paint, ahead of its first visit. */
function useFetchAhead(module: () => Promise<unknown>) {
  useEffect(() => {
    const ahead = setTimeout(() => void module().catch(() => {}), 0);
    return () => clearTimeout(ahead);
  }, [module]);
}

const RemindersScreen = later(() => import('./screens/reminders/reminders-screen.tsx'), 'RemindersScreen');
const NotificationsScreen = later(
  () => import('./screens/notifications/notifications-screen.tsx'),
  'NotificationsScreen',
);
const ConfirmEmailScreen = later(
  () => import('./screens/confirm-email/confirm-email-screen.tsx'),
  'ConfirmEmailScreen',
);
const UnsubscribeScreen = later(
  () => import('./screens/unsubscribe/unsubscribe-screen.tsx'),
  'UnsubscribeScreen',
);
const AccountScreen = later(() => import('./screens/account/account-screen.tsx'), 'AccountScreen');
const CheckinScreen = later(() => import('./screens/checkin/checkin-screen.tsx'), 'CheckinScreen');
const MoveOnScreen = later(() => import('./screens/move-on/move-on-screen.tsx'), 'MoveOnScreen');
const OnboardingScreen = later(onboardingModule, 'OnboardingScreen');
const ReflectScreen = later(() => import('./screens/reflect/reflect-screen.tsx'), 'ReflectScreen');
const RoadmapScreen = later(() => import('./screens/roadmap/roadmap-screen.tsx'), 'RoadmapScreen');
const SupportScreen = later(() => import('./screens/safety/support-screen.tsx'), 'SupportScreen');
const ProgressScreen = lazy(() => import('./screens/progress/progress-screen.tsx'));
const UrgeScreen = later(urgeModule, 'UrgeScreen');
const LetterScreen = later(() => import('./screens/letter/letter-screen.tsx'), 'LetterScreen');
const FirstContactScreen = later(
  () => import('./screens/first-contact/first-contact-screen.tsx'),
  'FirstContactScreen',
);
const OutingsScreen = later(() => import('./screens/outings/outings-screen.tsx'), 'OutingsScreen');
const TalkScreen = later(() => import('./screens/talk/talk-screen.tsx'), 'TalkScreen');
const TogetherScreen = later(() => import('./screens/together/together-screen.tsx'), 'TogetherScreen');
const JournalScreen = later(() => import('./screens/journal/journal-screen.tsx'), 'JournalScreen');
const SelfWorkScreen = later(() => import('./screens/self-work/self-work-screen.tsx'), 'SelfWorkScreen');
const NoContactScreen = later(() => import('./screens/no-contact/no-contact-screen.tsx'), 'NoContactScreen');
const SafetyPlanScreen = later(safetyPlanModule, 'SafetyPlanScreen');
const ResetScreen = later(() => import('./screens/reset/reset-screen.tsx'), 'ResetScreen');

function Loading({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ScreenError key={location}>
      <Suspense
        fallback={
          <Page>
            <DelayedProgress label="Loading…" />
          </Page>
        }
      >
        {children}
      </Suspense>
    </ScreenError>
  );
}

/** Routes by session: signed-out people see welcome and sign-in; signed-in people see their pages. */
export function App() {
  const { state, retry } = useSession();
  const [onSafetyPlan] = useRoute('/safety-plan');
  const [onHelp] = useRoute('/help');
  // Help opens even while the session is unknown: still loading, or unreachable (offline).
  if (onHelp && (state.status === 'loading' || state.status === 'error')) return <HelpScreen />;
  if (state.status === 'loading') {
    return (
      <Page>
        <DelayedProgress label="Opening Rekindle…" />
      </Page>
    );
  }
  // Rekindle cannot be reached: the safety plan still opens, from this device's copy.
  if (state.status === 'error' && onSafetyPlan) {
    return (
      <Loading>
        <SafetyPlanScreen />
      </Loading>
    );
  }
  if (state.status === 'error') {
    return (
      <Page>
        <h1>We could not open Rekindle</h1>
        <p role="alert">{state.message}</p>
        <button type="button" className="button primary" onClick={retry}>
          Try again
        </button>
      </Page>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <Switch>
        <Route path="/login" component={LoginScreen} />
        <Route path="/help" component={HelpScreen} />
        <Route path="/reset">
          <Loading>
            <ResetScreen />
          </Loading>
        </Route>
        <Route path="/confirm-email">
          <Loading>
            <ConfirmEmailScreen />
          </Loading>
        </Route>
        <Route path="/unsubscribe">
          <Loading>
            <UnsubscribeScreen />
          </Loading>
        </Route>
        <Route path="/" component={Welcome} />
        <Route>
          <Redirect to="/login" replace />
        </Route>
      </Switch>
    );
  }
  return (
    <LockGate userId={state.user.id}>
      <SignedIn />
    </LockGate>
  );
}

/** The welcome page, where an account is created: onboarding, which comes next, is fetched ahead. */
function Welcome() {
  useFetchAhead(onboardingModule);
  useKeepLinesAhead();
  return <WelcomeScreen />;
}

function SignedIn() {
  useKeepLinesAhead();
  useFetchAhead(urgeModule);
  useFetchAhead(safetyPlanModule);
  return (
    <TodayProvider>
      <Loading>
        <SignedInRoutes />
      </Loading>
    </TodayProvider>
  );
}

function SignedInRoutes() {
  return (
    <Switch>
      <Route path="/today" component={TodayScreen} />
      <Route path="/help" component={HelpScreen} />
      <Route path="/onboarding" component={OnboardingScreen} />
      <Route path="/roadmap" component={RoadmapScreen} />
      <Route path="/reflect" component={ReflectScreen} />
      <Route path="/support" component={SupportScreen} />
      <Route path="/safety" component={SupportScreen} />
      <Route path="/move-on" component={MoveOnScreen} />
      <Route path="/checkin" component={CheckinScreen} />
      <Route path="/account" component={AccountScreen} />
      <Route path="/urge" component={UrgeScreen} />
      <Route path="/no-contact" component={NoContactScreen} />
      <Route path="/letter" component={LetterScreen} />
      <Route path="/journal" component={JournalScreen} />
      <Route path="/self-work" component={SelfWorkScreen} />
      <Route path="/first-contact" component={FirstContactScreen} />
      <Route path="/outings" component={OutingsScreen} />
      <Route path="/talk" component={TalkScreen} />
      <Route path="/together" component={TogetherScreen} />
      <Route path="/progress" component={ProgressScreen} />
      <Route path="/safety-plan" component={SafetyPlanScreen} />
      <Route path="/reset" component={ResetScreen} />
      <Route path="/reminders" component={RemindersScreen} />
      <Route path="/notifications" component={NotificationsScreen} />
      <Route path="/confirm-email" component={ConfirmEmailScreen} />
      <Route path="/unsubscribe" component={UnsubscribeScreen} />
      <Route>
        <Redirect to="/today" replace />
      </Route>
    </Switch>
  );
}
