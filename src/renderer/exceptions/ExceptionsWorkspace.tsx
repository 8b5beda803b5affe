import { Alert, Box, Button, Center, Group, Loader, ScrollArea, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconCircleCheck, IconMessage2Share, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { ExceptionGroupBy, ExceptionQueueStatus, ExceptionSeverity, ExceptionType } from '../../core';
import { useNavigation } from '../app/navigation/NavigationContext';
import { useListKeys } from '../app/shortcuts/useListKeys';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ExceptionCategoryCounts } from './ExceptionCategoryCounts';
import { ExceptionDetailPanel } from './ExceptionDetailPanel';
import { ExceptionFilterBar, type QueueFilters } from './ExceptionFilterBar';
import { exceptionSearchId } from './exceptionSearchId';
import { ExceptionTable } from './ExceptionTable';
import { NotifyCustomersModal } from './NotifyCustomersModal';

const listRefreshOn = ['exceptions', 'shipments', 'customers', 'tickets', 'agents'] as const;
const noFilters: QueueFilters = { carriers: [], lane: null, ages: [], assignee: 'any', search: '' };
const statusViews: { value: ExceptionQueueStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'open', label: 'Open' },
  { value: 'acknowledged', label: 'Acknowledged' },
  { value: 'resolved', label: 'Resolved' },
];

