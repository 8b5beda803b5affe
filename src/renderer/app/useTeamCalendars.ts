import type { TeamCalendarItem } from '../../core';
import { relay } from '../bridge/relay';
import { sharedReplicaRead } from '../bridge/sharedReplicaRead';

// Equal reads keep the map's identity, so core's per-calendar cache holds between loads.
const sameTeams = (a: ReadonlyMap<string, TeamCalendarItem>, b: ReadonlyMap<string, TeamCalendarItem>) =>
  JSON.stringify([...a.values()]) === JSON.stringify([...b.values()]);

/** Every team with its business calendar (null = around the clock), by id, as the replica holds them. */
export const useTeamCalendars = sharedReplicaRead<ReadonlyMap<string, TeamCalendarItem>>({
  initial: new Map(),
  entities: ['teams'],
  read: async () => {
    const reply = await relay().invoke('teams.calendars', {});
    return reply.ok ? new Map(reply.data.map((t) => [t.id, t])) : null;
  },
  same: sameTeams,
});
