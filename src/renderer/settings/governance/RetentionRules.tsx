import { Alert, Button, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Channel, RetentionAction, RetentionRule } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { touchedSummary } from './touchedSummary';

const channels: Channel[] = ['email', 'chat', 'sms', 'social', 'phone'];
type Choice = 'keep' | RetentionAction;
const choices = [
  { value: 'keep', label: 'Keep' },
  { value: 'anonymise', label: 'Anonymise' },
  { value: 'delete', label: 'Delete' },
];

/** Per channel: keep, anonymise or delete solved tickets after N months; saved as one setting, run daily by the hub or now. */
export function RetentionRules({ onRun }: { onRun(): void }) {
  const stored = useRelayQuery('governance.retention', {}, ['automations']);
  const [draft, setDraft] = useState<Record<Channel, { action: Choice; months: number }> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'run' | null>(null);
  const [lastRun, setLastRun] = useState<string | null>(null);

  useEffect(() => {
    if (!stored.data || draft) return;
    const byChannel = new Map(stored.data.rules.map((r) => [r.channel, r]));
    setDraft(Object.fromEntries(channels.map((c) => [c, { action: byChannel.get(c)?.action ?? 'keep', months: byChannel.get(c)?.months ?? 24 }])) as Record<Channel, { action: Choice; months: number }>);
  }, [stored.data, draft]);

  const rules = (): RetentionRule[] =>
    draft ? channels.flatMap((channel) => (draft[channel].action === 'keep' ? [] : [{ channel, action: draft[channel].action as RetentionAction, months: draft[channel].months }])) : [];

  async function save() {
    setBusy('save');
    const reply = await relay().invoke('governance.saveRetention', { rules: rules() });
    setBusy(null);
    if (!reply.ok) return setFailure(reply.error.message);
    notifications.show({ color: 'teal', title: 'Retention rules saved', message: 'The hub applies them daily.' });
    onRun();
  }
  async function runNow() {
    setBusy('run');
    const reply = await relay().invoke('governance.runRetention', {});
    setBusy(null);
    if (!reply.ok) return setFailure(reply.error.message);
    setLastRun(reply.data.rules.length === 0 ? 'No rules are saved: nothing to do.' : reply.data.rules.map((r) => `${r.channel}: ${touchedSummary(r.touched)}`).join('; '));
    onRun();
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="governance-retention">
      <Title order={3} fz="h4" id="governance-retention">
        Retention rules
      </Title>
      <Text size="sm" c="dimmed">
        Solved tickets older than the limit are anonymised (text and files removed, counts kept) or deleted with their messages and files. Save, then Run now to apply at once.
      </Text>
      {failure && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      {draft && (
        <Table withTableBorder verticalSpacing={4} maw={560} aria-label="Retention per channel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Solved tickets</Table.Th>
              <Table.Th>After (months)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {channels.map((channel) => (
              <Table.Tr key={channel}>
                <Table.Td tt="capitalize">{channel}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`What happens to solved ${channel} tickets`}
                    data={choices}
                    value={draft[channel].action}
                    allowDeselect={false}
                    onChange={(v) => setDraft({ ...draft, [channel]: { ...draft[channel], action: (v ?? 'keep') as Choice } })}
                    data-testid={`retention-action-${channel}`}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Months before solved ${channel} tickets are touched`}
                    min={1}
                    max={240}
                    value={draft[channel].months}
                    disabled={draft[channel].action === 'keep'}
                    onChange={(v) => setDraft({ ...draft, [channel]: { ...draft[channel], months: typeof v === 'number' ? v : 24 } })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button onClick={() => void save()} loading={busy === 'save'} disabled={!draft || busy !== null} data-testid="retention-save">
          Save rules
        </Button>
        <Button variant="default" leftSection={<IconPlayerPlay size={16} />} onClick={() => void runNow()} loading={busy === 'run'} disabled={busy !== null} data-testid="retention-run">
          Run now
        </Button>
      </Group>
      {lastRun && (
        <Text size="sm" data-testid="retention-last-run">
          Last run: {lastRun}
        </Text>
      )}
    </Stack>
  );
}
