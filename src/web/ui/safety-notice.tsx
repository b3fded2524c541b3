import { Link } from 'wouter';
import { useApi } from '../api/use-api.ts';
import { chosenCountry, resourcesPath } from '../screens/help/country-choice.ts';
import { kept } from '../screens/help/use-support-lines.ts';
import './safety-notice.css';
import '../screens/help/support-line.css';

type Kind = 'crisis' | 'abuse';

/**
 * Support resources from the server (the operator's list), shown before anything else: for the
 * country chosen on the help page (else the browser's region), with the international directories.
 */
export function SafetyNotice({ kind, compact = false }: { kind: Kind; compact?: boolean }) {
  const path = resourcesPath(chosenCountry());
  const resources = useApi(path);
  // Offline: the lines this device kept (keepLinesAhead), else the emergency number and a link.
  const answer =
    resources.state.status === 'ready'
      ? resources.state.data
      : resources.state.status === 'error'
        ? kept(path)
        : undefined;
  if (!answer) {
    return (
      <section className="notice safety" aria-labelledby={`safety-${kind}`}>
        <h2 id={`safety-${kind}`}>
          {kind === 'crisis' ? 'You do not have to carry this alone' : 'Your safety comes first'}
        </h2>
        <p>
          If you are in danger, call your local emergency number now.{' '}
          <Link href="/help">See support lines</Link>.
        </p>
      </section>
    );
  }
  const { country, [kind]: group } = answer;
  // Another country's lines would only be in the way here; the help page lists them all.
  const lines = group.items.filter((item) => !item.countries || !country || item.countries.includes(country));
  return (
    <section className="notice safety" aria-labelledby={`safety-${kind}`}>
      <h2 id={`safety-${kind}`}>{group.title}</h2>
      <p>{group.intro}</p>
      <ul className="resources">
        {(compact ? lines.slice(0, 3) : lines).map((item) => (
          <li key={item.name}>
            <strong>
              {item.url ? (
                <a href={item.url} rel="noreferrer noopener" target="_blank">
                  {item.name}
                </a>
              ) : (
                item.name
              )}
            </strong>
            {item.region && <span className="region"> ({item.region})</span>}
            <br />
            {item.detail}
            {item.phone && (
              <>
                {' '}
                <a href={`tel:${item.phone.replace(/[^\d+]/g, '')}`}>Call {item.phone}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/help">All support lines, by country</Link>
      </p>
    </section>
  );
}
