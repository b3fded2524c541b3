import { lazy, type ReactNode, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useSession } from './api/session.tsx';
import { TodayProvider } from './api/today.tsx';
import { AccountScreen } from './screens/account/account-screen.tsx';
import { CheckinScreen } from './screens/checkin/checkin-screen.tsx';
import { LoginScreen } from './screens/login/login-screen.tsx';
import { MoveOnScreen } from './screens/move-on/move-on-screen.tsx';
import { OnboardingScreen } from './screens/onboarding/onboarding-screen.tsx';
import { ReflectScreen } from './screens/reflect/reflect-screen.tsx';
import { RoadmapScreen } from './screens/roadmap/roadmap-screen.tsx';
import { SupportScreen } from './screens/safety/support-screen.tsx';
import { TodayScreen } from './screens/today/today-screen.tsx';
import { WelcomeScreen } from './screens/welcome/welcome-screen.tsx';
import { DelayedProgress } from './ui/delayed-progress.tsx';
import { Page } from './ui/page.tsx';

// Screens away from the first load are fetched on first visit: the chart library and the message
// checker live in these chunks, which keeps the first paint light on a slow phone.
const ProgressScreen = lazy(() => import('./screens/progress/progress-screen.tsx'));
const UrgeScreen = lazy(() =>
  import('./screens/urge/urge-screen.tsx').then((m) => ({ default: m.UrgeScreen })),
);
const LetterScreen = lazy(() =>
  import('./screens/letter/letter-screen.tsx').then((m) => ({ default: m.LetterScreen })),
);
const FirstContactScreen = lazy(() =>
  import('./screens/first-contact/first-contact-screen.tsx').then((m) => ({ default: m.FirstContactScreen })),
);
const OutingsScreen = lazy(() =>
  import('./screens/outings/outings-screen.tsx').then((m) => ({ default: m.OutingsScreen })),
);
const TalkScreen = lazy(() =>
  import('./screens/talk/talk-screen.tsx').then((m) => ({ default: m.TalkScreen })),
);
const TogetherScreen = lazy(() =>
  import('./screens/together/together-screen.tsx').then((m) => ({ default: m.TogetherScreen })),
);
const JournalScreen = lazy(() =>
  import('./screens/journal/journal-screen.tsx').then((m) => ({ default: m.JournalScreen })),
);
const SelfWorkScreen = lazy(() =>
  import('./screens/self-work/self-work-screen.tsx').then((m) => ({ default: m.SelfWorkScreen })),
);
const NoContactScreen = lazy(() =>
  import('./screens/no-contact/no-contact-screen.tsx').then((m) => ({ default: m.NoContactScreen })),
);

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Page>
          <DelayedProgress label="Loading…" />
        </Page>
      }
    >
      {children}
    </Suspense>
  );
}

/** Routes by session: signed-out people see welcome and sign-in; signed-in people see their pages. */
export function App() {
  const { state, retry } = useSession();
  if (state.status === 'loading') {
    return (
      <Page>
        <DelayedProgress label="Opening Rekindle…" />
      </Page>
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
        <Route path="/" component={WelcomeScreen} />
        <Route>
          <Redirect to="/login" replace />
        </Route>
      </Switch>
    );
  }
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
      <Route>
        <Redirect to="/today" replace />
      </Route>
    </Switch>
  );
}
