import type { ShipmentTrigger } from './ShipmentTrigger';

/** A notification put off by quiet hours: decided again (throttle may have changed) at `until`. */
export interface Deferral {
  trigger: ShipmentTrigger;
  automationId: string;
  until: number;
}
