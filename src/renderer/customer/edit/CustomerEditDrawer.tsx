import { Alert, Button, Divider, Drawer, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { customerUpdateArgs, type ContactRow, type CustomerRow, type CustomerTier } from '../../../core';
import { relay } from '../../bridge/relay';
import { AddressFields, emptyAddress, type AddressDraft } from './AddressFields';
import { ContactsEditor } from './ContactsEditor';
import { fieldErrors } from './fieldErrors';

const tiers: { value: CustomerTier; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'gold', label: 'Gold' },
  { value: 'platinum', label: 'Platinum' },
];
const optInChannels = [
  { key: 'email', label: 'Email' },
  { key: 'sms', label: 'SMS' },
  { key: 'chat', label: 'Chat' },
  { key: 'social', label: 'Social' },
] as const;

/** Errors of one address, keyed by its field name. */
function addressErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `addresses.${index}.`;
  return Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
}

/**
 * Edits a customer: profile, tier and segment, addresses, notification opt-ins, and contacts.
 * Checked with the mutation's own schema, so each field shows the hub's message and nothing
 * typed is lost; a refusal keeps the form open with the reason.
 */
export function CustomerEditDrawer({ customer, contacts, opened, onClose }: { customer: CustomerRow; contacts: ContactRow[]; opened: boolean; onClose(): void }) {
  const [name, setName] = useState(customer.name);
  const [email, setEmail] = useState(customer.email ?? '');
  const [phone, setPhone] = useState(customer.phone ?? '');
  const [tier, setTier] = useState<CustomerTier>(customer.tier);
  const [segment, setSegment] = useState(customer.segment);
  const [addresses, setAddresses] = useState<AddressDraft[]>(customer.addresses);
  const [optIns, setOptIns] = useState(customer.preferences.optIns);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const clear = (key: string) => setErrors(({ [key]: _, ...rest }) => rest);

  async function save() {
    const args = { customerId: customer.id, name, email, phone, tier, segment, addresses, optIns, baseUpdatedAt: customer.updatedAt };
    const checked = customerUpdateArgs.safeParse(args);
    setErrors(fieldErrors(checked.error));
    if (!checked.success) return;
    setSaving(true);
    setFailure(null);
    const reply = await relay().invoke('customer.update', args);
    setSaving(false);
    if (!reply.ok) {
      setFailure(reply.error.message);
      return;
    }
    notifications.show({ color: 'teal', title: 'Customer saved', message: `${checked.data.name} is updated.` });
    onClose();
  }

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={`Edit ${customer.name}`} data-testid="customer-edit">
      <Stack gap="sm">
        {failure && (
          <Alert color="red" title="Not saved" withCloseButton onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        )}
        <TextInput label="Name" withAsterisk value={name} error={errors.name} onChange={(e) => (setName(e.currentTarget.value), clear('name'))} data-testid="customer-edit-name" />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Email" value={email} error={errors.email} onChange={(e) => (setEmail(e.currentTarget.value), clear('email'))} data-testid="customer-edit-email" />
          <TextInput
            label="Phone"
            description="International format, e.g. +49 30 1234567"
            value={phone}
            error={errors.phone}
            onChange={(e) => (setPhone(e.currentTarget.value), clear('phone'))}
            data-testid="customer-edit-phone"
          />
          <Select label="Tier" data={tiers} value={tier} allowDeselect={false} onChange={(v) => v && setTier(v as CustomerTier)} data-testid="customer-edit-tier" />
          <TextInput label="Segment" withAsterisk value={segment} error={errors.segment} onChange={(e) => (setSegment(e.currentTarget.value), clear('segment'))} data-testid="customer-edit-segment" />
        </SimpleGrid>

        <Text size="sm" fw={600} mt="xs">
          Proactive notifications
        </Text>
        <Group gap="lg">
          {optInChannels.map(({ key, label }) => (
            <Switch key={key} label={label} checked={optIns[key]} onChange={(e) => setOptIns({ ...optIns, [key]: e.currentTarget.checked })} data-testid={`customer-edit-optin-${key}`} />
          ))}
        </Group>

        <Group justify="space-between" mt="xs">
          <Text size="sm" fw={600}>
            Addresses
          </Text>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAddresses([...addresses, { ...emptyAddress }])} disabled={addresses.length >= 20}>
            Add address
          </Button>
        </Group>
        {addresses.length === 0 && (
          <Text size="sm" c="dimmed">
            No addresses yet.
          </Text>
        )}
        {addresses.map((address, i) => (
          <AddressFields
            key={i}
            index={i}
            value={address}
            errors={addressErrors(errors, i)}
            onChange={(next) => setAddresses(addresses.map((a, j) => (j === i ? next : a)))}
            onRemove={() => {
              setAddresses(addresses.filter((_, j) => j !== i));
              // Errors are by position; the ones after the removed address would point at the wrong one.
              setErrors(({ ...rest }) => Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith('addresses.'))));
            }}
          />
        ))}

        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="customer-edit-save">
            Save customer
          </Button>
        </Group>

        <Divider my="sm" />
        <ContactsEditor customerId={customer.id} contacts={contacts} />
      </Stack>
    </Drawer>
  );
}
