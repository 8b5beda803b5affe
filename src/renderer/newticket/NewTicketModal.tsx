import { Alert, Button, Collapse, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AgentRow, FieldValue } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { useNavigation } from '../app/navigation/NavigationContext';
import { buildNewTicketArgs, type DraftErrors, type NewTicketDraft } from './buildNewTicketArgs';
import { CustomerChoice } from './CustomerChoice';
import { FieldInput } from './FieldInput';
import type { NewTicketPrefill } from './NewTicketContext';
import { TagPicker } from './TagPicker';

const channels = [
  { value: 'call', label: 'Phone call' },
  { value: 'email', label: 'Email' },
  { value: 'chat', label: 'Chat' },
  { value: 'sms', label: 'SMS' },
  { value: 'social', label: 'Social' },
];
const priorities = ['low', 'normal', 'high', 'urgent'].map((p) => ({ value: p, label: p[0]?.toUpperCase() + p.slice(1) }));

const errorKeysOf: Record<string, string[]> = { customer: ['customer', 'name', 'email', 'phone', 'form'], teamId: ['team'] };

function blankDraft(agent: AgentRow, prefill: NewTicketPrefill): NewTicketDraft {
  return {
    customer: { mode: 'existing', customerId: prefill.customerId ?? null, label: '' },
    channel: 'call',
    callDirection: 'inbound',
    callDuration: '',
    subject: '',
    body: '',
    teamId: agent.teamId,
    assigneeId: agent.role === 'admin' ? null : agent.id,
    priority: 'normal',
    tags: [],
    fields: {},
    orderId: null,
    shipmentId: null,
  };
}

