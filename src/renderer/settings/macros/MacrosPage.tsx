import { Alert, Badge, Button, Card, Grid, Group, Loader, ScrollArea, Stack, Switch, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { mayEditMacro, type AgentRow, type MacroRow } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { MacroEditor } from './MacroEditor';

/**
 * Settings → Macros (every role): shared macros and the agent's own personal ones. Agents write
 * personal macros; leads and admins shared ones too. Saves are the queued mutation macro.save,
 * so the page works offline.
 */
export function MacrosPage({ agent }: { agent: AgentRow }) {
  const list = useRelayQuery('macros.settings', {}, ['macros', 'tickets']);
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [selected, setSelected] = useState<{ id: string | null } | null>(null);
  const macros = list.data?.macros ?? [];
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = macros.filter((m) => (showArchived || !m.archived) && words.every((w) => `${m.title}\n${m.body}`.toLowerCase().includes(w)));
  const editing: MacroRow | null = selected?.id ? (macros.find((m) => m.id === selected.id) ?? null) : null;
  const canShare = mayEditMacro({ role: agent.role, agentId: agent.id }, { ownerAgentId: null });
  return (
    <Stack gap="md" data-testid="settings-macros">
      <div>
        <Title order={2} fz="h3">
          Macros
        </Title>
        <Text size="sm" c="dimmed">
          {canShare ? 'Shared macros reach every agent; personal ones only you.' : 'Your personal macros, and the shared ones your leads write.'} Changes are saved on this computer first
          and sent to the hub when connected.
        </Text>
      </div>
      {list.error && (
        <Alert color="red" title="Macros could not be read">
          {list.error.message}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder radius="md" p="sm">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap">
                <TextInput
                  placeholder="Search macros"
                  aria-label="Search macros"
                  leftSection={<IconSearch size={14} />}
                  value={query}
                  onChange={(e) => setQuery(e.currentTarget.value)}
                  style={{ flex: 1 }}
                  size="xs"
                />
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setSelected({ id: null })}>
                  New macro
                </Button>
              </Group>
              <Switch size="xs" label="Show archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
              <ScrollArea.Autosize mah={560}>
                <Stack gap={4} data-testid="macro-list">
                  {shown.length === 0 && (
                    <Text size="sm" c="dimmed" p="xs">
                      {macros.length === 0 ? 'No macros yet. Write one for replies you type often.' : 'No macro matches.'}
                    </Text>
                  )}
                  {shown.map((m) => (
                    <UnstyledButton
                      key={m.id}
                      onClick={() => setSelected({ id: m.id })}
                      p="xs"
                      aria-current={selected?.id === m.id ? 'true' : undefined}
                      style={{ borderRadius: 6, background: selected?.id === m.id ? 'var(--mantine-color-default-hover)' : undefined }}
                      data-testid="macro-item"
                    >
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm" fw={500} lineClamp={1} td={m.archived ? 'line-through' : undefined}>
                          {m.title}
                        </Text>
                        <Badge size="xs" variant="light" color={m.ownerAgentId === null ? 'blue' : 'grape'} style={{ flexShrink: 0 }}>
                          {m.ownerAgentId === null ? 'Shared' : 'Personal'}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {m.archived ? 'Archived · ' : ''}
                        {m.channel ?? 'any channel'} · {m.body}
                      </Text>
                    </UnstyledButton>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected && (selected.id === null || editing) ? (
            // Keyed by the macro: a new one, once saved, opens afresh from the stored row.
            <MacroEditor key={editing?.id ?? 'new'} agent={agent} editing={editing} samples={list.data?.samples ?? []} onSaved={(id) => setSelected({ id })} />
          ) : selected ? (
            <Loader size="sm" />
          ) : (
            <Card withBorder radius="md">
              <Text size="sm" c="dimmed">
                Choose a macro to edit it, or write a new one.
              </Text>
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
