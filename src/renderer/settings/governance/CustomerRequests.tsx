import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { downloadText } from './downloadText';
import { EraseCustomerModal } from './EraseCustomerModal';
import { touchedSummary } from './touchedSummary';

/** Access and erasure requests for one customer: pick them, then export or erase. */
export function CustomerRequests({ onRun }: { onRun(): void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // Kept on choice: the search then holds the chosen label, which matches no customer in the list.
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [erasing, setErasing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const list = useRelayQuery('customers.list', { query: debounced, limit: 50 }, ['customers']);
  const customers = list.data?.customers ?? [];
  const options = customers.map((c) => ({ value: c.id, label: c.email ? `${c.name} (${c.email})` : c.name }));

  async function exportData() {
    if (!picked) return;
    setExporting(true);
    const reply = await relay().invoke('governance.export', { customerId: picked.id });
    setExporting(false);
    if (!reply.ok) return setFailure(reply.error.message);
    downloadText(reply.data.filename, reply.data.json);
    onRun();
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="governance-requests">
      <Title order={3} fz="h4" id="governance-requests">
        Customer requests
      </Title>
      <Text size="sm" c="dimmed">
        Export everything held about a customer (an access request), or erase them (a deletion request).
      </Text>
      {failure && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      <Group align="end">
        <Select
          label="Customer"
          placeholder="Search by name or email"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          data={options}
          value={picked?.id ?? null}
          onChange={(id) => {
            const found = customers.find((c) => c.id === id);
            setPicked(found ? { id: found.id, name: found.name } : null);
          }}
          nothingFoundMessage="No customer matches"
          w={360}
          data-testid="governance-customer"
        />
        <Button variant="default" leftSection={<IconDownload size={16} />} disabled={!picked} loading={exporting} onClick={() => void exportData()} data-testid="governance-export">
          Export data
        </Button>
        <Button color="red" variant="light" leftSection={<IconTrash size={16} />} disabled={!picked} onClick={() => setErasing(true)} data-testid="governance-erase">
          Erase customer…
        </Button>
      </Group>
      {erasing && picked && (
        <EraseCustomerModal
          customer={picked}
          onClose={() => setErasing(false)}
          onErased={(touched) => {
            setErasing(false);
            setPicked(null);
            notifications.show({ color: 'teal', title: 'Customer erased', message: `Erased: ${touchedSummary(touched)}.` });
            onRun();
          }}
        />
      )}
    </Stack>
  );
}
