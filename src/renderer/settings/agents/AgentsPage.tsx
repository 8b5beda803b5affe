import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { AgentRole, AgentRow, ManagedAgent } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { HubOnlyNotice } from '../HubOnlyNotice';
import { useHubOnline } from '../useHubOnline';
import { AgentRowMenu } from './AgentRowMenu';
import { InviteAgentModal } from './InviteAgentModal';
import { OneTimePasswordModal } from './OneTimePasswordModal';
import { roleOptions } from './roleOptions';

/**
 * Settings → Agents. Admins invite, change role and team, reset passwords, sign out everywhere,
 * deactivate and reactivate; leads see their own team read-only. All of it is on the hub.
 */
export function AgentsPage({ agent: me }: { agent: AgentRow }) {
  const online = useHubOnline();
  const isAdmin = me.role === 'admin';
  const list = useRelayQuery('people.agents', online ? {} : null, ['agents']);
  const teams = useRelayQuery('newTicket.options', { customerId: null }, ['teams']).data?.teams ?? [];
  const teamOptions = useMemo(() => teams.map((t) => ({ value: t.id, label: t.name })), [teams]);
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? 'Unknown team';
  const [inviting, setInviting] = useState(false);
  const [password, setPassword] = useState<{ title: string; who: string; password: string } | null>(null);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  async function change(target: ManagedAgent, change: { role?: AgentRole; teamId?: string }) {
    setBusy(target.id);
    const reply = await relay().invoke('people.update', { id: target.id, change });
    setBusy(null);
    if (!reply.ok) return notifications.show({ color: 'red', title: `${target.name} was not changed`, message: reply.error.message });
    notifications.show({ color: 'teal', title: 'Agent updated', message: `${target.name}: ${roleOptions.find((r) => r.value === reply.data.role)?.label}, ${teamName(reply.data.teamId)}.` });
    list.reload();
  }

  const words = filter.trim().toLowerCase();
  const shown = (list.data ?? []).filter((a) => !words || `${a.name} ${a.email}`.toLowerCase().includes(words));
  return (
    <Stack gap="md" data-testid="settings-agents">
      <Group justify="space-between">
        <div>
          <Title order={2} fz="h3">
            Agents
          </Title>
          <Text size="sm" c="dimmed">
            {isAdmin ? 'Everyone who can sign in to this hub.' : `The agents of ${teamName(me.teamId)}. Only an administrator can change them.`}
          </Text>
        </div>
        {isAdmin && (
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)} disabled={!online}>
            Invite agent
          </Button>
        )}
      </Group>
      {online === false && <HubOnlyNotice what="Agents are managed" />}
      {list.error && online && (
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {list.error.message}
        </Alert>
      )}
      {online && !list.data && !list.error && <Loader size="sm" />}
      {list.data && (
        <>
          <TextInput leftSection={<IconSearch size={14} />} placeholder="Find by name or email" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} maw={320} aria-label="Find an agent" />
          <Table highlightOnHover verticalSpacing="xs" aria-label="Agents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Agent</Table.Th>
                <Table.Th w={170}>Role</Table.Th>
                <Table.Th w={200}>Team</Table.Th>
                <Table.Th w={100}>Status</Table.Th>
                {isAdmin && <Table.Th w={50} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((a) => {
                const editable = isAdmin && a.id !== me.id && a.active && online === true && busy !== a.id;
                return (
                  <Table.Tr key={a.id} data-testid={`agent-row-${a.email}`} style={{ opacity: a.active ? 1 : 0.6 }}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {a.name} {a.id === me.id && <Text span size="xs" c="dimmed">(you)</Text>}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {a.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {isAdmin ? (
                        <Select size="xs" data={roleOptions} value={a.role} allowDeselect={false} disabled={!editable} aria-label={`Role of ${a.name}`} onChange={(v) => v && v !== a.role && void change(a, { role: v as AgentRole })} />
                      ) : (
                        <Text size="sm">{roleOptions.find((r) => r.value === a.role)?.label}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {isAdmin ? (
                        <Select size="xs" data={teamOptions} value={a.teamId} allowDeselect={false} disabled={!editable} aria-label={`Team of ${a.name}`} onChange={(v) => v && v !== a.teamId && void change(a, { teamId: v })} />
                      ) : (
                        <Text size="sm">{teamName(a.teamId)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={a.active ? 'teal' : 'gray'}>
                        {a.active ? 'Active' : 'Deactivated'}
                      </Badge>
                    </Table.Td>
                    {isAdmin && (
                      <Table.Td>
                        <AgentRowMenu agent={a} self={a.id === me.id} disabled={!online} onDone={list.reload} onPassword={(p) => setPassword({ title: 'New password', who: a.name, password: p })} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {shown.length === 0 && (
            <Text size="sm" c="dimmed">
              {words ? 'No agent matches.' : 'No agents yet.'}
            </Text>
          )}
        </>
      )}
      <InviteAgentModal
        opened={inviting}
        teams={teamOptions}
        onClose={() => setInviting(false)}
        onInvited={(invited) => {
          setPassword({ title: 'Agent invited', who: invited.name, password: invited.password });
          list.reload();
        }}
      />
      <OneTimePasswordModal shown={password} onClose={() => setPassword(null)} />
    </Stack>
  );
}
