import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CustomerRow } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';

/**
 * A lead merges a duplicate into the open customer: the duplicate's contacts, orders,
 * shipments and tickets move here and its page redirects here. Leads and admins only (the hub checks too).
 */
export function MergeCustomerModal({ survivor, opened, onClose }: { survivor: CustomerRow; opened: boolean; onClose(): void }) {
  const [search, setSearch] = useState('');
  const [loserId, setLoserId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const list = useRelayQuery('customers.list', { query: search, limit: 50 }, ['customers']);
  const options = (list.data?.customers ?? []).filter((c) => c.id !== survivor.id).map((c) => ({ value: c.id, label: c.email ? `${c.name} (${c.email})` : c.name }));
  const loser = options.find((o) => o.value === loserId);

  async function merge() {
    if (!loserId) return;
    // Read before merging: the optimistic merge takes the duplicate out of the list at once.
    const loserLabel = loser?.label ?? 'The duplicate';
    setMerging(true);
    const reply = await relay().invoke('customer.merge', { survivorId: survivor.id, loserId });
    setMerging(false);
    if (!reply.ok) return setFailure(reply.error.message);
    notifications.show({ color: 'teal', title: 'Customers merged', message: `${loserLabel} is now part of ${survivor.name}.` });
    setLoserId(null);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Merge a duplicate into ${survivor.name}`} size="md" data-testid="customer-merge">
      <Stack gap="sm">
        {failure && (
          <Alert color="red" title="Not merged" withCloseButton onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        )}
        <Select
          label="Duplicate customer"
          placeholder="Search by name or email"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          data={options}
          value={loserId}
          onChange={setLoserId}
          nothingFoundMessage="No other customer matches"
          data-testid="customer-merge-pick"
        />
        {loser && (
          <Text size="sm" c="dimmed">
            Contacts, orders, shipments and tickets of {loser.label} move to {survivor.name}. {loser.label} is kept only as a pointer here. This cannot be undone.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={merging}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void merge()} disabled={!loserId} loading={merging} data-testid="customer-merge-confirm">
            Merge into {survivor.name}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
