import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { agentInviteSchema, type AgentRole } from '../../../core';
import { relay } from '../../bridge/relay';
import { roleOptions } from './roleOptions';

type Field = 'name' | 'email' | 'role' | 'teamId';

/** Name, email, role and team of a new agent; the hub makes their first password (shown once by the caller). */
export function InviteAgentModal({
  opened,
  teams,
  onClose,
  onInvited,
}: {
  opened: boolean;
  teams: Array<{ value: string; label: string }>;
  onClose(): void;
  onInvited(invited: { name: string; password: string }): void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const [teamId, setTeamId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  function close() {
    setName('');
    setEmail('');
    setRole('agent');
    setTeamId(null);
    setErrors({});
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The same schema the hub checks with: the messages match whichever side refuses.
    const checked = agentInviteSchema.safeParse({ name, email, role, teamId: teamId ?? '' });
    if (!checked.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of checked.error.issues) found[issue.path[0] as Field] ??= issue.path[0] === 'teamId' ? 'choose a team' : issue.message;
      return setErrors(found);
    }
    setBusy(true);
    setErrors({});
    const reply = await relay().invoke('people.invite', checked.data);
    setBusy(false);
    if (!reply.ok) return setErrors({ form: reply.error.message });
    onInvited({ name: reply.data.agent.name, password: reply.data.initialPassword ?? '' });
    close();
  }

  return (
    <Modal opened={opened} onClose={close} title="Invite an agent" centered>
      <form onSubmit={submit} aria-label="Invite an agent" noValidate>
        <Stack gap="sm">
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus required />
          <TextInput label="Email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} required />
          <Group grow>
            <Select label="Role" data={roleOptions} value={role} onChange={(v) => v && setRole(v as AgentRole)} allowDeselect={false} error={errors.role} />
            <Select label="Team" data={teams} value={teamId} onChange={setTeamId} placeholder="Choose a team" error={errors.teamId} searchable />
          </Group>
          {errors.form && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Invite
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
