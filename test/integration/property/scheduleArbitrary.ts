import fc from 'fast-check';

export type AssigneeChoice = 'priya' | 'maya' | 'tom' | 'nobody';
export type StatusChoice = 'open' | 'pending' | 'solved' | 'closed';

/** One step of a schedule; `core` and `ticket` are indexes, taken modulo what exists. */
export type Op =
  | { kind: 'send'; core: number; ticket: number; note: boolean }
  | { kind: 'update'; core: number; ticket: number; status: StatusChoice | null; assignee: AssigneeChoice | null }
  | { kind: 'cut'; core: number }
  | { kind: 'restore'; core: number }
  | { kind: 'restartCore'; core: number }
  | { kind: 'stopHub' }
  | { kind: 'startHub' }
  | { kind: 'settle'; core: number }
  /** The desktop's hub node dies; it reconnects to the other node (two-node worlds only). */
  | { kind: 'failover'; core: number }
  /** The desktop signs in as the other account (its unsent changes are parked for their owner). */
  | { kind: 'switchAccount'; core: number }
  | { kind: 'pause'; ms: number };

export interface Schedule {
  /** Tickets the hub opens for this schedule before the steps run. */
  tickets: number;
  ops: Op[];
}

const core = fc.nat({ max: 2 });
const ticket = fc.nat({ max: 2 });

export interface ScheduleSteps {
  /** Hub-node failover steps (only where there are two nodes). */
  failover?: boolean;
  /** Account switches on a desktop. */
  switches?: boolean;
}

/**
 * Random schedules: mostly writes and link cuts, now and then a core or hub restart (the hub
 * restart costs ~0.5 s, so it is the rarest step), with `steps`, account switches and node
 * failovers. Closing a ticket one core still writes to is what makes the hub refuse changes.
 */
export function scheduleArbitrary(steps: ScheduleSteps = {}): fc.Arbitrary<Schedule> {
  const weighted: fc.WeightedArbitrary<Op>[] = [
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('send' as const), core, ticket, note: fc.boolean() }) },
    {
      weight: 14,
      arbitrary: fc.record({
        kind: fc.constant('update' as const),
        core,
        ticket,
        status: fc.option(fc.constantFrom<StatusChoice>('open', 'pending', 'solved', 'closed'), { nil: null }),
        assignee: fc.option(fc.constantFrom<AssigneeChoice>('priya', 'maya', 'tom', 'nobody'), { nil: null }),
      }),
    },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('cut' as const), core }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('restore' as const), core }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('restartCore' as const), core }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('stopHub' as const) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('startHub' as const) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('settle' as const), core }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 25 }) }) },
  ];
  if (steps.failover) weighted.push({ weight: 3, arbitrary: fc.record({ kind: fc.constant('failover' as const), core }) });
  if (steps.switches) weighted.push({ weight: 3, arbitrary: fc.record({ kind: fc.constant('switchAccount' as const), core }) });
  return fc.record({ tickets: fc.integer({ min: 1, max: 2 }), ops: fc.array(fc.oneof(...weighted), { minLength: 2, maxLength: 14 }) });
}
