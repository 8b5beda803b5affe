import type { OrderStatus } from '../domain/logisticsRows';
import type { WarehouseEventType } from '../domain/warehouseEventRow';

/**
 * How far along an order is; warehouse events only ever move it forward. A backorder ranks above
 * picked and packed (part of the order may be picked or packed, the rest waits) and below shipping,
 * so only shipping moves a backordered order on. Terminal states rank above all.
 */
const rank: Record<OrderStatus, number> = {
  pending: 0,
  confirmed: 0,
  picking: 1,
  picked: 2,
  packed: 3,
  backordered: 4,
  partially_shipped: 5,
  shipped: 6,
  delivered: 7,
  cancelled: 99,
  returned: 99,
};

/** The status a warehouse event stands for (a short pick is a pick with lines missing). */
export function statusOfWarehouseEvent(type: WarehouseEventType, partial: boolean): OrderStatus {
  switch (type) {
    case 'backordered':
      return 'backordered';
    case 'short_picked':
    case 'picked':
      return 'picked';
    case 'packed':
      return 'packed';
    case 'shipped':
      return partial ? 'partially_shipped' : 'shipped';
  }
}

/**
 * The order's status after a warehouse event: the event's status when that is further along,
 * else unchanged, so a late "picked" never moves a shipped order back.
 */
export function orderStatusAfter(current: OrderStatus, type: WarehouseEventType, partial: boolean): OrderStatus {
  const next = statusOfWarehouseEvent(type, partial);
  return rank[next] > rank[current] ? next : current;
}

/** True once the order has left the warehouse whole (or is past it): warehouse exceptions no longer apply. */
export function orderShippedComplete(status: OrderStatus): boolean {
  return rank[status] >= rank.shipped;
}
