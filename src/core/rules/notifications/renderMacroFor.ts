import type { CustomerRow } from '../../domain/rows';
import { macroValues, type MacroSubjects } from './macroValues';
import { renderMacro, type RenderedMacro } from './renderMacro';

/** A macro rendered for one customer: their language, their zone's clock (UTC when they set none). */
export function renderMacroFor(template: string, subjects: MacroSubjects & { customer: CustomerRow }): RenderedMacro {
  const { preferences } = subjects.customer;
  return renderMacro(template, macroValues(subjects, { language: preferences.language, timeZone: preferences.quietHours?.timeZone ?? 'UTC' }));
}
