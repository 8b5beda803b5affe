import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { relay } from '../bridge/relay';

const MAX = 5_000;

/** The agent's own email signature (Markdown), appended under their email replies; saved offline too. */
export function SignatureModal({ opened, agentId, onClose }: { opened: boolean; agentId: string; onClose(): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setError(null);
    void relay()
      .invoke('account.signature', {})
      .then((reply) => setText(reply.ok ? reply.data.signature : ''));
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const reply = await relay().invoke('agent.setSignature', { agentId, signature: text });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.message);
    notifications.show({ color: 'green', title: 'Signature saved', message: text.trim() ? 'It goes under your email replies.' : 'Your email replies go without one.' });
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Email signature" size="lg">
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Added under your email replies after a “-- ” line. Markdown is fine (**bold**, links). Leave empty for none.
          </Text>
          <Textarea
            label="Signature"
            data-testid="signature-input"
            autosize
            minRows={4}
            maxRows={10}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error ?? (text.length > MAX ? `At most ${MAX.toLocaleString()} characters (now ${text.length.toLocaleString()}).` : null)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={text.length > MAX} data-testid="save-signature">
              Save signature
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
