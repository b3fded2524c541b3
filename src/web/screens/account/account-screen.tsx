import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { passwordRules } from '../../../shared/api/limits.ts';
import { request } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { CurrentPasswordField, TextField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { LockSettings } from './lock-settings.tsx';
import '../../ui/field.css';

/** Your data and your account: download everything, change the password, sign out elsewhere, delete it all. */
export function AccountScreen() {
  const { retry } = useSession();
  const [, navigate] = useLocation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);
  const [deletePassword, setDeletePassword] = useState('');
  const [importFile, setImportFile] = useState<File>();
  const [imported, setImported] = useState<number>();
  const bringIn = useSubmit(async () => {
    if (!importFile) throw new Error('Choose the export file first.');
    let data: unknown;
    try {
      data = JSON.parse(await importFile.text());
    } catch {
      throw new Error('That file is not a Rekindle export (it is not JSON).');
    }
    const result = await request('POST', '/import', data);
    setImported(result.imported);
  });
  const change = useSubmit(async () => {
    await request('POST', '/account/password', { currentPassword: current, newPassword: next });
    setCurrent('');
    setNext('');
    setChanged(true);
  });
  const everywhere = useSubmit(async () => {
    await request('POST', '/account/sign-out-everywhere');
    retry();
  });
  const remove = useSubmit(async () => {
    if (!window.confirm('Delete your account and everything you wrote? This cannot be undone.')) return;
    await request('DELETE', '/account', { password: deletePassword });
    navigate('/', { replace: true });
    retry();
  });

  return (
    <SignedInPage>
      <h1>Your data and account</h1>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Download everything</h2>
        <p>
          One file with everything you have written and logged, to keep or to move to another Rekindle server.
        </p>
        <a className="button quiet" href="/api/export" download>
          Download my data
        </a>
      </section>

      <form className="card" onSubmit={bringIn.onSubmit} noValidate aria-labelledby="import-title">
        <h2 id="import-title">Bring your data from another Rekindle</h2>
        <p>Works into a new, empty account: choose the file you downloaded there.</p>
        <div className="field">
          <label htmlFor="import-file">Export file</label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => setImportFile(e.currentTarget.files?.[0])}
          />
        </div>
        <FormFooter
          error={bringIn.error}
          pending={bringIn.pending}
          busyLabel="Importing…"
          kind="quiet"
          done={imported === undefined ? '' : `Imported ${imported} entries. Welcome back.`}
        >
          Import
        </FormFooter>
      </form>

      <form className="card" onSubmit={change.onSubmit} noValidate aria-labelledby="password-title">
        <h2 id="password-title">Change your password</h2>
        <CurrentPasswordField label="Current password" value={current} onChange={setCurrent} />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${passwordRules.minLength} characters. Other devices will be signed out.`}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
        />
        <FormFooter
          error={change.error}
          pending={change.pending}
          done={changed ? 'Your password is changed, and other devices are signed out.' : ''}
        >
          Change password
        </FormFooter>
      </form>

      <section className="card" aria-labelledby="reminders-title">
        <h2 id="reminders-title">Reminders</h2>
        <p>Which gentle reminders come, when, and how they reach you.</p>
        <Link href="/reminders" className="button quiet">
          Choose your reminders
        </Link>
      </section>

      <LockSettings />

      <form className="card" onSubmit={everywhere.onSubmit} aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">Sign out everywhere</h2>
        <p>If you think someone else has seen your account, sign out on every device, this one included.</p>
        <FormError message={everywhere.error} />
        <button type="submit" className="button quiet" disabled={everywhere.pending}>
          Sign out everywhere
        </button>
      </form>

      <form className="card" onSubmit={remove.onSubmit} noValidate aria-labelledby="delete-title">
        <h2 id="delete-title">Delete your account</h2>
        <p>
          Everything you wrote is deleted from this server at once. Download your data first if you want to
          keep it.
        </p>
        <CurrentPasswordField
          label="Your password, to confirm"
          value={deletePassword}
          onChange={setDeletePassword}
        />
        <FormFooter error={remove.error} pending={remove.pending} busyLabel="Deleting…" kind="quiet">
          Delete my account
        </FormFooter>
      </form>
    </SignedInPage>
  );
}
