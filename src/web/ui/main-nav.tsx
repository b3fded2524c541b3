import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import './main-nav.css';

function NavLink({ href, children, icon }: { href: string; children: ReactNode; icon?: string }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {icon && (
        <span className="tab-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </Link>
  );
}

/** The four places someone opens every day, in the bar at the bottom of a phone's screen. */
const tabs = [
  { href: '/today', label: 'Today', icon: '☀\uFE0E' },
  { href: '/checkin', label: 'Check in', icon: '♡\uFE0E' },
  { href: '/journal', label: 'Journal', icon: '✎\uFE0E' },
  { href: '/progress', label: 'Progress', icon: '↗\uFE0E' },
];

/** The places behind "More" on a phone. */
const more = [
  { href: '/roadmap', label: 'Your road' },
  { href: '/no-contact', label: 'No contact' },
  { href: '/self-work', label: 'Self-work' },
  { href: '/reflect', label: 'Reflect' },
  { href: '/support', label: 'Support' },
  { href: '/account', label: 'Account' },
];

/**
 * The main navigation, laid out for a thumb: on a phone, the four places someone opens every day
 * sit in a bar at the bottom of the screen, and "More" opens the rest above it; on a wide screen
 * everything sits in one row under the header. `account` is the sign-out form, kept in "More".
 */
export function MainNav({ account }: { account: ReactNode }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const [location] = useLocation();
  // On a page behind "More", the bar marks "More", so the bar always shows where one is.
  const inMore = more.some((m) => m.href === location);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  // Open, it closes with Escape (focus back on "More") or a tap anywhere else.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !nav.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <nav aria-label="Main" className="main-nav" ref={nav}>
      <ul className="tabs">
        {tabs.map((t) => (
          <li key={t.href}>
            <NavLink href={t.href} icon={t.icon}>
              {t.label}
            </NavLink>
          </li>
        ))}
        <li className="more-toggle">
          <button
            ref={toggle}
            type="button"
            aria-expanded={open}
            aria-controls={menuId}
            className={inMore ? 'here' : undefined}
            onClick={() => setOpen(!open)}
          >
            <span className="tab-icon" aria-hidden="true">
              {open ? '×' : '≡'}
            </span>
            More
          </button>
        </li>
      </ul>
      <div id={menuId} className={`more-menu${open ? ' open' : ''}`}>
        <ul>
          {more.map((m) => (
            <li key={m.href}>
              <NavLink href={m.href}>{m.label}</NavLink>
            </li>
          ))}
        </ul>
        {account}
      </div>
    </nav>
  );
}
