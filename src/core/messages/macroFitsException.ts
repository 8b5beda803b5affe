import type { ExceptionType } from '../logistics/exceptionKinds';

/**
 * What a macro's title says it is about, and the exception types that topic fits. Macros carry
 * no type of their own, so the title decides; a title matching no topic is generic and fits all.
 */
const topics: readonly { pattern: RegExp; fits: readonly ExceptionType[] }[] = [
  { pattern: /\bdelay|\blate\b|new eta/i, fits: ['delay'] },
  { pattern: /customs/i, fits: ['customs_hold'] },
  { pattern: /damage/i, fits: ['damaged'] },
  { pattern: /redeliver|delivery attempt/i, fits: ['failed_delivery', 'address_issue', 'refused'] },
  { pattern: /\blost\b/i, fits: ['lost'] },
  { pattern: /\breturn/i, fits: ['returned', 'refused'] },
  // "Delivered – anything else?" is for a parcel that arrived: no exception fits it.
  { pattern: /\bdelivered\b/i, fits: [] },
];

/** Whether the macro is written for this kind of exception (a delay apology does not fit "No scans"). */
export function macroFitsException(macro: { title: string }, type: ExceptionType): boolean {
  const matched = topics.filter((t) => t.pattern.test(macro.title));
  return matched.length === 0 || matched.some((t) => t.fits.includes(type));
}
