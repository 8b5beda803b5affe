import type { Section } from '../app/navigation/Section';

/** The "go to" actions of the palette, matched against what the agent types. */
export const paletteActions: { section: Section; label: string; keywords: string }[] = [
  { section: 'inbox', label: 'Go to Inbox', keywords: 'inbox tickets queue' },
  { section: 'customers', label: 'Go to Customers', keywords: 'customers accounts 360' },
  { section: 'exceptions', label: 'Go to Exceptions', keywords: 'exceptions shipments delays queue' },
  { section: 'knowledge', label: 'Go to Knowledge', keywords: 'knowledge articles help kb' },
  { section: 'dashboard', label: 'Go to Dashboard', keywords: 'dashboard kpi reports metrics' },
  { section: 'settings', label: 'Go to Settings', keywords: 'settings profile agents teams sla macros automations fields tags audit admin' },
];
