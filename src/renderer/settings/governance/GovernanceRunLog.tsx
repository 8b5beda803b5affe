import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import type { AuditEntry } from '../../../core';
import { formatTime } from '../../app/formatTime';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { touchedSummary } from './touchedSummary';

const labels: Record<string, string> = { 'governance.erase': 'Erasure', 'governance.export': 'Export', 'governance.retention': 'Retention run' };

/** What a run touched, from its audit entry (an erasure or export has counts; a retention run, counts per rule). */
function touchedOf(e: AuditEntry): string {
  const touched = e.detail.touched;
  if (touched && typeof touched === 'object') return touchedSummary(touched as Record<string, number>);
  const rules = Array.isArray(e.detail.rules) ? (e.detail.rules as { channel: string; action: string; touched: Record<string, number> }[]) : [];
  return rules.length === 0 ? 'no rules saved' : rules.map((r) => `${r.channel} (${r.action}): ${touchedSummary(r.touched)}`).join('; ');
}

/** The latest erasures, exports and retention runs, newest first. */
export function GovernanceRunLog({ version }: { version: number }) {
  const runs = useRelayQuery('governance.runs', {}, []);
  const { reload } = runs;
  // A run on this page (version bumps) is read back at once.
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const entries = runs.data?.entries ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="governance-runs">
      <Title order={3} fz="h4" id="governance-runs">
        Run log
      </Title>
      {runs.error && (
        <Alert color="red" role="alert">
          {runs.error.message}
        </Alert>
      )}
      {runs.loading && !runs.data && <Loader size="sm" />}
      {runs.data && entries.length === 0 && (
        <Text size="sm" c="dimmed">
          No erasure, export or retention run yet.
        </Text>
      )}
      {entries.length > 0 && (
        <Table verticalSpacing={4} aria-label="Governance runs" data-testid="governance-runs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>When</Table.Th>
              <Table.Th w={120}>Run</Table.Th>
              <Table.Th w={140}>By</Table.Th>
              <Table.Th>Touched</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id} data-testid="governance-run">
                <Table.Td>{formatTime.dayTime(e.at)}</Table.Td>
                <Table.Td>{labels[e.action] ?? e.action}</Table.Td>
                <Table.Td>{e.actorName ?? (typeof e.detail.actor === 'string' ? e.detail.actor : 'system')}</Table.Td>
                <Table.Td>{touchedOf(e)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
