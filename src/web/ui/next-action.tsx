import { Link } from 'wouter';

type Props = { signedIn: boolean; href: string; label: string; signInKind?: 'primary' | 'quiet' };

/**
 * The one next step from a page opened from an email link: a place in the app when signed in,
 * else signing in (a full page load, so the app asks the server afresh who is signed in here).
 */
export function NextAction({ signedIn, href, label, signInKind = 'primary' }: Props) {
  return signedIn ? (
    <Link className="button primary next-action" href={href}>
      {label}
    </Link>
  ) : (
    <a className={`button ${signInKind} next-action`} href="/login">
      Sign in
    </a>
  );
}
