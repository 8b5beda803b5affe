import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { relay } from '../../bridge/relay';

export interface ErasureTarget {
  id: string;
  name: string;
}

/** Confirms an erasure by having the admin type the customer's name; nothing is erased on a mismatch. */
export function EraseCustomerModal({ customer, onClose, onErased }: { customer: ErasureTarget; onClose(): void; onErased(touched: Record<string, number>): void }) {
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const matches = typed.trim().toLowerCase() === customer.name.trim().toLowerCase();

  async function erase() {
    setBusy(true);
    const reply = await relay().invoke('governance.erase', { customerId: customer.id, confirmName: typed });
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error.message);
    onErased(reply.data.touched);
  }

  return (
    <Modal opened onClose={onClose} title={`Erase ${customer.name}`} size="md" data-testid="governance-erase-modal">
      <Stack gap="sm">
        <Text size="sm">
          Their name, contacts, addresses, ticket subjects, message text and files are overwritten on the hub, in its history and on every desktop as it syncs. Tickets stay (closed) so
          reports keep their counts. This cannot be undone.
        </Text>
        {failure && (
          <Alert color="red" title="Not erased" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={`Type "${customer.name}" to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
          data-testid="governance-erase-confirm-name"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void erase()} disabled={!matches} loading={busy} data-testid="governance-erase-confirm">
            Erase customer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
