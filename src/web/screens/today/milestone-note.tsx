import { milestoneStanding } from '../../../core/program/counter.ts';
import type { Milestone } from '../../../core/program/plan.ts';
import { plural } from '../../content/format.ts';
import { milestoneWords } from '../../content/milestones.ts';
import './milestone-note.css';

/** The last milestone reached, in a calm word, and how far the next one is. */
export function MilestoneNote({ days, milestones }: { days: number; milestones: Milestone[] }) {
  const { lastReached: reached, next } = milestoneStanding({ days, milestones });
  return (
    <>
      {reached && milestoneWords[reached.days] && (
        <p className="milestone">
          {/* A milestone of some days ago says so, or its words read as a wrong count. */}
          {reached.days < days && `Reached on day ${reached.days}: `}
          {milestoneWords[reached.days]}
        </p>
      )}
      {next && (
        <p className="hint">
          Next milestone: {plural(next.days, 'day')},{' '}
          {next.daysToGo === 1 ? 'tomorrow' : `in ${plural(next.daysToGo, 'day')}`}.
        </p>
      )}
    </>
  );
}
