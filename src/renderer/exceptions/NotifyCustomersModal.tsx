import { Alert, Button, Group, List, Modal, Paper, Select, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExceptionNotifyResult } from '../../core';
import { ticketLabels } from '../app/ticketLabels';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';

interface Props {
  ids: string[];
  /** Who gets it, for the "To:" line (may be fewer names than ids: one customer, several exceptions). */
  customerNames: string[];
  onClose(): void;
  onDone(): void;
}

/**
 * Bulk notify: pick a macro, see its text, send. Each customer gets it on their preferred
 * channel, on the exception's ticket (opened when there is none); skips are listed with why.
 */
export function NotifyCustomersModal({ ids, customerNames, onClose, onDone }: Props) {
  const macros = useRelayQuery('exceptions.macros', {}, ['macros']);
  const [macroId, setMacroId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [results, setResults] = useState<ExceptionNotifyResult[] | null>(null);
  const macro = macros.data?.find((m) => m.id === macroId) ?? null;

  async function send() {
    if (!macroId) return;
    setSending(true);
    const reply = await relay().invoke('exceptions.notify', { ids, macroId });
    setSending(false);
    if (!reply.ok) {
      notifications.show({ color: 'red', title: 'Could not notify', message: reply.error.message });
      return;
    }
    setResults(reply.data.results);
    const queued = reply.data.results.filter((r) => r.outcome === 'queued').length;
    if (queued > 0) {
      notifications.show({ color: 'green', title: `${queued} customer message${queued === 1 ? '' : 's'} queued`, message: 'They are sent as soon as the hub has them.' });
    }
    onDone();
  }

  const count = `${ids.length} exception${ids.length === 1 ? '' : 's'}`;
  return (
    <Modal opened onClose={onClose} title={`Notify customers · ${count}`} size="lg" data-testid="notify-modal">
      {results ? (
        <Stack gap="sm">
          <List spacing={6} size="sm" data-testid="notify-results">
            {results.map((r) => (
              <List.Item
                key={r.exceptionId}
                icon={
                  <ThemeIcon size={18} radius="xl" color={r.outcome === 'queued' ? 'green' : 'gray'}>
                    {r.outcome === 'queued' ? <IconCheck size={12} /> : <IconMinus size={12} />}
                  </ThemeIcon>
                }
              >
                <Text size="sm" fw={500} span>
                  {r.customerName}
                </Text>
                <Text size="sm" c="dimmed" span>
                  {' '}
                  — {r.outcome === 'queued' ? 'message queued on the ticket' : `skipped: ${r.reason ?? ''}`}
                </Text>
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Each customer gets the macro on their preferred channel (if they opted in), added to the exception's ticket. Exceptions without a ticket get a new one.
          </Text>
          {customerNames.length > 0 && (
            <Text size="sm" lineClamp={2} data-testid="notify-recipients">
              <Text span fw={600} size="sm">
                To:{' '}
              </Text>
              {customerNames.join(', ')}
            </Text>
          )}
          {macros.error && <Alert color="red">{macros.error.message}</Alert>}
          <Select
            label="Macro"
            placeholder={macros.data?.length === 0 ? 'No macros yet (an admin adds them)' : 'Pick a macro'}
            data={(macros.data ?? []).map((m) => {
              const channel = m.channel ? ticketLabels.channel[m.channel] : null;
              return { value: m.id, label: channel && !m.title.includes(channel) ? `${m.title} (${channel})` : m.title };
            })}
            value={macroId}
            onChange={setMacroId}
            searchable
            data-autofocus
          />
          {macro && (
            <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)">
              <Text size="xs" c="dimmed" mb={4}>
                Placeholders are filled for each customer
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="macro-preview">
                {macro.body}
              </Text>
            </Paper>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button disabled={!macroId} loading={sending} onClick={() => void send()}>
              Send to {count === '1 exception' ? 'the customer' : `${ids.length} customers`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
