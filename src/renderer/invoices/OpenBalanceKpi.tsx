import { Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CurrencyBalance } from '../../core';
import { fromMinorUnits } from '../../core';
import { formatLogistics } from '../customer/formatLogistics';
import { invoiceMoney } from './invoiceMoney';

// The card is narrow: compact figures ("€138K"), exact ones in the tooltip and the Invoices tab.
const compact = (b: CurrencyBalance, minor: number) => formatLogistics.compactMoney(fromMinorUnits(minor, b.currency), b.currency);

type Card = (props: { label: string; value: ReactNode; hint: string; testId: string }) => ReactNode;

/** What the customer owes (largest currency first; the others in the tooltip), with the overdue part in red. */
export function OpenBalanceKpi({ balance, card: Card }: { balance: CurrencyBalance[]; card: Card }) {
  const [main, ...others] = balance;
  const overdue = main && main.overdueMinor > 0 ? `${compact(main, main.overdueMinor)} overdue` : null;
  const count = balance.reduce((n, b) => n + b.invoices, 0);
  const hint = !main ? 'nothing owed' : (overdue ?? `${count} unpaid ${count === 1 ? 'invoice' : 'invoices'}`) + (others.length > 0 ? ` · +${others.length}` : '');
  const value = main ? <Text component="span" inherit c={main.overdueMinor > 0 ? 'red.7' : undefined}>{compact(main, main.dueMinor)}</Text> : '—';
  return (
    <Tooltip disabled={!main} label={balance.map((b) => `${invoiceMoney(b.dueMinor, b.currency)}${b.overdueMinor > 0 ? ` (${invoiceMoney(b.overdueMinor, b.currency)} overdue)` : ''}`).join(' · ')}>
      <div>
        <Card label="Open balance" value={value} hint={hint} testId="kpi-open-balance" />
      </div>
    </Tooltip>
  );
}
