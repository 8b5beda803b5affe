import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCloudUpload, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { PendingSummary } from '../../core/contract/channels/sessionChannels';
import { relay } from '../bridge/relay';
import { useSyncStatus } from '../status/useSyncStatus';
import { changesLabel } from './changesLabel';
import { saveTextFile } from './saveTextFile';

interface Props {
  /** What is unsent (null: the dialog is closed). */
  summary: PendingSummary | null;
  everywhere: boolean;
  onClose(): void;
  onSignedOut(revoked: boolean): void;
}

/** Sign-out with unsent changes: send them first, keep them for later, or export them; never drop them. */
export function SignOutModal({ summary, everywhere, onClose, onSignedOut }: Props) {
  const [busy, setBusy] = useState<'send' | 'keep' | 'export' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status] = useSyncStatus();

  async function signOut(pending: 'send' | 'keep') {
    setBusy(pending);
    setError(null);
    const reply = await relay().invoke('session.signOut', { everywhere, pending });
    setBusy(null);
    if (reply.ok) onSignedOut(reply.data.revoked);
    else setError(reply.error.message);
  }

  async function exportChanges() {
    setBusy('export');
    setError(null);
    const reply = await relay().invoke('session.exportPending', {});
    setBusy(null);
    if (reply.ok) saveTextFile(reply.data.fileName, reply.data.content);
    else setError(reply.error.message);
  }

  const unsent = busy === 'send' && status ? status.unsent : (summary?.unsent ?? 0);
  return (
    <Modal
      opened={summary !== null}
      onClose={() => busy === null && onClose()}
      title={everywhere ? 'Sign out everywhere' : 'Sign out'}
      centered
      closeOnClickOutside={busy === null}
      data-testid="sign-out-dialog"
    >
      <Stack gap="md">
        <Text fw={600} data-testid="sign-out-unsent">
          {changesLabel(unsent)} not sent yet
        </Text>
        <Text size="sm" c="dimmed">
          Send them now, or keep them on this computer: they go out when you sign in here again, and nobody
          else who signs in here sees or sends them.
        </Text>
        {busy === 'send' && (
          <Text size="sm" role="status">
            Sending… {changesLabel(unsent)} left
          </Text>
        )}
        {error && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {error}
          </Alert>
        )}
        {summary && !summary.canSendNow && summary.cannotSendReason && (
          <Text size="sm" c="orange" data-testid="cannot-send-reason">
            Cannot send now: {summary.cannotSendReason}
          </Text>
        )}
        <Stack gap="xs">
          <Button
            leftSection={<IconCloudUpload size={16} />}
            disabled={!summary?.canSendNow || (busy !== null && busy !== 'send')}
            loading={busy === 'send'}
            onClick={() => void signOut('send')}
          >
            Send now and sign out
          </Button>
          <Button variant="light" disabled={busy !== null && busy !== 'keep'} loading={busy === 'keep'} onClick={() => void signOut('keep')}>
            Keep for later
          </Button>
          <Group grow>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              disabled={busy !== null && busy !== 'export'}
              loading={busy === 'export'}
              onClick={() => void exportChanges()}
            >
              Export…
            </Button>
            <Button variant="subtle" color="gray" disabled={busy !== null} onClick={onClose}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Modal>
  );
}