/** The new-ticket form: one `ticket.create`, written offline first; the hub numbers the ticket when it syncs. */
export function NewTicketModal({ agent, prefill, onClose }: { agent: AgentRow; prefill: NewTicketPrefill; onClose(): void }) {
  const navigation = useNavigation();
  const [draft, setDraft] = useState(() => blankDraft(agent, prefill));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showFields, setShowFields] = useState(false);
  const customerId = draft.customer.mode === 'existing' ? draft.customer.customerId : null;
  const options = useRelayQuery('newTicket.options', { customerId }, ['teams', 'agents', 'tag_defs', 'field_defs', 'orders', 'shipments']);
  const o = options.data;
  const prefilledName = useRelayQuery('customers.get', prefill.customerId ? { id: prefill.customerId } : null, []).data?.customer.name;

  function change(patch: Partial<NewTicketDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    // A corrected field loses its message; the others keep theirs until the next try.
    const fixed = new Set(Object.keys(patch).flatMap((k) => errorKeysOf[k] ?? [k]));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !fixed.has(k))));
  }
  function setField(key: string, value: FieldValue | null) {
    setDraft((d) => ({ ...d, fields: { ...d.fields, [key]: value } }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== `field:${key}`)));
  }

  async function submit() {
    const built = buildNewTicketArgs(draft, o?.fieldDefs ?? []);
    if (!built.ok) {
      setErrors(built.errors);
      if (Object.keys(built.errors).some((k) => k.startsWith('field:'))) setShowFields(true);
      return;
    }
    setBusy(true);
    const reply = await relay().invoke('ticket.create', built.args);
    setBusy(false);
    if (!reply.ok) {
      setRefused(reply.error.message);
      return;
    }
    onClose();
    navigation.openTicket(built.args.id);
  }

  // Agents and leads open tickets for their own team; admins for any.
  const teams = (o?.teams ?? []).filter((t) => agent.role === 'admin' || t.id === agent.teamId).map((t) => ({ value: t.id, label: t.name }));
  const assignees = (o?.agents ?? []).filter((a) => a.teamId === draft.teamId).map((a) => ({ value: a.id, label: a.name }));
  const isCall = draft.channel === 'call';
  const customerLabel = draft.customer.mode === 'existing' && draft.customer.label === '' && prefilledName ? { ...draft.customer, label: prefilledName } : draft.customer;
  return (
    <Modal opened onClose={onClose} title="New ticket" size="xl" closeOnClickOutside={false} data-testid="new-ticket-modal">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          {refused && (
            <Alert color="red" title="The ticket was not created" withCloseButton onClose={() => setRefused(null)}>
              {refused} Nothing you typed is lost.
            </Alert>
          )}
          {errors.form && <Alert color="red">{errors.form}</Alert>}
          <CustomerChoice key={prefilledName ?? 'none'} value={customerLabel} onChange={(customer) => change({ customer, orderId: null, shipmentId: null })} errors={errors} />
          <Group align="flex-end" grow>
            <Select label="Channel" data={channels} value={draft.channel} onChange={(v) => v && change({ channel: v as NewTicketDraft['channel'] })} allowDeselect={false} data-testid="channel-select" />
            {isCall && (
              <SegmentedControl
                value={draft.callDirection}
                onChange={(v) => change({ callDirection: v === 'outbound' ? 'outbound' : 'inbound' })}
                data={[
                  { value: 'inbound', label: 'They called' },
                  { value: 'outbound', label: 'We called' },
                ]}
                aria-label="Call direction"
              />
            )}
            {isCall && (
              <TextInput label="Duration" placeholder="4:05" value={draft.callDuration} onChange={(e) => change({ callDuration: e.currentTarget.value })} error={errors.callDuration} data-testid="call-duration" />
            )}
          </Group>
          <TextInput label="Subject" withAsterisk value={draft.subject} onChange={(e) => change({ subject: e.currentTarget.value })} error={errors.subject} data-testid="new-ticket-subject" />
          <Textarea
            label={isCall ? 'Call note' : "Customer's message"}
            description={isCall ? 'What was said; kept as an internal note with the call' : 'Their words as they sent them'}
            withAsterisk
            autosize
            minRows={3}
            maxRows={10}
            value={draft.body}
            onChange={(e) => change({ body: e.currentTarget.value })}
            error={errors.body}
            data-testid="new-ticket-body"
          />
          <SimpleGrid cols={3}>
            <Select label="Team" data={teams} value={draft.teamId} onChange={(v) => change({ teamId: v, assigneeId: null })} error={errors.team} allowDeselect={false} data-testid="team-select" />
            <Select label="Assignee" placeholder="Unassigned" data={assignees} value={draft.assigneeId} onChange={(v) => change({ assigneeId: v })} clearable searchable data-testid="assignee-select" />
            <Select label="Priority" data={priorities} value={draft.priority} onChange={(v) => v && change({ priority: v as NewTicketDraft['priority'] })} allowDeselect={false} />
          </SimpleGrid>
          <TagPicker value={draft.tags} onChange={(tags) => change({ tags })} tagDefs={o?.tagDefs ?? []} usedTags={o?.usedTags ?? []} error={errors.tags} />
          {draft.customer.mode === 'existing' && draft.customer.customerId && (
            <SimpleGrid cols={2}>
              <Select label="Order" placeholder="None" data={(o?.orders ?? []).map((x) => ({ value: x.id, label: `${x.number} · ${x.status}` }))} value={draft.orderId} onChange={(v) => change({ orderId: v })} clearable searchable />
              <Select
                label="Shipment"
                placeholder="None"
                data={(o?.shipments ?? []).map((x) => ({ value: x.id, label: `${x.trackingNumber} · ${x.carrier}` }))}
                value={draft.shipmentId}
                onChange={(v) => change({ shipmentId: v })}
                clearable
                searchable
              />
            </SimpleGrid>
          )}
          {(o?.fieldDefs.length ?? 0) > 0 && (
            <>
              <Button variant="subtle" size="compact-sm" onClick={() => setShowFields((s) => !s)} w="fit-content">
                {showFields ? 'Hide fields' : `Fields (${o?.fieldDefs.map((d) => d.label).join(', ')})`}
              </Button>
              <Collapse expanded={showFields}>
                <SimpleGrid cols={3}>
                  {o?.fieldDefs.map((def) => (
                    <FieldInput key={def.key} def={def} value={draft.fields[def.key]} onChange={(v) => setField(def.key, v)} error={errors[`field:${def.key}`]} />
                  ))}
                </SimpleGrid>
              </Collapse>
            </>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              Saved on this computer at once; numbered “#—” until the hub has it.
            </Text>
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} data-testid="create-ticket">
                Create ticket
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
