/** Placeholders a macro may use; anything else is reported as unknown. */
export const macroPlaceholders = [
  'customer.name',
  'shipment.trackingNumber',
  'shipment.carrier',
  'shipment.eta',
  'order.number',
  'ticket.number',
  /** A carrier request the customer is told about (automation shipment_action.settled). */
  'action.kind',
  'action.date',
  'action.window',
  'action.outcome',
  'action.reason',
  'action.carrierReference',
  /** The agent sending it; automations have none, so it stays visible there (reported missing). */
  'agent.name',
] as const;
export type MacroPlaceholder = (typeof macroPlaceholders)[number];

export interface RenderedMacro {
  text: string;
  /** Placeholders nobody defined (typos): left in the text as written. */
  unknown: string[];
  /** Known placeholders with no value for this recipient: left in the text as written. */
  missing: string[];
}

const known: ReadonlySet<string> = new Set(macroPlaceholders);

/**
 * Fills `{{ path }}` placeholders. Never throws: an unknown or empty placeholder stays visible
 * and is reported, so the caller (or the author previewing it) can decide what to do.
 */
export function renderMacro(template: string, values: Partial<Record<MacroPlaceholder, string | null>>): RenderedMacro {
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const text = template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
    if (!known.has(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name as MacroPlaceholder];
    if (value === null || value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, unknown: [...unknown], missing: [...missing] };
}
