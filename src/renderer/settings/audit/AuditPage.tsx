import { Alert, Button, Group, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import type { AgentRow, AuditEntry } from '../../../core';
import { formatTime } from '../../app/formatTime';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { HubOnlyNotice } from '../HubOnlyNotice';
import { useHubOnline } from '../useHubOnline';
import { AuditEntryDetail } from './AuditEntryDetail';
import { AuditFilters, noAuditFilters, type AuditFilterValues } from './AuditFilters';
import { auditQueryOf } from './auditQueryOf';
import { auditSummary } from './auditSummary';

const PAGE = 50;

/** Who did it: the agent's name, else the system actor the entry names. */
const actorOf = (e: AuditEntry) => e.actorName ?? (typeof e.detail.actor === 'string' ? e.detail.actor : 'system');

/** Settings → Audit log: every change, newest first, filtered and paged on the hub (admins: all; leads: their team's agents). */
export function AuditPage({ agent: me }: { agent: AgentRow }) {
  const online = useHubOnline();
  const [filters, setFilters] = useState<AuditFilterValues>(noAuditFilters);
  const [debounced] = useDebouncedValue(filters, 300);
  // Keyset cursors of the pages before this one: Older pushes, Newer pops.
  const [cursors, setCursors] = useState<Array<{ before: number; beforeId: string }>>([]);
  const [open, setOpen] = useState<string | null>(null);
  const cursor = cursors.at(-1);
  const query = useMemo(() => ({ ...auditQueryOf(debounced, PAGE), ...(cursor ?? {}) }), [debounced, cursor]);
  const page = useRelayQuery('people.auditLog', online ? query : null, []);
  const agents = useRelayQuery('people.agents', online ? {} : null, ['agents']).data ?? [];
  const actors = useMemo(() => agents.map((a) => ({ value: a.id, label: a.name })), [agents]);

  const changeFilters = (next: AuditFilterValues) => {
    setFilters(next);
    setCursors([]);
  };
  const entries = page.data?.entries ?? [];
  const next = page.data?.next ?? null;
  return (
    <Stack gap="md" data-testid="settings-audit">
      <div>
        <Title order={2} fz="h3">
          Audit log
        </Title>
        <Text size="sm" c="dimmed">
          {me.role === 'admin' ? 'Every change, by whom and when.' : 'Changes made by the agents of your team.'} Select an entry to see the record before and after.
        </Text>
      </div>
      {online === false && <HubOnlyNotice what="The audit log is kept" />}
      {online && <AuditFilters values={filters} actors={actors} onChange={changeFilters} />}
      {page.error && online && (
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {page.error.message}
        </Alert>
      )}
      {online && page.loading && <Loader size="sm" />}
      {page.data && (
        <>
          <Table verticalSpacing={6} highlightOnHover aria-label="Audit log" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={28} />
                <Table.Th w={120}>When</Table.Th>
                <Table.Th w={130}>Actor</Table.Th>
                <Table.Th w={180}>Action</Table.Th>
                <Table.Th w={110}>Record</Table.Th>
                <Table.Th>Summary</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const expanded = open === e.id;
                const Chevron = expanded ? IconChevronDown : IconChevronRight;
                const mutation = typeof e.detail.mutation === 'string' && e.detail.mutation !== e.action ? e.detail.mutation : null;
                return (
                  <Fragment key={e.id}>
                    <Table.Tr data-testid="audit-row" onClick={() => setOpen(expanded ? null : e.id)} style={{ cursor: 'pointer' }}>
                      <Table.Td>
                        <UnstyledButton aria-expanded={expanded} aria-label={`Details of ${e.action}`} onClick={(ev) => (ev.stopPropagation(), setOpen(expanded ? null : e.id))}>
                          <Chevron size={14} />
                        </UnstyledButton>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatTime.dayTime(e.at)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{actorOf(e)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {e.action}
                        </Text>
                        {mutation && (
                          <Text size="xs" c="dimmed" ff="monospace">
                            via {mutation}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{e.entity}</Text>
                        <Text size="xs" c="dimmed" ff="monospace" title={e.entityId}>
                          …{e.entityId.slice(-8)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {auditSummary(e)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                    {expanded && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>
                          <AuditEntryDetail entry={e} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
          {entries.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="audit-empty">
              {cursors.length > 0 ? 'No older entries.' : 'No entry matches these filters.'}
            </Text>
          )}
          <Group justify="space-between">
            <Button variant="default" size="xs" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
              Newer
            </Button>
            <Text size="xs" c="dimmed">
              Page {cursors.length + 1}
            </Text>
            <Button variant="default" size="xs" disabled={!next} onClick={() => next && setCursors((c) => [...c, next])}>
              Older
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
