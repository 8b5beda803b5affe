import { Alert, Button, Group, List, Loader, Modal, ScrollArea, Select, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { recipientWarnings, type ExceptionNotifyResult } from '../../core';
import { ticketLabels } from '../app/ticketLabels';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { NoticeRecipientCard } from './NoticeRecipientCard';
import { sendExceptionNotices } from './sendExceptionNotices';

interface Props {
  ids: string[];
  /** Who gets it, for the "To:" line (may be fewer names than ids: one customer, several exceptions). */
  customerNames: string[];
  onClose(): void;
  onDone(): void;
}

/**
 * Bulk notify: pick a macro, review every customer's filled text (editable per customer) and
 * what is wrong with it, send. A past ETA or a template for another exception type blocks
 * until that customer's text is edited or they are left out; opted-out customers cannot be
 * picked; quiet hours only warn. Each message goes on the exception's ticket; skips say why.
 */
export function NotifyCustomersModal({ ids, customerNames, onClose, onDone }: Props) {
  const macros = useRelayQuery('exceptions.macros', {}, ['macros']);
  const [macroId, setMacroId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [results, setResults] = useState<ExceptionNotifyResult[] | null>(null);
  const preview = useRelayQuery('exceptions.notifyPreview', macroId ? { ids, macroId } : null, ['macros', 'exceptions', 'shipments', 'customers', 'tickets']);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const now = Date.now();
  const reviewed = (preview.data?.recipients ?? []).map((r) => {
    const text = edits[r.exceptionId] ?? r.text;
    const included = r.skipped === null && r.facts.channel !== null && !leftOut.has(r.exceptionId);
    return { recipient: r, text, included, edited: text !== r.text, warnings: recipientWarnings(r.facts, text, text !== r.text, now) };
  });
  const sendable = reviewed.filter((r) => r.included);
  const blocked = sendable.filter((r) => r.warnings.some((w) => w.blocking));

  function pickMacro(id: string | null) {
    setMacroId(id);
    setEdits({});
    setLeftOut(new Set());
  }

  async function send() {
    if (!macroId || sendable.length === 0 || blocked.length > 0) return;
    setSending(true);
    const bodies = Object.fromEntries(sendable.filter((r) => r.edited).map((r) => [r.recipient.exceptionId, r.text]));
    const reply = await sendExceptionNotices(relay(), { ids: sendable.map((r) => r.recipient.exceptionId), macroId, bodies });
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
            onChange={pickMacro}
            searchable
            data-autofocus
          />
          {macroId && preview.loading && <Loader size="sm" />}
          {preview.error && <Alert color="red">{preview.error.message}</Alert>}
          {/* The list scrolls on its own so the macro picker and the send buttons stay in view, even at 1024×700. */}
          {reviewed.length > 0 && (
            <ScrollArea.Autosize mah="max(200px, calc(100dvh - 420px))" type="auto" data-testid="notice-preview">
              <Stack gap="xs">
                {reviewed
                  .filter((r) => r.recipient.skipped === null)
                  .map((r) => (
                    <NoticeRecipientCard
                      key={r.recipient.exceptionId}
                      recipient={r.recipient}
                      text={r.text}
                      warnings={r.warnings}
                      included={r.included}
                      onText={(text) => setEdits((e) => ({ ...e, [r.recipient.exceptionId]: text }))}
                      onIncluded={(on) =>
                        setLeftOut((out) => {
                          const next = new Set(out);
                          if (on) next.delete(r.recipient.exceptionId);
                          else next.add(r.recipient.exceptionId);
                          return next;
                        })
                      }
                    />
                  ))}
                {reviewed
                  .filter((r) => r.recipient.skipped !== null)
                  .map((r) => (
                    <Text key={r.recipient.exceptionId} size="xs" c="dimmed">
                      {r.recipient.customerName}: not sent — {r.recipient.skipped}
                    </Text>
                  ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
          {blocked.length > 0 && (
            <Text size="sm" c="red.8" role="status" data-testid="notice-blocked">
              {blocked.length === 1 ? '1 message needs' : `${blocked.length} messages need`} your attention first: fix the text or untick the customer.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button disabled={!macroId || sendable.length === 0 || blocked.length > 0} loading={sending} onClick={() => void send()}>
              Send to {sendable.length === 1 ? 'the customer' : `${sendable.length} customers`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
