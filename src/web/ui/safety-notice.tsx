import { Link } from 'wouter';
import type { Resources } from '../../shared/api/resources.ts';
import { useApi } from '../api/use-api.ts';

type Kind = 'crisis' | 'abuse';

/** Support resources from the server (the operator's list), shown before anything else. */
export function SafetyNotice({ kind, compact = false }: { kind: Kind; compact?: boolean }) {
  const resources = useApi<Resources>('/resources');
  if (resources.state.status !== 'ready') {
    return (
      <section className="notice safety" aria-labelledby={`safety-${kind}`}>
        <h2 id={`safety-${kind}`}>
          {kind === 'crisis' ? 'You do not have to carry this alone' : 'Your safety comes first'}
        </h2>
        <p>
          If you are in danger, call your local emergency number now.{' '}
          <Link href="/support">See support lines</Link>.
        </p>
      </section>
    );
  }
  const group = resources.state.data[kind];
  return (
    <section className="notice safety" aria-labelledby={`safety-${kind}`}>
      <h2 id={`safety-${kind}`}>{group.title}</h2>
      <p>{group.intro}</p>
      <ul className="resources">
        {(compact ? group.items.slice(0, 3) : group.items).map((item) => (
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
    </section>
  );
}
