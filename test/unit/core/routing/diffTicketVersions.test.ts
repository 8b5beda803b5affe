import { describe, expect, it } from 'vitest';
import { diffTicketVersions, uuidv7, type HistoryNames, type TicketRow } from '../../../../src/core';
import { coreFixtures } from '../fixtures';

const names = (map: Record<string, string>): HistoryNames => {
  const name = (id: string): string => map[id] ?? 'unknown';
  return { agent: name, team: name, ticket: name, order: name, shipment: name, field: (key) => map[key] ?? key };
};

describe('diffTicketVersions', () => {
  it('turns consecutive versions into who-changed-what lines, skipping clocks', () => {
    const f = coreFixtures();
    const priya = uuidv7();
    const target = uuidv7();
    const v1: TicketRow = { ...f.ticket, priority: 'normal' };
    const v2: TicketRow = { ...v1, priority: 'high', assigneeId: priya, updatedAt: v1.updatedAt + 5, lastMessageAt: v1.lastMessageAt + 5 };
    const v3: TicketRow = { ...v2, teamId: f.teamB.id, assigneeId: null, updatedAt: v2.updatedAt + 5 };
    const v4: TicketRow = { ...v3, status: 'closed', mergedIntoId: target, updatedAt: v3.updatedAt + 5 };
    const v5 = { ...v4, tags: ['vip', 'customs'] } as TicketRow;
    const lines = diffTicketVersions(
      [
        { at: 1, actor: 'Relay', row: v1 },
        { at: 2, actor: 'Priya Nair', row: v2 },
        { at: 3, actor: 'Priya Nair', row: v3 },
        { at: 4, actor: 'Maya Okafor', row: v4 },
        { at: 5, actor: 'Maya Okafor', row: v5 },
      ],
      names({ [priya]: 'Priya Nair', [f.teamA.id]: 'Parcel Support', [f.teamB.id]: 'Freight Desk', [target]: '#1001' }),
    );
    // Within one version the order follows the row's columns; across versions it follows time.
    expect(lines.map((l) => `${l.at} ${l.text}`).sort()).toEqual([
      `${v1.createdAt} Relay opened the ticket`,
      '2 Priya Nair assigned it to Priya Nair',
      '2 Priya Nair changed priority normal → high',
      '3 Priya Nair moved it from Parcel Support to Freight Desk',
      '3 Priya Nair unassigned Priya Nair',
      `4 Maya Okafor changed status ${v3.status} → closed`,
      '4 Maya Okafor merged it into #1001',
      '5 Maya Okafor added tags vip, customs',
    ].sort());
    expect(lines.find((l) => l.field === 'priority')).toMatchObject({ at: 2, field: 'priority', from: 'normal', to: 'high' });
  });

  it('says which tags were added or removed, and which custom field changed, one line each', () => {
    const f = coreFixtures();
    const v1: TicketRow = { ...f.ticket, tags: ['vip', 'claim'], fields: { pro_number: 'PRO-1' } };
    const v2: TicketRow = { ...v1, tags: ['vip', 'damaged'], fields: { pro_number: 'PRO-2', claim_amount: 120 } };
    const v3: TicketRow = { ...v2, fields: { claim_amount: 120 } };
    const lines = diffTicketVersions(
      [
        { at: 1, actor: 'Relay', row: v1 },
        { at: 2, actor: 'Lena', row: v2 },
        { at: 3, actor: 'Lena', row: v3 },
      ],
      names({ pro_number: 'PRO number' }),
    );
    expect(lines.slice(1).map((l) => `${l.at} ${l.text}`)).toEqual([
      '2 Lena added tag damaged',
      '2 Lena removed tag claim',
      '2 Lena changed PRO number PRO-1 → PRO-2',
      '2 Lena set claim_amount to 120',
      '3 Lena cleared PRO number (was PRO-2)',
    ]);
  });
});
