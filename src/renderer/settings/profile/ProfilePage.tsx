import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconKey, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgentRow } from '../../../core';
import { ChangePasswordModal } from '../../account/ChangePasswordModal';
import { SignatureModal } from '../../account/SignatureModal';
import { useRelayQuery } from '../../bridge/useRelayQuery';

const roleLabels: Record<AgentRow['role'], string> = { agent: 'Agent', lead: 'Team lead', admin: 'Administrator' };

/** The signed-in agent's own account: who they are, their password and their email signature. */
export function ProfilePage({ agent }: { agent: AgentRow }) {
  const [changingPassword, setChangingPassword] = useState(false);
  const [editingSignature, setEditingSignature] = useState(false);
  const signature = useRelayQuery('account.signature', {}, ['agents']);
  const text = signature.data?.signature ?? '';
  return (
    <Stack gap="md" data-testid="settings-profile">
      <Title order={2} fz="h3">
        My profile
      </Title>
      <Card withBorder radius="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} size="lg">
              {agent.name}
            </Text>
            <Text size="sm" c="dimmed">
              {agent.email}
            </Text>
          </div>
          <Badge variant="light">{roleLabels[agent.role]}</Badge>
        </Group>
        <Text size="sm" c="dimmed" mt="sm">
          Your name, email, role and team are set by an administrator.
        </Text>
      </Card>
      <Card withBorder radius="md">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>Email signature</Text>
          <Button size="xs" variant="light" leftSection={<IconSignature size={14} />} onClick={() => setEditingSignature(true)}>
            Edit signature
          </Button>
        </Group>
        {text.trim() ? (
          <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }} data-testid="profile-signature">
            {text}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" data-testid="profile-signature">
            No signature: your email replies end with your words.
          </Text>
        )}
      </Card>
      <Card withBorder radius="md">
        <Group justify="space-between">
          <div>
            <Text fw={600}>Password</Text>
            <Text size="sm" c="dimmed">
              Changing it keeps this computer signed in; sign out everywhere from the account menu.
            </Text>
          </div>
          <Button size="xs" variant="light" leftSection={<IconKey size={14} />} onClick={() => setChangingPassword(true)}>
            Change password
          </Button>
        </Group>
      </Card>
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
      <SignatureModal opened={editingSignature} agentId={agent.id} onClose={() => setEditingSignature(false)} />
    </Stack>
  );
}
