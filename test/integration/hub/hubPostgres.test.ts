import { describe, it } from 'vitest';
import { postgresSkipReason } from '../../fixtures/hub/postgresSkipReason';
import { defineHubSuite } from './hubSuite';

const skipReason = postgresSkipReason();
if (skipReason === null) {
  defineHubSuite('postgres');
} else {
  console.warn(`[hub on postgres] skipped: ${skipReason}`);
  describe('hub on postgres', () => {
    it.skip(`skipped: ${skipReason}`, () => {});
  });
}
