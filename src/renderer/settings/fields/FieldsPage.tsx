import { Badge, Button, Card, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { FieldDefRow, TagDefRow } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { FieldDefModal } from './FieldDefModal';
import { fieldTypeLabels } from './fieldTypeLabels';
import { TagDefModal } from './TagDefModal';

/**
 * Settings → Tags & fields (leads and admins): tag colours and custom ticket fields, tenant-wide.
 * Saves are queued mutations like any other, so this page works offline too.
 */
export function FieldsPage() {
  const defs = useRelayQuery('labels.defs', {}, ['tag_defs', 'field_defs']);
  const [tag, setTag] = useState<{ editing: TagDefRow | null } | null>(null);
  const [field, setField] = useState<{ editing: FieldDefRow | null } | null>(null);
  const tags = defs.data?.tagDefs ?? [];
  const fields = defs.data?.fieldDefs ?? [];
  return (
    <Stack gap="md" data-testid="settings-fields">
      <div>
        <Title order={2} fz="h3">
          Tags & fields
        </Title>
        <Text size="sm" c="dimmed">
          Shared by every team. Changes are saved on this computer first and sent to the hub when connected.
        </Text>
      </div>
      <Card withBorder radius="md" data-testid="tag-defs">
        <Group justify="space-between" mb="sm">
          <Text fw={600}>Tags</Text>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setTag({ editing: null })}>
            New tag
          </Button>
        </Group>
        {tags.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tag has a colour yet: tags on tickets show grey until you define them here.
          </Text>
        ) : (
          <Group gap="xs">
            {tags.map((t) => (
              <UnstyledButton key={t.id} onClick={() => setTag({ editing: t })} aria-label={`Edit tag ${t.name}`}>
                <Badge color={t.colour} variant="light" size="lg" style={{ cursor: 'pointer', textTransform: 'none' }}>
                  {t.name}
                </Badge>
              </UnstyledButton>
            ))}
          </Group>
        )}
      </Card>
      <Card withBorder radius="md" data-testid="field-defs">
        <Group justify="space-between" mb="sm">
          <Text fw={600}>Custom fields</Text>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setField({ editing: null })}>
            New field
          </Button>
        </Group>
        {fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            No custom fields yet. Fields add typed facts to tickets (a claim amount, a carrier reference) that views can filter on.
          </Text>
        ) : (
          <Table highlightOnHover verticalSpacing={6} aria-label="Custom fields">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Label</Table.Th>
                <Table.Th>Key</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Choices / currency</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f) => (
                <Table.Tr key={f.id} onClick={() => setField({ editing: f })} style={{ cursor: 'pointer' }} data-testid={`field-def-${f.key}`}>
                  <Table.Td>
                    <UnstyledButton onClick={() => setField({ editing: f })} fw={500} fz="sm">
                      {f.label}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {f.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>{fieldTypeLabels[f.type]}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {f.type === 'money' ? f.currency : f.options.join(', ') || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <TagDefModal opened={tag !== null} editing={tag?.editing ?? null} onClose={() => setTag(null)} />
      <FieldDefModal opened={field !== null} editing={field?.editing ?? null} onClose={() => setField(null)} />
    </Stack>
  );
}
