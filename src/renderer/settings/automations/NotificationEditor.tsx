import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { exceptionLabels, exceptionTypeSchema, notificationConfigSchema, type AutomationRow, type ExceptionType, type NotificationConfig } from '../../../core';
import { relay } from '../../bridge/relay';

const channels = [
  { value: '', label: "The customer's preferred channel" },
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'SMS' },
  { value: 'chat', label: 'Chat' },
  { value: 'social', label: 'Social' },
];

/**
 * Edits one customer notification automation (which macro, which exception kinds, which
 * channel, the throttles, on/off), checked with core's notification schema and saved as a
 * queued `automation.save`.
 */
export function NotificationEditor({ row, config, macros, onClose }: { row: AutomationRow; config: NotificationConfig; macros: Array<{ id: string; title: string }>; onClose(): void }) {
  const [draft, setDraft] = useState(config);
  const [enabled, setEnabled] = useState(row.enabled);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const parsed = notificationConfigSchema.safeParse(draft);
    if (!parsed.success) return setFailure(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    setSaving(true);
    const reply = await relay().invoke('automation.save', { id: row.id, row: { name: row.name, trigger: row.trigger, enabled, config: parsed.data } });
    setSaving(false);
    if (!reply.ok) return setFailure(reply.error.message);
    notifications.show({ color: 'teal', title: 'Notification saved', message: `“${row.name}” ${enabled ? 'is on' : 'is off'}.` });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`Customer notification: ${row.name}`} size="lg">
      <Stack gap="md" data-testid="notification-editor">
        <Select label="Message (macro)" searchable allowDeselect={false} data={macros.map((m) => ({ value: m.id, label: m.title }))} value={draft.macroId} onChange={(v) => v && setDraft({ ...draft, macroId: v })} />
        <Select label="Channel" allowDeselect={false} data={channels} value={draft.channel ?? ''} onChange={(v) => setDraft({ ...draft, channel: v ? (v as NotificationConfig['channel']) : null })} />
        {row.trigger === 'exception.opened' ? (
          <MultiSelect
            label="Exception kinds"
            description="None picked: every kind."
            data={exceptionTypeSchema.options.map((t) => ({ value: t, label: exceptionLabels.type[t] }))}
            value={draft.exceptionTypes ?? []}
            onChange={(v) => setDraft({ ...draft, exceptionTypes: v.length === 0 ? null : (v as ExceptionType[]) })}
          />
        ) : null}
        <Group grow>
          <NumberInput label="Per shipment: hours between messages" min={0} max={8760} value={draft.throttle.perShipmentHours} onChange={(v) => setDraft({ ...draft, throttle: { ...draft.throttle, perShipmentHours: Number(v) } })} />
          <NumberInput label="Per customer: most a day" min={1} max={1000} value={draft.throttle.perCustomerPerDay} onChange={(v) => setDraft({ ...draft, throttle: { ...draft.throttle, perCustomerPerDay: Number(v) } })} />
        </Group>
        <Switch label="On" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        {failure ? (
          <Alert color="red" title="Not saved">
            <Text size="sm">{failure}</Text>
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="notification-save">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
