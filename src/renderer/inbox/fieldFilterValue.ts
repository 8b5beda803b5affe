import { checkFieldValues, type FieldDefRow } from '../../core';

/**
 * The typed value an inbox field filter matches for what an agent wrote in a text, number, money
 * or date field's box (a decimal comma accepted), by the same rule the ticket's values obey; null
 * when the box is empty or holds no such value.
 */
export function fieldFilterValue(def: FieldDefRow, text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = def.type === 'number' || def.type === 'money' ? Number(trimmed.replace(',', '.')) : trimmed;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return checkFieldValues(new Map([[def.key, def]]), { [def.key]: value }).problems.length === 0 ? value : null;
}
