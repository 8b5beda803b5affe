import { Badge, Button, Group, Popover, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useState } from 'react';
import { checkFieldValues, type FieldDefRow, type FieldValue, type TicketRow } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { FieldInput } from '../newticket/FieldInput';
import { TagPicker } from '../newticket/TagPicker';

function shown(def: FieldDefRow, value: FieldValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (def.type === 'money' && typeof value === 'number') return `${def.currency ?? 'USD'} ${value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return String(value);
}

/** The ticket's tags (edited in place) and custom fields (shown, edited in a popover, checked before sending). */
export function TicketLabels({ ticket }: { ticket: TicketRow }) {
  const options = useRelayQuery('newTicket.options', { customerId: null }, ['tag_defs', 'field_defs']).data;
  const defs = options?.fieldDefs ?? [];
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<string, FieldValue | null>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  function report(reply: { ok: boolean; error?: { message: string } }): boolean {
    if (!reply.ok) notifications.show({ color: 'red', title: 'Could not change the ticket', message: reply.error?.message ?? '' });
    return reply.ok;
  }
  function changeTags(tags: string[]) {
    const add = tags.filter((t) => !ticket.tags.includes(t));
    const remove = ticket.tags.filter((t) => !tags.includes(t));
    if (add.length + remove.length > 0) void relay().invoke('ticket.setTags', { id: ticket.id, add, remove }).then(report);
  }
  async function saveFields() {
    const changed = Object.fromEntries(Object.entries(draft).filter(([k, v]) => JSON.stringify(v ?? null) !== JSON.stringify(ticket.fields[k] ?? null)));
    if (Object.keys(changed).length === 0) return setEditing(false);
    const checked = checkFieldValues(new Map(defs.map((d) => [d.key, d])), changed);
    if (checked.problems.length > 0) {
      // The typed values stay in the popover; only the message under each wrong field is new.
      return setErrors(Object.fromEntries(checked.problems.map((p) => [p.key, p.message.slice(p.message.indexOf(':') + 2)])));
    }
    if (report(await relay().invoke('ticket.setFields', { id: ticket.id, values: changed }))) setEditing(false);
  }

  const set = defs.filter((d) => ticket.fields[d.key] !== undefined);
  return (
    <Group gap="xs" wrap="wrap" align="center" data-testid="ticket-labels">
      <div style={{ minWidth: 200, flex: 1 }}>
        <TagPicker label={null} size="xs" value={ticket.tags} onChange={changeTags} tagDefs={options?.tagDefs ?? []} usedTags={options?.usedTags ?? []} />
      </div>
      <Group gap={6} wrap="wrap" data-testid="ticket-fields" style={{ minWidth: 0 }}>
        {set.map((def) => (
          <Badge key={def.key} variant="default" tt="none" size="lg" fw={400}>
            <Text span size="xs" c="dimmed">
              {def.label}:{' '}
            </Text>
            <Text span size="xs" fw={600}>
              {shown(def, ticket.fields[def.key] as FieldValue)}
            </Text>
          </Badge>
        ))}
        {defs.length > 0 && (
          <Popover
            opened={editing}
            onChange={setEditing}
            width={520}
            position="bottom-end"
            trapFocus
            onOpen={() => {
              setDraft({ ...ticket.fields });
              setErrors({});
            }}
          >
            <Popover.Target>
              <Button size="compact-xs" variant="default" leftSection={<IconAdjustments size={14} />} onClick={() => setEditing((o) => !o)} data-testid="edit-fields">
                {set.length === 0 ? 'Add fields' : 'Edit fields'}
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="xs">
                <SimpleGrid cols={2}>
                  {defs.map((def) => (
                    <FieldInput
                      key={def.key}
                      def={def}
                      size="xs"
                      value={draft[def.key]}
                      error={errors[def.key]}
                      onChange={(v) => {
                        setDraft((d) => ({ ...d, [def.key]: v }));
                        setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== def.key)));
                      }}
                    />
                  ))}
                </SimpleGrid>
                <Group justify="flex-end">
                  <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                    Cancel
                  </Button>
                  <Button size="xs" onClick={() => void saveFields()} data-testid="save-fields">
                    Save fields
                  </Button>
                </Group>
              </Stack>
            </Popover.Dropdown>
          </Popover>
        )}
      </Group>
    </Group>
  );
}
