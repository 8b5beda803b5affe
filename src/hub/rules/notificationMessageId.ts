import { createHash } from 'node:crypto';
import { uuidv7 } from '../../core';

/**
 * A queued notification's message id. A settled shipment action is told once per automation: its
 * id derives from both (a UUID v8 of a hash), so a reaction run twice is refused as a repeat
 * by notification.queue instead of telling the customer twice. Other triggers get a fresh id.
 */
export function notificationMessageId(shipmentActionId: string | null | undefined, automationId: string, now: number): string {
  if (!shipmentActionId) return uuidv7(now);
  const hex = createHash('sha256').update(`shipment_action.settled:${shipmentActionId}:${automationId}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
