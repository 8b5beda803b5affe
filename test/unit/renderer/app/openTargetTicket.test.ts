import { describe, expect, it } from 'vitest';
import { openTargetTicket } from '../../../../src/renderer/app/openTargetTicket';

const id = (n: number) => `0190a0c1-5e2f-7a3b-8c4d-${String(n).padStart(12, '0')}`;

describe('openTargetTicket', () => {
  it('opens a ticket link as is', () => {
    expect(openTargetTicket({ kind: 'ticket', id: id(1) }, null)).toEqual({ ticketId: id(1) });
  });

  it("opens a customer's most recent ticket (the list is newest first), or says there is none", () => {
    const tickets = [
      { id: id(10), customerId: id(2) },
      { id: id(11), customerId: id(3) },
      { id: id(12), customerId: id(3) },
    ];
    expect(openTargetTicket({ kind: 'customer', id: id(3) }, tickets)).toEqual({ ticketId: id(11) });
    expect(openTargetTicket({ kind: 'customer', id: id(4) }, tickets)).toEqual({ reason: 'This customer has no tickets on this computer.' });
  });

  it('explains an exception without a ticket', () => {
    expect(openTargetTicket({ kind: 'exception', id: id(5) }, [])).toHaveProperty('reason');
  });
});
