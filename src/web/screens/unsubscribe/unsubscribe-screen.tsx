import { Page } from '../../ui/page.tsx';

/** To be built. */
export function UnsubscribeScreen() {
  return (
    <Page>
      <h1>Coming soon</h1>
    </Page>
  );
}
