/** How a carrier request ended: the final states a customer may be told about. */
export const shipmentActionOutcomes = ['accepted', 'refused', 'failed'] as const;
export type ShipmentActionOutcome = (typeof shipmentActionOutcomes)[number];
