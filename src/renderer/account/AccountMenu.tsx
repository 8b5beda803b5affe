import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDevicesOff, IconKey, IconLogout, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgentRow } from '../../core';
import type { PendingSummary } from '../../core/contract/channels/sessionChannels';
import { relay } from '../bridge/relay';
import { ChangePasswordModal } from './ChangePasswordModal';
import { SignOutModal } from './SignOutModal';
import { SignatureModal } from './SignatureModal';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** The header's account menu: who is signed in, change password, sign out (here or everywhere) without losing unsent work. */
export function AccountMenu({ agent, onSignedOut }: { agent: AgentRow; onSignedOut(): void }) {
  const [dialog, setDialog] = useState<{ summary: PendingSummary; everywhere: boolean } | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const [editingSignature, setEditingSignature] = useState(false);

  function signedOut(everywhere: boolean, revoked: boolean) {
    if (everywhere && !revoked) {
      notifications.show({
        color: 'orange',
        title: 'Signed out on this computer only',
        message: 'The hub could not be reached, so your other sessions stay signed in. Sign out everywhere again when online.',
      });
    }
    onSignedOut();
  }

  async function startSignOut(everywhere: boolean) {
    const summary = await relay().invoke('session.pendingSummary', {});
    if (!summary.ok) return notifications.show({ color: 'red', title: 'Could not sign out', message: summary.error.message });
    // Unsent work: the agent decides what happens to it.
    if (summary.data.unsent > 0) return setDialog({ summary: summary.data, everywhere });
    const reply = await relay().invoke('session.signOut', { everywhere });
    if (reply.ok) signedOut(everywhere, reply.data.revoked);
    else notifications.show({ color: 'red', title: 'Could not sign out', message: reply.error.message });
  }

  return (
    <>
      <Menu position="bottom-end" withArrow>
        <Menu.Target>
          <UnstyledButton data-testid="account-menu">
            <Group gap={8} wrap="nowrap">
              <Avatar size="sm" color="indigo" radius="xl" aria-hidden>
                {initials(agent.name)}
              </Avatar>
              <div>
                <Text size="sm" fw={600} lh={1.1} data-testid="signed-in-agent">
                  {agent.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.1}>
                  {agent.role}
                </Text>
              </div>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{agent.email}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPassword(true)}>
            Change password…
          </Menu.Item>
          <Menu.Item leftSection={<IconSignature size={16} />} onClick={() => setEditingSignature(true)} data-testid="edit-signature">
            Email signature…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void startSignOut(false)}>
            Sign out
          </Menu.Item>
          <Menu.Item leftSection={<IconDevicesOff size={16} />} onClick={() => void startSignOut(true)}>
            Sign out everywhere
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutModal
        summary={dialog?.summary ?? null}
        everywhere={dialog?.everywhere ?? false}
        onClose={() => setDialog(null)}
        onSignedOut={(revoked) => {
          const everywhere = dialog?.everywhere ?? false;
          setDialog(null);
          signedOut(everywhere, revoked);
        }}
      />
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
      <SignatureModal opened={editingSignature} agentId={agent.id} onClose={() => setEditingSignature(false)} />
    </>
  );
}
