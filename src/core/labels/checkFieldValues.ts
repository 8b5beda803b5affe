import type { FieldDefRow, FieldValue, TicketFields } from '../domain/ticketLabelRows';

/** One field value refused, named by the field's key so a form can show it at the field. */
export interface FieldProblem {
  key: string;
  message: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function problemOf(def: FieldDefRow, value: FieldValue): string | null {
  switch (def.type) {
    case 'text':
      return typeof value === 'string' ? null : 'must be text';
    case 'number':
      return typeof value === 'number' ? null : 'must be a number';
    case 'money':
      if (typeof value !== 'number') return 'must be an amount';
      if (value < 0) return 'cannot be negative';
      return Math.round(value * 100) === value * 100 ? null : 'has at most 2 decimals';
    case 'date':
      return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'must be a date (YYYY-MM-DD)';
    case 'single_select':
      return typeof value === 'string' && def.options.includes(value) ? null : `must be one of: ${def.options.join(', ')}`;
    case 'multi_select':
      if (!Array.isArray(value)) return 'must be a list of choices';
      return value.every((v) => def.options.includes(v)) ? null : `choices must be among: ${def.options.join(', ')}`;
  }
}

/**
 * Checks field values against their definitions (the same rule on desktop and hub). A null value
 * clears the field; empty text and empty lists clear it too, so the ticket never stores blanks.
 */
export function checkFieldValues(
  defs: ReadonlyMap<string, FieldDefRow>,
  values: Readonly<Record<string, FieldValue | null>>,
): { fields: TicketFields; cleared: string[]; problems: FieldProblem[] } {
  const fields: TicketFields = {};
  const cleared: string[] = [];
  const problems: FieldProblem[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      cleared.push(key);
      continue;
    }
    const def = defs.get(key);
    if (!def) {
      problems.push({ key, message: `${key}: no such field` });
      continue;
    }
    const problem = problemOf(def, value);
    if (problem) problems.push({ key, message: `${def.label}: ${problem}` });
    else fields[key] = Array.isArray(value) ? [...new Set(value)] : value;
  }
  return { fields, cleared, problems };
}
