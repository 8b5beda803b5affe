/** The repeat key of a tracking event: the same shipment, code and time is the same scan sent again. */
export function trackingRepeatKey(shipmentId: string, rawCode: string, occurredAt: number): string {
  return `${shipmentId}\u0000${rawCode}\u0000${occurredAt}`;
}
