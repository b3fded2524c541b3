import { SignedInPage } from './signed-in-page.tsx';

/** Shown instead of a contact tool while the person is moving on: those tools stay out of the way. */
export function NotOnYourPath() {
  return (
    <SignedInPage>
      <h1>Not on your path right now</h1>
      <p>
        You are moving on, so Rekindle keeps the tools for reaching out out of the way. Your healing comes
        first.
      </p>
    </SignedInPage>
  );
}
