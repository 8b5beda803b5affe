import { Alert, Box, Card, Center, Group, Loader, ScrollArea, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconCloudOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { reportCsv, type EntityName, type ReportAnswer, type ReportKind } from '../../core';
import { scrollRegion } from '../app/scrollRegion';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { formatMetric } from '../dashboard/formatMetric';
import { ExportCsvButton } from './ExportCsvButton';
import { ReportChart } from './ReportChart';
import { reportPeriodRange, reportPresetPeriod, type ReportPeriod } from './reportPeriod';
import { ReportPeriodPicker } from './ReportPeriodPicker';
import { ReportTable } from './ReportTable';
import { reportTableColumns } from './reportTableColumns';

const kinds: { value: ReportKind; label: string; description: string }[] = [
  { value: 'agents', label: 'Agents', description: 'Replies sent, tickets solved, median first response and CSAT of each agent’s tickets in the period.' },
  { value: 'carriers', label: 'Carriers', description: 'Shipments created, on-time delivery (delivered by the promised date), exceptions per 1,000 shipments and the median delay of late deliveries.' },
  { value: 'lanes', label: 'Lanes', description: 'The same per origin → destination, as the shipments carry them.' },
  { value: 'tags', label: 'Reasons by tag', description: 'Tickets created in the period per tag, and their share of all tickets created.' },
  { value: 'fields', label: 'Reasons by field', description: 'Tickets created in the period per value of each select field (a multi-select counts under each choice).' },
];
const entities: EntityName[] = ['tickets', 'messages', 'csat_responses', 'shipments', 'exceptions', 'field_defs'];
const noEntities: EntityName[] = ['teams'];

function emptyMessage(kind: ReportKind): string {
  if (kind === 'tags') return 'No ticket created in this period has a tag.';
  if (kind === 'fields') return 'No ticket created in this period has a value in a select field (tag reasons may say more).';
  if (kind === 'agents') return 'No agent replied, solved or was rated in this period.';
  return 'No shipment was created or delivered, and no exception detected, in this period.';
}

function ReportBody({ answer }: { answer: ReportAnswer }) {
  const label = kinds.find((k) => k.value === answer.kind)?.label ?? answer.kind;
  const table = (() => {
    switch (answer.kind) {
      case 'agents':
        return <ReportTable label={label} columns={reportTableColumns.agents} rows={answer.rows} />;
      case 'carriers':
        return <ReportTable label={label} columns={reportTableColumns.carriers} rows={answer.rows} />;
      case 'lanes':
        return <ReportTable label={label} columns={reportTableColumns.lanes} rows={answer.rows} />;
      case 'tags':
        return <ReportTable label={label} columns={reportTableColumns.tags} rows={answer.rows} />;
      case 'fields':
        return <ReportTable label={label} columns={reportTableColumns.fields} rows={answer.rows} />;
    }
  })();
  return (
    <>
      <ReportChart answer={answer} />
      <Card withBorder padding="md" radius="md">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{label}</Text>
          <ExportCsvButton label="table" testId="report-table-export" build={() => reportCsv(answer)} />
        </Group>
        {table}
      </Card>
    </>
  );
}

/** Reports for leads: per agent, carrier, lane and contact reason, any period (older than the replica's window via the hub). */
export function ReportsWorkspace() {
  const [kind, setKind] = useState<ReportKind>('agents');
  const [period, setPeriod] = useState<ReportPeriod>(() => reportPresetPeriod('30'));
  const [teamId, setTeamId] = useState<string | null>(null);
  const teams = useRelayQuery('reports.teams', {}, noEntities);
  const input = useMemo(() => ({ kind, ...reportPeriodRange(period), ...(teamId ? { teamId } : {}) }), [kind, period, teamId]);
  const report = useRelayQuery('reports.get', input, entities);
  // The last answer stays on screen while a new one loads, but only if it is for this kind.
  const answer = report.data?.kind === kind ? report.data : undefined;
  const about = kinds.find((k) => k.value === kind)!;

  return (
    <ScrollArea h="100%" w="100%" type="auto" data-testid="reports" viewportProps={scrollRegion('Reports')}>
      <Stack gap="md" p="md" maw={1400}>
        <Group justify="space-between" wrap="wrap" align="flex-end" gap="xs">
          <Box style={{ minWidth: 0 }}>
            <Title order={1} size="h3">
              Reports
            </Title>
            <Text size="sm" c="dimmed">
              {formatMetric.day(input.from)} – {formatMetric.day(input.to - 1)}
              {answer ? ` · ${answer.source === 'hub' ? 'from the hub (all history)' : 'from this computer’s copy'}` : ''}
            </Text>
          </Box>
          <Group gap="xs" wrap="nowrap">
            {teams.data && teams.data.length > 1 && (
              <Select
                size="xs"
                w={180}
                aria-label="Report team"
                placeholder="All my teams"
                clearable
                value={teamId}
                onChange={setTeamId}
                data={teams.data.map((t) => ({ value: t.id, label: t.name }))}
              />
            )}
            <ReportPeriodPicker period={period} onChange={setPeriod} />
          </Group>
        </Group>
        <SegmentedControl
          aria-label="Report"
          data={kinds.map((k) => ({ value: k.value, label: k.label }))}
          value={kind}
          onChange={(v) => setKind(v as ReportKind)}
          data-testid="report-kind"
          style={{ alignSelf: 'flex-start' }}
        />
        <Text size="sm" c="dimmed">
          {about.description}
        </Text>

        {report.error?.code === 'offline' ? (
          <Alert color="orange" variant="light" icon={<IconCloudOff size={18} />} title="Periods older than what this computer keeps need the hub" data-testid="report-offline">
            {report.error.message} Shorter, recent periods work offline.
          </Alert>
        ) : report.error ? (
          <Alert color="red" title="Could not compute the report">
            {report.error.message}
          </Alert>
        ) : null}

        {!answer ? (
          !report.error && (
            <Center h={240}>
              <Loader aria-label="Computing the report" />
            </Center>
          )
        ) : answer.rows.length === 0 ? (
          <Alert color="gray" variant="light" icon={<IconCalendarOff size={18} />} data-testid="report-empty">
            {emptyMessage(kind)}
            {period.preset === '365' ? '' : ' Try a longer period, such as the last 12 months.'}
          </Alert>
        ) : (
          <ReportBody answer={answer} />
        )}
      </Stack>
    </ScrollArea>
  );
}
