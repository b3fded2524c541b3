import { safetyPlanSections } from '../../../shared/api/safety-plan-limits.ts';
import type { Sections } from './local-copy.ts';
import { sectionCopy } from './sections.ts';
import './safety-plan-screen.css';

/** The plan as it prints: the person's words under each heading, space to write by hand where empty. */
export function PlanPrint({ plan }: { plan: Sections }) {
  return (
    <div className="plan-print">
      <h1>My safety plan</h1>
      {safetyPlanSections.map((section, i) => (
        <section key={section}>
          <h2>
            {i + 1}. {sectionCopy[section].title}
          </h2>
          {plan[section].trim() ? (
            <p className="problem-text">{plan[section].trim()}</p>
          ) : (
            <div className="plan-print-blank" />
          )}
        </section>
      ))}
      <p>If you are in danger now, call your local emergency number.</p>
    </div>
  );
}
