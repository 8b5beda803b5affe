import type { AutomationConfig, NotificationEvent } from './AutomationConfig';

/**
 * The macro an automation sends for an event: a settled shipment action picks the macro of its
 * outcome (null when the automation tells nothing about that outcome); every other trigger has one.
 */
export function automationMacroId(automation: Pick<AutomationConfig, 'macroId' | 'macroByOutcome'>, event: Pick<NotificationEvent, 'trigger' | 'outcome'>): string | null {
  if (event.trigger !== 'shipment_action.settled') return automation.macroId;
  if (!event.outcome) return null;
  return automation.macroByOutcome?.[event.outcome] ?? null;
}
