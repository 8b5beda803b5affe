import { Badge, Menu, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { ticketPrioritySchema, type TicketPriority } from '../../core';
import { ticketLabels } from '../app/ticketLabels';

/** The ticket's priority as a badge that opens a menu to change it. */
// The button never shrinks: squeezed, the badge showed as an empty pill.
export function PriorityMenu({ value, onChange }: { value: TicketPriority; onChange(priority: TicketPriority): void }) {
  return (
    <Menu position="bottom-start" shadow="md" width={150}>
      <Menu.Target>
        <UnstyledButton data-testid="priority-menu" style={{ flexShrink: 0 }}>
          <Badge
            size="sm"
            variant={value === 'urgent' ? 'filled' : value === 'normal' || value === 'low' ? 'default' : 'outline'}
            color={ticketLabels.priorityColor[value]}
            rightSection={<IconChevronDown size={10} />}
            style={{ cursor: 'pointer' }}
          >
            {ticketLabels.priority[value]} priority
          </Badge>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {[...ticketPrioritySchema.options].reverse().map((p) => (
          <Menu.Item key={p} onClick={() => p !== value && onChange(p)} rightSection={p === value ? <IconCheck size={14} /> : null}>
            {ticketLabels.priority[p]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