/** The team's live exception queue: counts, filters, grouped table with bulk notify, and the open exception. */
export function ExceptionsWorkspace() {
  const navigation = useNavigation();
  const session = useRelayQuery('session.get', {}, ['agents']);
  const me = session.data?.agent ?? null;
  const [status, setStatus] = useState<ExceptionQueueStatus>('active');
  const [types, setTypes] = useState<ExceptionType[]>([]);
  const [severities, setSeverities] = useState<ExceptionSeverity[]>([]);
  const [filters, setFilters] = useState<QueueFilters>(noFilters);
  const [groupBy, setGroupBy] = useState<ExceptionGroupBy>('severity');
  const [teamId, setTeamId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notifyIds, setNotifyIds] = useState<string[] | null>(null);
  // Ages and "3 h ago" move with the clock, not only with data.
  const [now, setNow] = useState(() => Date.now());
  const ticker = useInterval(() => setNow(Date.now()), 60_000);
  useEffect(() => {
    ticker.start();
    return ticker.stop;
  }, [ticker]);

  const input = { status, types, severities, ...filters, teamId, groupBy, sort: 'severity' as const };
  const list = useRelayQuery('exceptions.list', input, listRefreshOn);
  const counts = useRelayQuery('exceptions.counts', { status, teamId }, ['exceptions', 'shipments']);
  // The open exception: follows navigation (row clicks, deep links, notifications, closing).
  const openId = navigation.exceptionId;
  const cursorId = useListKeys({ rows: '[data-testid="exception-row"]', searchId: exceptionSearchId, openId, onOpen: navigation.openException });

  const items = list.data?.items;
  // Selection follows the queue: rows that left it (resolved elsewhere, filtered out) drop out.
  const shown = useMemo(() => new Set(items?.map((i) => i.id)), [items]);
  const selection = [...selected].filter((id) => shown.has(id));
  const filtered = types.length + severities.length + filters.carriers.length + filters.ages.length > 0 || filters.lane !== null || filters.assignee !== 'any' || filters.search !== '';
  const statusCount = new Map(counts.data?.byStatus.map((c) => [c.key, c.count]));
  const countOf = (v: ExceptionQueueStatus) => (v === 'active' ? (statusCount.get('open') ?? 0) + (statusCount.get('acknowledged') ?? 0) : (statusCount.get(v) ?? 0));

  function select(ids: string[], on: boolean) {
    setSelected((prev) => {
      const next = new Set([...prev].filter((id) => shown.has(id)));
      for (const id of ids) if (on) next.add(id); else next.delete(id);
      return next;
    });
  }
  const openSelected = (items ?? []).filter((i) => i.status === 'open' && selected.has(i.id)).map((i) => i.id);
  async function acknowledgeSelected() {
    const failures: string[] = [];
    for (const id of openSelected) {
      const reply = await relay().invoke('exception.update', { action: 'acknowledge', id });
      if (!reply.ok) failures.push(reply.error.message);
    }
    if (failures.length > 0) notifications.show({ color: 'red', title: `${failures.length} could not be acknowledged`, message: failures[0] });
  }
  function clearFilters() {
    setTypes([]);
    setSeverities([]);
    setFilters(noFilters);
  }

  return (
    <Box flex={1} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 }} data-testid="exceptions-workspace">
      <Stack gap={8} px="md" pt="sm" pb={8} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              Exceptions
            </Title>
            <SegmentedControl
              size="xs"
              value={status}
              onChange={(v) => setStatus(v as ExceptionQueueStatus)}
              data={statusViews.map((s) => ({ value: s.value, label: `${s.label} ${counts.data ? countOf(s.value) : ''}` }))}
              data-testid="exception-status"
            />
          </Group>
          {me?.role === 'admin' && <TeamPicker value={teamId} onChange={setTeamId} />}
        </Group>
        <ExceptionCategoryCounts counts={counts.data} types={types} severities={severities} onTypes={setTypes} onSeverities={setSeverities} />
        <ExceptionFilterBar counts={counts.data} filters={filters} groupBy={groupBy} active={filtered} onChange={setFilters} onGroupBy={setGroupBy} onClear={clearFilters} />
      </Stack>
      {selection.length > 0 && (
        <Group gap="sm" px="md" py={6} bg="var(--mantine-primary-color-light)" data-testid="bulk-bar">
          <Text size="sm" fw={600}>
            {selection.length} selected
          </Text>
          <Button size="xs" leftSection={<IconMessage2Share size={14} />} onClick={() => setNotifyIds(selection)}>
            Notify customers…
          </Button>
          {openSelected.length > 0 && (
            <Button size="xs" variant="default" leftSection={<IconCheck size={14} />} onClick={() => void acknowledgeSelected()}>
              Acknowledge {openSelected.length} open
            </Button>
          )}
          <Button size="xs" variant="subtle" leftSection={<IconX size={14} />} onClick={() => setSelected(new Set())}>
            Clear selection
          </Button>
        </Group>
      )}
      <Box flex={1} style={{ display: 'flex', minHeight: 0 }}>
        <Box flex={1} miw={0} style={{ display: 'flex', flexDirection: 'column' }}>
          {list.error ? (
            <Alert m="md" color="red" icon={<IconAlertTriangle />} title="Could not load the queue">
              {list.error.message}
            </Alert>
          ) : !items ? (
            <Center flex={1}>
              <Loader size="sm" />
            </Center>
          ) : items.length === 0 ? (
            <Center flex={1} data-testid="exceptions-empty">
              <Stack align="center" gap={4}>
                <IconCircleCheck size={32} color="var(--mantine-color-green-6)" />
                <Text fw={500}>{filtered ? 'No exceptions match these filters' : status === 'resolved' ? 'Nothing resolved yet' : 'The queue is clear'}</Text>
                {filtered && (
                  <Button size="xs" variant="subtle" onClick={clearFilters}>
                    Clear filters
                  </Button>
                )}
              </Stack>
            </Center>
          ) : (
            <ScrollArea flex={1} type="auto">
              <ExceptionTable
                items={items}
                groupBy={groupBy}
                selected={new Set(selection)}
                openId={openId}
                cursorId={cursorId}
                compact={openId !== null}
                now={now}
                onSelect={select}
                onOpen={navigation.openException}
              />
              {list.data && list.data.total > items.length && (
                <Text size="xs" c="dimmed" ta="center" py="xs">
                  Showing the first {items.length} of {list.data.total}; narrow the filters to see the rest.
                </Text>
              )}
            </ScrollArea>
          )}
        </Box>
        {openId && me && (
          <Box w={400} style={{ flexShrink: 0, borderLeft: '1px solid var(--mantine-color-default-border)' }}>
            <ExceptionDetailPanel key={openId} id={openId} me={me} onClose={() => navigation.openException(null)} onNotify={setNotifyIds} />
          </Box>
        )}
      </Box>
      {notifyIds && (
        <NotifyCustomersModal
          ids={notifyIds}
          customerNames={[...new Set((items ?? []).filter((i) => notifyIds.includes(i.id)).map((i) => i.customerName))]}
          onClose={() => setNotifyIds(null)}
          onDone={() => setSelected(new Set())}
        />
      )}
    </Box>
  );
}

/** Admins see every team's queue; this narrows it to one. */
function TeamPicker({ value, onChange }: { value: string | null; onChange(id: string | null): void }) {
  const teams = useRelayQuery('exceptions.teams', {}, ['teams']);
  return (
    <Select
      size="xs"
      w={180}
      placeholder="All teams"
      aria-label="Team"
      data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
      value={value}
      onChange={onChange}
      clearable
    />
  );
}
