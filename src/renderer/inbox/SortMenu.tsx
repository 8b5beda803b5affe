import { Button, Menu, Text } from '@mantine/core';
import { IconArrowsSort, IconCheck } from '@tabler/icons-react';
import { ticketSortSchema, type TicketSort } from '../../core';

const labels: Record<TicketSort, string> = { newest: 'Newest', oldest: 'Oldest', priority: 'Priority', sla_due: 'SLA due' };
const hints: Record<TicketSort, string> = {
  newest: 'Latest activity first',
  oldest: 'Longest untouched first',
  priority: 'Urgent first, then newest',
  sla_due: 'Due soonest first',
};

/** How the list is ordered: a small menu in the list header. */
export function SortMenu({ value, onChange }: { value: TicketSort; onChange(sort: TicketSort): void }) {
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconArrowsSort size={13} />} aria-label={`Sort: ${labels[value]}`}>
          {labels[value]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Sort by</Menu.Label>
        {ticketSortSchema.options.map((s) => (
          <Menu.Item key={s} onClick={() => onChange(s)} rightSection={s === value ? <IconCheck size={14} /> : null}>
            <Text size="sm">{labels[s]}</Text>
            <Text size="xs" c="dimmed">
              {hints[s]}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
