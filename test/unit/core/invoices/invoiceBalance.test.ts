import { describe, expect, it } from 'vitest';
import { currencyDigits, fromMinorUnits, invoiceState, openBalance, type InvoiceRow } from '../../../../src/core';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 7, 12, 0);
const inv = (over: Partial<InvoiceRow>): Pick<InvoiceRow, 'status' | 'dueAt' | 'currency' | 'amountMinor' | 'paidMinor'> => ({
  status: 'open',
  dueAt: now + 10 * DAY,
  currency: 'EUR',
  amountMinor: 10_000,
  paidMinor: 0,
  ...over,
});

describe('invoice state and open balance (core)', () => {
  it('reads overdue from the due date for unpaid invoices only', () => {
    expect(invoiceState(inv({ dueAt: now - 1 }), now)).toBe('overdue');
    expect(invoiceState(inv({ status: 'partially_paid', dueAt: now - DAY }), now)).toBe('overdue');
    expect(invoiceState(inv({ dueAt: now + 1 }), now)).toBe('open');
    expect(invoiceState(inv({ status: 'paid', dueAt: now - 30 * DAY }), now)).toBe('paid');
    expect(invoiceState(inv({ status: 'void', dueAt: now - 30 * DAY }), now)).toBe('void');
  });

  it('sums what is still owed per currency, never mixing currencies, with the overdue part', () => {
    const balance = openBalance(
      [
        inv({ amountMinor: 125_000 }),
        inv({ amountMinor: 40_000, paidMinor: 15_000, status: 'partially_paid', dueAt: now - DAY }),
        inv({ amountMinor: 99_999, status: 'paid', paidMinor: 99_999 }),
        inv({ amountMinor: 77_777, status: 'void' }),
        inv({ currency: 'USD', amountMinor: 5_000, dueAt: now - 3 * DAY }),
      ],
      now,
    );
    expect(balance).toEqual([
      { currency: 'EUR', dueMinor: 150_000, overdueMinor: 25_000, invoices: 2 },
      { currency: 'USD', dueMinor: 5_000, overdueMinor: 5_000, invoices: 1 },
    ]);
    expect(openBalance([inv({ status: 'paid', paidMinor: 10_000 })], now)).toEqual([]);
  });

  it('turns minor units into amounts with the currency’s own decimals', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(fromMinorUnits(125_050, 'EUR')).toBe(1250.5);
    expect(fromMinorUnits(1200, 'JPY')).toBe(1200);
  });
});
