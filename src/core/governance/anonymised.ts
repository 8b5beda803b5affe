import type { EntityRowMap } from '../domain/entities';
import { redactionPatch, type RedactedEntity } from './redactionPatch';

/** The row with its customer text overwritten (redactionPatch); ids, links, times and states stay. */
export function anonymised<E extends RedactedEntity>(entity: E, row: EntityRowMap[E]): EntityRowMap[E] {
  return { ...row, ...redactionPatch(entity) } as EntityRowMap[E];
}
