import { Button, CloseButton, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ticketPrioritySchema, ticketStatusSchema, type AgentRow, type BulkTicketChange } from '../../../core';
import { ticketLabels } from '../../app/ticketLabels';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { BulkMovePopover } from './BulkMovePopover';
import { BulkTagPopover } from './BulkTagPopover';

const optionsInput = { customerId: null };
const refreshOn = ['teams', 'tag_defs'] as const;

interface Props {
  count: number;
  me: AgentRow;
  busy: boolean;
  onChange(change: BulkTicketChange, label: string): void;
  onClear(): void;
}

function ActionMenu({ label, children, busy }: { label: string; children: ReactNode; busy: boolean }) {
  return (
    <Menu position="bottom-start" shadow="md" width={170}>
      <Menu.Target>
        <Button size="compact-xs" variant="default" rightSection={<IconChevronDown size={12} />} disabled={busy} aria-label={`Bulk ${label.toLowerCase()}`}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

/** What to do with the selected tickets: assign, status, priority, tag, move to another team. */
export function BulkActionBar({ count, me, busy, onChange, onClear }: Props) {
  const options = useRelayQuery('newTicket.options', optionsInput, refreshOn).data;
  const tags = [...new Set([...(options?.tagDefs.map((d) => d.name) ?? []), ...(options?.usedTags ?? [])])];
  return (
    <Group gap={6} px="sm" py={6} wrap="wrap" data-testid="bulk-bar" style={{ borderBottom: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-primary-color-light)' }}>
      <Text size="sm" fw={600} mr={4} data-testid="bulk-count">
        {count} selected
      </Text>
      <ActionMenu label="Assign" busy={busy}>
        <Menu.Item onClick={() => onChange({ field: 'assigneeId', value: me.id }, 'Assigned to you')}>Assign to me</Menu.Item>
        <Menu.Item onClick={() => onChange({ field: 'assigneeId', value: null }, 'Unassigned')}>Unassign</Menu.Item>
      </ActionMenu>
      <ActionMenu label="Status" busy={busy}>
        {ticketStatusSchema.options.map((s) => (
          <Menu.Item key={s} onClick={() => onChange({ field: 'status', value: s }, `Status set to ${ticketLabels.status[s]}`)}>
            {ticketLabels.status[s]}
          </Menu.Item>
        ))}
      </ActionMenu>
      <ActionMenu label="Priority" busy={busy}>
        {[...ticketPrioritySchema.options].reverse().map((p) => (
          <Menu.Item key={p} onClick={() => onChange({ field: 'priority', value: p }, `Priority set to ${ticketLabels.priority[p]}`)}>
            {ticketLabels.priority[p]}
          </Menu.Item>
        ))}
      </ActionMenu>
      <BulkTagPopover tags={tags} busy={busy} onTag={(tag) => onChange({ field: 'tag', value: tag }, `Tagged “${tag}”`)} />
      <BulkMovePopover
        teams={options?.teams ?? []}
        count={count}
        busy={busy}
        onMove={(teamId, teamName, note) => onChange({ field: 'teamId', value: teamId, note }, `Moved to ${teamName}`)}
      />
      <CloseButton ml="auto" size="sm" aria-label="Clear selection" title="Clear selection (Esc)" onClick={onClear} />
    </Group>
  );
}
