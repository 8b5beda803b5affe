import { Badge } from '@mantine/core';
import type { InvoiceState } from '../../core';

const look: Record<InvoiceState, { color: string; label: string }> = {
  open: { color: 'blue', label: 'open' },
  partially_paid: { color: 'yellow', label: 'part paid' },
  overdue: { color: 'red', label: 'overdue' },
  paid: { color: 'teal', label: 'paid' },
  void: { color: 'gray', label: 'void' },
};

/** An invoice's state as a coloured badge (overdue in red: it is what an agent must notice). */
export function InvoiceStateBadge({ state }: { state: InvoiceState }) {
  return (
    <Badge size="sm" variant="light" color={look[state].color} tt="none" data-testid="invoice-state">
      {look[state].label}
    </Badge>
  );
}
