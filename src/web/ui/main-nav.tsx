import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link, useRoute } from 'wouter';

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

/**
 * The main navigation, laid out for a thumb: on a phone, the four places someone opens every day
 * sit in a bar at the bottom of the screen, and "More" opens the rest above it; on a wide screen
 * everything sits in one row under the header. `account` is the sign-out form, kept in "More".
 */
export function MainNav({ account }: { account: ReactNode }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
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
        <li>
          <NavLink href="/today" icon={'☀\uFE0E'}>
            Today
          </NavLink>
        </li>
        <li>
          <NavLink href="/checkin" icon={'♡\uFE0E'}>
            Check in
          </NavLink>
        </li>
        <li>
          <NavLink href="/journal" icon={'✎\uFE0E'}>
            Journal
          </NavLink>
        </li>
        <li>
          <NavLink href="/progress" icon={'↗\uFE0E'}>
            Progress
          </NavLink>
        </li>
        <li className="more-toggle">
          <button
            ref={toggle}
            type="button"
            aria-expanded={open}
            aria-controls={menuId}
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
          <li>
            <NavLink href="/roadmap">Your road</NavLink>
          </li>
          <li>
            <NavLink href="/no-contact">No contact</NavLink>
          </li>
          <li>
            <NavLink href="/self-work">Self-work</NavLink>
          </li>
          <li>
            <NavLink href="/reflect">Reflect</NavLink>
          </li>
          <li>
            <NavLink href="/support">Support</NavLink>
          </li>
          <li>
            <NavLink href="/account">Account</NavLink>
          </li>
        </ul>
        {account}
      </div>
    </nav>
  );
}
