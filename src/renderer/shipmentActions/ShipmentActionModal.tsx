import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { shipmentActionLabels, shipmentActionRequestSchema, uuidv7, type ShipmentActionKind, type ThreadMessage } from '../../core';
import { relay } from '../bridge/relay';
import { actionFormFields, detailsFromForm } from './actionFormFields';

export interface ActionTarget {
  shipmentId: string;
  carrier: string;
  trackingNumber: string;
  ticketId: string | null;
}

const defaults: Partial<Record<string, string>> = { windowFrom: '09:00', windowTo: '12:00', currency: 'EUR', pieces: '1' };

/** The form of one shipment action: fields checked with core's schema at each field, then queued through the outbox. */
export function ShipmentActionModal({ kind, target, messages, onClose }: { kind: ShipmentActionKind | null; target: ActionTarget; messages: ThreadMessage[]; onClose(): void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [claimType, setClaimType] = useState<'damage' | 'loss'>('damage');
  const [photos, setPhotos] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!kind) return null;
  const attachments = messages.flatMap((m) => m.attachments.map((a) => ({ messageId: m.id, storageKey: a.storageKey, name: a.name, image: a.contentType.startsWith('image/') })));
  const value = (key: string) => values[key] ?? defaults[key] ?? '';

  function close() {
    setValues({});
    setErrors({});
    setRefusal(null);
    setPhotos([]);
    onClose();
  }

  async function submit() {
    if (!kind) return;
    const form = Object.fromEntries(actionFormFields[kind].map((f) => [f.key, value(f.key)]));
    const extra = kind === 'claim' ? { claimType, photos: attachments.filter((a) => photos.includes(a.storageKey)).map(({ messageId, storageKey, name }) => ({ messageId, storageKey, name })) } : {};
    const parsed = shipmentActionRequestSchema.safeParse({ kind, details: detailsFromForm(kind, form, extra) });
    if (!parsed.success) {
      // Messages go to the field they are about (details.address.city → city).
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path.at(-1) ?? ''), /expected number/.test(i.message) ? 'enter a number' : i.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    const reply = await relay().invoke('shipmentAction.request', { id: uuidv7(), shipmentId: target.shipmentId, ticketId: target.ticketId, action: parsed.data });
    setBusy(false);
    if (!reply.ok) return setRefusal(reply.error.message);
    close();
  }

  return (
    <Modal opened onClose={close} title={`${shipmentActionLabels[kind]} · ${target.carrier} ${target.trackingNumber}`} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Sent to {target.carrier} through its connector; the answer appears in the thread. Offline, it waits on this computer and goes out once you are back online.
        </Text>
        {refusal && (
          <Alert color="red" title="Not sent" withCloseButton onClose={() => setRefusal(null)} data-testid="shipment-action-refusal">
            {refusal}
          </Alert>
        )}
        {kind === 'claim' && (
          <SegmentedControl value={claimType} onChange={(v) => setClaimType(v === 'loss' ? 'loss' : 'damage')} data={[{ value: 'damage', label: 'Damage' }, { value: 'loss', label: 'Loss' }]} aria-label="Claim type" />
        )}
        <SimpleGrid cols={{ base: 1, sm: kind === 'reschedule' || kind === 'book_pickup' ? 3 : 2 }}>
          {actionFormFields[kind].map((f) => {
            const common = { key: f.key, label: f.label, placeholder: f.placeholder, value: value(f.key), error: errors[f.key], 'data-testid': `action-${f.key}` };
            const set = (v: string) => setValues((old) => ({ ...old, [f.key]: v }));
            return f.type === 'textarea' ? (
              <Textarea {...common} autosize minRows={2} style={{ gridColumn: '1 / -1' }} onChange={(e) => set(e.currentTarget.value)} />
            ) : (
              <TextInput {...common} type={f.type} step={f.type === 'number' ? 'any' : undefined} onChange={(e) => set(e.currentTarget.value)} />
            );
          })}
        </SimpleGrid>
        {kind === 'claim' && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Photos from this ticket
            </Text>
            {attachments.length === 0 ? (
              <Text size="sm" c="dimmed">
                This ticket has no attachments. A damage claim is usually refused without photos: ask the customer for some first.
              </Text>
            ) : (
              <Checkbox.Group value={photos} onChange={setPhotos}>
                <Stack gap={4}>
                  {attachments.map((a) => (
                    <Checkbox key={a.storageKey} value={a.storageKey} label={a.name} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            {errors.photos && (
              <Text size="xs" c="red">
                {errors.photos}
              </Text>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="shipment-action-submit">
            Send to {target.carrier}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
