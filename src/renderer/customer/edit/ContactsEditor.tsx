import { ActionIcon, Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { contactSaveArgs, uuidv7, type ContactRow } from '../../../core';
import { relay } from '../../bridge/relay';
import { fieldErrors } from './fieldErrors';

interface Draft {
  id: string;
  name: string;
  email: string;
  phone: string;
  role: string;
}

const draftOf = (c: ContactRow): Draft => ({ id: c.id, name: c.name, email: c.email ?? '', phone: c.phone ?? '', role: c.role ?? '' });

/** A customer's contacts: add, edit and remove, each its own change (sent through the outbox). */
export function ContactsEditor({ customerId, contacts }: { customerId: string; contacts: ContactRow[] }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function save(d: Draft) {
    const args = { ...d, customerId };
    const checked = contactSaveArgs.safeParse(args);
    setErrors(fieldErrors(checked.error));
    if (!checked.success) return;
    const reply = await relay().invoke('contact.save', args);
    if (!reply.ok) return setFailure(reply.error.message);
    setFailure(null);
    setDraft(null);
  }

  async function remove(c: ContactRow) {
    const reply = await relay().invoke('contact.remove', { id: c.id, customerId });
    setFailure(reply.ok ? null : reply.error.message);
  }

  const set = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    setErrors(({ [key]: _, ...rest }) => rest);
  };

  return (
    <Stack gap="xs" data-testid="contacts-editor">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Contacts
        </Text>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => (setDraft({ id: uuidv7(), name: '', email: '', phone: '', role: '' }), setErrors({}))} disabled={draft !== null}>
          Add contact
        </Button>
      </Group>
      {failure && (
        <Alert color="red" title="Not saved" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      {draft && (
        <Paper withBorder p="sm" radius="md" data-testid="contact-form">
          <SimpleGrid cols={2} spacing="xs">
            <TextInput label="Name" withAsterisk value={draft.name} error={errors.name} onChange={set('name')} data-testid="contact-name" />
            <TextInput label="Role" value={draft.role} error={errors.role} onChange={set('role')} data-testid="contact-role" />
            <TextInput label="Email" value={draft.email} error={errors.email} onChange={set('email')} data-testid="contact-email" />
            <TextInput label="Phone" value={draft.phone} error={errors.phone} onChange={set('phone')} data-testid="contact-phone" />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs" gap="xs">
            <Button size="xs" variant="default" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <Button size="xs" onClick={() => void save(draft)} data-testid="contact-save">
              Save contact
            </Button>
          </Group>
        </Paper>
      )}
      {contacts.length === 0 && !draft && (
        <Text size="sm" c="dimmed">
          No contacts yet.
        </Text>
      )}
      {contacts.map((c) => (
        <Group key={c.id} justify="space-between" wrap="nowrap" data-testid="contact-row">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {c.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {[c.role, c.email, c.phone].filter(Boolean).join(' · ') || 'No details'}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Edit contact">
              <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => (setDraft(draftOf(c)), setErrors({}))}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove contact">
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${c.name}`} onClick={() => void remove(c)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
