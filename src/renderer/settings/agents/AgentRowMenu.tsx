import { ActionIcon, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconKey, IconLogout, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { IpcError, ManagedAgent } from '../../../core';
import { relay } from '../../bridge/relay';
import { agentActions, type AgentAction } from './agentActions';

const icons: Record<AgentAction, typeof IconKey> = { resetPassword: IconKey, signOutEverywhere: IconLogout, deactivate: IconUserOff, reactivate: IconUserCheck };

/** Runs one action on the hub; a reset answers the new password. */
async function run(action: AgentAction, id: string): Promise<{ ok: true; password: string | null } | { ok: false; error: IpcError }> {
  if (action === 'resetPassword') {
    const reply = await relay().invoke('people.resetPassword', { id });
    return reply.ok ? { ok: true, password: reply.data.newPassword } : reply;
  }
  const reply = await relay().invoke(agentActions[action].channel, { id });
  return reply.ok ? { ok: true, password: null } : { ok: false, error: reply.error };
}

/** An agent row's menu (admins): each action asks once, then runs on the hub. */
export function AgentRowMenu({
  agent,
  self,
  disabled,
  onDone,
  onPassword,
}: {
  agent: ManagedAgent;
  self: boolean;
  disabled: boolean;
  onDone(): void;
  onPassword(password: string): void;
}) {
  const [asking, setAsking] = useState<AgentAction | null>(null);
  const [busy, setBusy] = useState(false);
  // Your own password and sessions are in My profile and the account menu (a reset here would sign this desktop out); the hub refuses self-deactivation too.
  const offered: AgentAction[] = self ? [] : agent.active ? ['resetPassword', 'signOutEverywhere', 'deactivate'] : ['reactivate'];
  const action = asking ? agentActions[asking] : null;
  if (offered.length === 0) return null;

  async function confirm() {
    if (!asking) return;
    setBusy(true);
    const result = await run(asking, agent.id);
    setBusy(false);
    const done = asking;
    setAsking(null);
    if (!result.ok) return notifications.show({ color: 'red', title: `${agentActions[done].label} failed`, message: result.error.message });
    notifications.show({ color: 'teal', title: agentActions[done].label, message: agentActions[done].done(agent.name) });
    if (result.password) onPassword(result.password);
    onDone();
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${agent.name}`} disabled={disabled}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {offered.map((a) => {
            const Icon = icons[a];
            return (
              <Menu.Item key={a} leftSection={<Icon size={14} />} color={agentActions[a].danger ? 'red' : undefined} onClick={() => setAsking(a)}>
                {agentActions[a].label}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={action !== null} onClose={() => setAsking(null)} title={action ? `${action.label}: ${agent.name}?` : ''} centered>
        {action && (
          <Stack gap="md">
            <Text size="sm">{action.confirm(agent.name)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)} disabled={busy}>
                Cancel
              </Button>
              <Button color={action.danger ? 'red' : undefined} loading={busy} onClick={() => void confirm()} data-autofocus>
                {action.label}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
