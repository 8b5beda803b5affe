import { slaAtRiskSetting } from '../../core';
import { relay } from '../bridge/relay';
import { sharedReplicaRead } from '../bridge/sharedReplicaRead';

/** The lead's SLA at-risk threshold (ms) as the replica holds it; the default hour until it has loaded. */
export const useSlaAtRiskMs = sharedReplicaRead<number>({
  initial: slaAtRiskSetting.defaultMinutes * 60_000,
  entities: ['automations'],
  read: async () => {
    const reply = await relay().invoke('tickets.slaAtRisk', {});
    return reply.ok ? reply.data.withinMs : null;
  },
  same: (a, b) => a === b,
});
