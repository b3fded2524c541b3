import type { ResourceLine } from '../../../shared/api/resources.ts';
import './support-line.css';

/** A number as a phone dials it: "0808 2000 247" → "08082000247", "1-800-799-7233" → "18007997233". */
export const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

/** One support line: what it is, how to reach it, and a tap to call. */
export function SupportLine({ line }: { line: ResourceLine }) {
  return (
    <li className="help-line">
      <h3>
        {line.name}
        {line.region && <span className="region"> · {line.region}</span>}
      </h3>
      <p>{line.detail}</p>
      {(line.phone || line.url) && (
        <p className="help-line-actions">
          {line.phone && (
            <a className="button call" href={`tel:${dialable(line.phone)}`}>
              Call {line.phone}
            </a>
          )}
          {line.url && (
            <a href={line.url} rel="noreferrer noopener" target="_blank">
              {line.phone ? 'Website' : `Open ${line.name}`}
              <span className="sr-only">{line.phone ? ` of ${line.name}` : ''} (opens in a new tab)</span>
            </a>
          )}
        </p>
      )}
    </li>
  );
}
