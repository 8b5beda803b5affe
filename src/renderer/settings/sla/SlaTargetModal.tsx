import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { slaPolicyRowSchema, uuidv7, type CustomerTier, type SlaPolicyRow, type TicketPriority } from '../../../core';
import { relay } from '../../bridge/relay';
import { DurationInput } from './DurationInput';

export interface SlaCell {
  priority: TicketPriority;
  tier: CustomerTier;
  /** The stored row; null when the cell uses the defaults. */
  row: SlaPolicyRow | null;
  firstResponseMinutes: number;
  /** After a customer answers an answered ticket. */
  nextResponseMinutes: number;
  resolutionMinutes: number;
}

/**
 * Edits one priority × tier cell: the three targets in hours and minutes, checked with the row schema
 * the hub checks with, saved as a queued `setting.save`; "Use defaults" deletes the row.
 */
export function SlaTargetModal({ cell, onClose }: { cell: SlaCell; onClose(): void }) {
  const [first, setFirst] = useState(cell.firstResponseMinutes);
  const [nextReply, setNextReply] = useState(cell.nextResponseMinutes);
  const [resolution, setResolution] = useState(cell.resolutionMinutes);
  const [errors, setErrors] = useState<{ first?: string; next?: string; resolution?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = cell.row?.id ?? null;

  const write = async (row: SlaPolicyRow | null, rowId: string) => {
    setSaving(true);
    const reply = await relay().invoke('setting.save', { entity: 'sla_policies', id: rowId, row });
    setSaving(false);
    if (!reply.ok) return setFailure(reply.error.message);
    notifications.show({ color: 'teal', title: 'SLA policy saved', message: `${cell.priority} × ${cell.tier}: ${row ? 'new targets' : 'back to the defaults'}.` });
    onClose();
  };

  const save = () => {
    const rowId = id ?? uuidv7();
    const parsed = slaPolicyRowSchema.safeParse({
      id: rowId,
      priority: cell.priority,
      tier: cell.tier,
      firstResponseMinutes: first,
      nextResponseMinutes: nextReply,
      resolutionMinutes: resolution,
    });
    const next: typeof errors = {};
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      if (issue.path[0] === 'firstResponseMinutes') next.first = 'Give a target of at least one minute.';
      if (issue.path[0] === 'nextResponseMinutes') next.next = 'Give a target of at least one minute.';
      if (issue.path[0] === 'resolutionMinutes') next.resolution = 'Give a target of at least one minute.';
    }
    if (parsed.success && resolution < first) next.resolution = 'Resolution cannot come before the first response.';
    setErrors(next);
    if (!parsed.success || next.resolution) return;
    void write(parsed.data, rowId);
  };

  return (
    <Modal opened onClose={onClose} title={`SLA targets: ${cell.priority} priority, ${cell.tier} customers`} size="md">
      <Stack gap="md" data-testid="sla-target-modal">
        <Text size="sm" c="dimmed">
          Counted in the opening hours of the ticket&apos;s team (Settings → Teams).
        </Text>
        <DurationInput label="First response" minutes={first} error={errors.first ?? null} onChange={(m) => { setFirst(m); setErrors({}); }} testId="sla-first" />
        <DurationInput label="Next reply" minutes={nextReply} error={errors.next ?? null} onChange={(m) => { setNextReply(m); setErrors({}); }} testId="sla-next" />
        <Text size="xs" c="dimmed" mt={-8}>
          After a customer answers a ticket an agent already replied to, until the next agent reply.
        </Text>
        <DurationInput label="Resolution" minutes={resolution} error={errors.resolution ?? null} onChange={(m) => { setResolution(m); setErrors({}); }} testId="sla-resolution" />
        {failure ? (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        ) : null}
        <Group justify="space-between">
          {id ? (
            <Button variant="subtle" color="gray" onClick={() => void write(null, id)} disabled={saving} data-testid="sla-use-defaults">
              Use defaults
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={save} loading={saving} data-testid="sla-save">
              Save targets
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
