import { Alert, Anchor, Box, Center, Group, Loader, ScrollArea, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { Dashboard, EntityName } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { CsatTrendChart } from './CsatTrendChart';
import { defaultPeriod, periodInput, presetPeriod, type DashboardPeriod } from './dashboardPeriod';
import { ExceptionsChart } from './ExceptionsChart';
import { formatMetric } from './formatMetric';
import { KpiCards } from './KpiCards';
import { OnTimeChart } from './OnTimeChart';
import { OpenTicketsPanel } from './OpenTicketsPanel';
import { PeriodPicker } from './PeriodPicker';
import { ResponseTimesChart } from './ResponseTimesChart';
import { SegmentsPanel } from './SegmentsPanel';
import { SlaTrendChart } from './SlaTrendChart';
import { scrollRegion } from '../app/scrollRegion';

const panelEntities: EntityName[] = ['tickets', 'csat_responses', 'exceptions', 'shipments', 'teams'];
// Shipments change with every scan; segments re-read on orders and customers only (and on a new period).
const segmentEntities: EntityName[] = ['orders', 'customers'];
const rangeEntities: EntityName[] = [];

/** Nothing counted in the period: no ticket activity, survey, exception or delivery. */
function isEmptyPeriod(d: Dashboard): boolean {
  const sla = d.sla.firstResponse.met + d.sla.firstResponse.missed + d.sla.resolution.met + d.sla.resolution.missed;
  return d.responseTimes.firstResponse.count + d.responseTimes.resolution.count + sla + d.csat.responses + d.exceptions.total + d.delivery.delivered === 0;
}

/** Whose tickets the numbers cover: the one team, the chosen team, or all of an admin's teams. */
function teamLabel(teams: Dashboard['teams'], teamId: string | null): string {
  if (teamId) return teams.find((t) => t.id === teamId)?.name ?? 'one team';
  if (teams.length === 1) return teams[0]!.name;
  return teams.length === 0 ? 'no team tickets yet' : `all ${teams.length} teams`;
}

/** The lead's dashboard: KPIs and trends for a chosen period, read from the local replica (offline too). */
export function DashboardWorkspace() {
  const range = useRelayQuery('dashboard.range', {}, rangeEntities);
  const [period, setPeriod] = useState<DashboardPeriod | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  // The opening period when it is not the last 30 days (old data): said in a note until changed.
  const [openedOn, setOpenedOn] = useState<DashboardPeriod | null>(null);
  // The first period waits for the replica's activity range, so a demo or idle team opens on data.
  useEffect(() => {
    if (period !== null || !range.data) return;
    const first = defaultPeriod(range.data.latest);
    setPeriod(first);
    if (first.preset === 'custom') setOpenedOn(first);
  }, [period, range.data]);

  const input = useMemo(() => (period ? { ...periodInput(period), ...(teamId ? { teamId } : {}) } : null), [period, teamId]);
  const dashboard = useRelayQuery('dashboard.get', input, panelEntities);
  const segments = useRelayQuery('dashboard.segments', input, segmentEntities);
  const data = dashboard.data;
  const latest = range.data?.latest ?? null;

  return (
    <ScrollArea h="100%" w="100%" type="auto" data-testid="dashboard" viewportProps={scrollRegion('Dashboard')}>
      <Stack gap="md" p="md" maw={1400}>
        <Group justify="space-between" wrap="wrap" align="flex-end" gap="xs">
          <Box style={{ minWidth: 0 }}>
            <Title order={1} size="h3">
              Dashboard
            </Title>
            <Text size="sm" c="dimmed" truncate="end">
              {period ? `${formatMetric.day(periodInput(period).from)} – ${formatMetric.day(periodInput(period).to - 1)}` : 'Loading…'}
              {data ? ` · ${teamLabel(data.teams, teamId)}` : ''}
            </Text>
          </Box>
          <Group gap="xs" wrap="nowrap">
            {data && data.teams.length > 1 && (
              <Select
                size="xs"
                w={200}
                aria-label="Team"
                placeholder="All teams"
                clearable
                value={teamId}
                onChange={setTeamId}
                data={data.teams.map((t) => ({ value: t.id, label: t.name }))}
              />
            )}
            {period && <PeriodPicker period={period} onChange={setPeriod} />}
          </Group>
        </Group>

        {openedOn !== null && period === openedOn && latest !== null && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} py="xs" data-testid="dashboard-latest-note">
            <Text size="sm">
              The latest activity in this replica is from {formatMetric.day(latest)}, so the dashboard opened on the 30 days up to it.{' '}
              <Anchor component="button" size="sm" onClick={() => setPeriod(presetPeriod('30'))}>
                Show the last 30 days instead
              </Anchor>
            </Text>
          </Alert>
        )}

        {dashboard.error && (
          <Alert color="red" title="Could not read the dashboard">
            {dashboard.error.message}
          </Alert>
        )}

        {!data ? (
          <Center h={300}>
            <Loader />
          </Center>
        ) : (
          <>
            <KpiCards data={data} />
            {isEmptyPeriod(data) && (
              <Alert color="gray" variant="light" icon={<IconCalendarOff size={18} />} data-testid="dashboard-empty">
                <Text size="sm">
                  Nothing happened in this period: no replies, solved tickets, SLA outcomes, surveys, exceptions or deliveries.
                  {latest !== null && (
                    <>
                      {' '}The latest activity is from {formatMetric.day(latest)}.{' '}
                      <Anchor component="button" size="sm" onClick={() => setPeriod({ ...presetPeriod('30', dayjs(latest)), preset: 'custom' })}>
                        Show the 30 days up to then
                      </Anchor>
                    </>
                  )}
                </Text>
              </Alert>
            )}
            <SimpleGrid cols={2} spacing="md">
              <OpenTicketsPanel data={data.openTickets} />
              <ResponseTimesChart data={data.responseTimes} granularity={data.period.granularity} />
              <SlaTrendChart data={data.sla} granularity={data.period.granularity} />
              <CsatTrendChart data={data.csat} granularity={data.period.granularity} />
              <ExceptionsChart data={data.exceptions} granularity={data.period.granularity} />
              <OnTimeChart data={data.delivery} granularity={data.period.granularity} />
            </SimpleGrid>
            <SegmentsPanel data={segments.data} />
            <Text size="xs" c="dimmed">
              Computed on this computer from the local copy of your teams’ data at {formatMetric.dayTime(data.at)}; it works offline and
              updates as changes sync.
            </Text>
          </>
        )}
      </Stack>
    </ScrollArea>
  );
}
