/** A trigger date as the form holds it: a full date for the date picker, and whether it repeats. */
export type TriggerRow = { key: number; label: string; date: string; yearly: boolean };

let nextKey = 0;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The contract's `on` ("MM-DD" every year, "YYYY-MM-DD" once) as a row. A yearly date is shown in
 * this year, so the picker opens near it; 29 February in the next leap year, as it has no other.
 */
export function toRow(trigger: { label: string; on: string }, thisYear: number): TriggerRow {
  const yearly = trigger.on.length === 5;
  let year = thisYear;
  if (yearly && trigger.on === '02-29') while (!isLeap(year)) year++;
  return {
    key: nextKey++,
    label: trigger.label,
    date: yearly ? `${year}-${trigger.on}` : trigger.on,
    yearly,
  };
}

export const emptyRow = (): TriggerRow => ({ key: nextKey++, label: '', date: '', yearly: true });

/** Back to the contract. An empty date is sent as it is: the server says what is missing. */
export function fromRow(row: TriggerRow): { label: string; on: string } {
  return { label: row.label, on: row.yearly && row.date.length === 10 ? row.date.slice(5) : row.date };
}
