import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { relay } from '../bridge/relay';

const MIN_LENGTH = 10;

/** Current, new and confirmed password; the hub's answer (wrong current password, too weak) shows inline. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: 'current' | 'new' | 'form'; message: string } | null>(null);

  function close() {
    setCurrent('');
    setNext('');
    setConfirm('');
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next.length < MIN_LENGTH) return setError({ field: 'new', message: `Use at least ${MIN_LENGTH} characters.` });
    if (next !== confirm) return setError({ field: 'new', message: 'The two new passwords differ.' });
    setBusy(true);
    setError(null);
    const reply = await relay().invoke('session.changePassword', { currentPassword: current, newPassword: next });
    setBusy(false);
    if (!reply.ok) {
      const field = reply.error.code === 'unauthorized' ? 'current' : reply.error.code === 'invalid_input' ? 'new' : 'form';
      setError({ field, message: reply.error.message });
      return;
    }
    notifications.show({ color: 'green', title: 'Password changed', message: 'Your other sessions were signed out.' });
    close();
  }

  return (
    <Modal opened={opened} onClose={close} title="Change password" centered>
      <form onSubmit={submit} aria-label="Change password">
        <Stack gap="sm">
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={error?.field === 'current' ? error.message : undefined}
            required
            data-autofocus
          />
          <PasswordInput
            label="New password"
            description={`At least ${MIN_LENGTH} characters.`}
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={error?.field === 'new' ? error.message : undefined}
            required
          />
          <PasswordInput
            label="Confirm new password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            required
          />
          {error?.field === 'form' && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
