import { callLinks } from './call-links.ts';
import './safety-plan-screen.css';

/** The numbers written in a section, each one tap from a call. */
export function CallList({ text }: { text: string }) {
  const links = callLinks(text);
  if (!links.length) return null;
  return (
    <ul className="plan-calls" aria-label="Call with one tap">
      {links.map((link, i) => (
        // Numbers repeat and move as the person types: their place is part of the key.
        <li key={`${i}-${link.tel}`}>
          <a href={`tel:${link.tel}`} className="button small">
            Call {link.who && `${link.who}, `}
            <span className="plan-call-number">{link.number}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
