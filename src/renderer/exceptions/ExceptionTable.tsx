import { Badge, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { Fragment, useEffect, useRef } from 'react';
import { exceptionLabels, type ExceptionGroupBy, type ExceptionListItem, type ExceptionSeverity, type ExceptionType } from '../../core';
import { formatTime } from '../app/formatTime';
import { exceptionAgeText } from './exceptionAgeText';
import { ExceptionStatusBadge } from './ExceptionStatusBadge';
import { exceptionUi } from './exceptionUi';
import { SeverityBadge } from './SeverityBadge';

interface Props {
  items: ExceptionListItem[];
  groupBy: ExceptionGroupBy;
  selected: ReadonlySet<string>;
  openId: string | null;
  /** The keyboard cursor's row (j/k). */
  cursorId: string | null;
  /** The detail panel is open: fewer, wider columns. */
  compact: boolean;
  now: number;
  onSelect(ids: string[], on: boolean): void;
  onOpen(id: string): void;
}

function groupLabel(groupBy: ExceptionGroupBy, key: string): string {
  if (groupBy === 'type') return exceptionLabels.type[key as ExceptionType] ?? key;
  if (groupBy === 'severity') return exceptionLabels.severity[key as ExceptionSeverity] ?? key;
  if (groupBy === 'age') return exceptionUi.ageLabel[key as keyof typeof exceptionUi.ageLabel] ?? key;
  return key;
}

/** The queue as a table with selection checkboxes; grouped rows get a header row that selects the group. */
export function ExceptionTable({ items, groupBy, selected, openId, cursorId, compact, now, onSelect, onOpen }: Props) {
  const groups: { key: string; rows: ExceptionListItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.key === item.group) last.rows.push(item);
    else groups.push({ key: item.group, rows: [item] });
  }
  // An exception opened from elsewhere (notification, deep link) is scrolled into view once.
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (openId) table.current?.querySelector(`[data-id="${openId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [openId]);
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const someSelected = items.some((i) => selected.has(i.id));
  const columns = compact ? 5 : 8;

  return (
    <Table ref={table} stickyHeader highlightOnHover verticalSpacing={6} fz="sm" data-testid="exception-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36}>
            <Checkbox
              size="xs"
              aria-label="Select all shown"
              checked={allSelected}
              indeterminate={someSelected && !allSelected}
              onChange={() => onSelect(items.map((i) => i.id), !allSelected)}
            />
          </Table.Th>
          <Table.Th w={compact ? 116 : 104}>Severity</Table.Th>
          {!compact && <Table.Th w={120}>Type</Table.Th>}
          <Table.Th>Customer · shipment</Table.Th>
          {!compact && <Table.Th w={170}>Lane</Table.Th>}
          <Table.Th w={compact ? 64 : 76}>Age</Table.Th>
          <Table.Th w={150}>Status</Table.Th>
          {!compact && <Table.Th w={90}>Ticket</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((group) => {
          const groupSelected = group.rows.every((r) => selected.has(r.id));
          return (
            <Fragment key={group.key || 'all'}>
              {groupBy !== 'none' && (
                <Table.Tr bg="var(--mantine-color-default-hover)" data-testid="exception-group">
                  <Table.Td>
                    <Checkbox size="xs" aria-label={`Select ${groupLabel(groupBy, group.key)}`} checked={groupSelected} onChange={() => onSelect(group.rows.map((r) => r.id), !groupSelected)} />
                  </Table.Td>
                  <Table.Td colSpan={columns - 1}>
                    <Text size="sm" fw={600}>
                      {groupLabel(groupBy, group.key)}{' '}
                      <Text span c="dimmed" size="sm" fw={400}>
                        · {group.rows.length}
                      </Text>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {group.rows.map((e) => (
                <Table.Tr
                  key={e.id}
                  onClick={() => onOpen(e.id)}
                  bg={e.id === openId ? 'var(--mantine-primary-color-light)' : e.id === cursorId ? 'var(--mantine-color-default-hover)' : undefined}
                  style={{ cursor: 'pointer' }}
                  data-testid="exception-row"
                  data-id={e.id}
                  data-row-id={e.id}
                  data-cursor={e.id === cursorId ? 'true' : undefined}
                  data-status={e.status}
                  data-severity={e.severity}
                  aria-selected={e.id === openId}
                >
                  <Table.Td onClick={(ev) => ev.stopPropagation()}>
                    <Checkbox size="xs" aria-label={`Select ${e.customerName}`} checked={selected.has(e.id)} onChange={() => onSelect([e.id], !selected.has(e.id))} />
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={e.severity} />
                    {compact && (
                      <Text size="xs" mt={2}>
                        {exceptionLabels.type[e.type]}
                      </Text>
                    )}
                  </Table.Td>
                  {!compact && <Table.Td>{exceptionLabels.type[e.type]}</Table.Td>}
                  <Table.Td style={{ maxWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {e.customerName}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {e.shipmentId === null && e.orderNumber ? `Order ${e.orderNumber}` : `${e.carrier ?? 'Unknown carrier'} · ${e.trackingNumber ?? '—'}`}
                    </Text>
                  </Table.Td>
                  {!compact && (
                    <Table.Td style={{ maxWidth: 0 }}>
                      <Text size="xs" truncate title={`${e.origin ?? '?'} → ${e.destination ?? '?'}`}>
                        {e.origin ?? '?'}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        → {e.destination ?? '?'}
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Tooltip label={`Detected ${formatTime.dayTime(e.detectedAt)}`}>
                      <Text size="sm" data-testid="exception-age">
                        {exceptionAgeText(e.detectedAt, now)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <ExceptionStatusBadge status={e.status} />
                    <Group gap={4} mt={2} wrap="nowrap">
                      {e.assigneeName ? (
                        <Text size="xs" c="dimmed" truncate>
                          <IconUser size={11} /> {e.assigneeName}
                        </Text>
                      ) : (
                        e.status !== 'resolved' && (
                          <Text size="xs" c="dimmed">
                            Unassigned
                          </Text>
                        )
                      )}
                    </Group>
                  </Table.Td>
                  {!compact && (
                    <Table.Td>
                      {e.ticketNumber !== null ? (
                        <Badge size="sm" variant="default" title="Linked ticket">
                          #{e.ticketNumber}
                        </Badge>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {e.ticketId ? 'linked' : '—'}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
