import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgentRow, CarrierConnectorView } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { HubOnlyNotice } from '../HubOnlyNotice';
import { useHubOnline } from '../useHubOnline';
import { ConnectorModal } from './ConnectorModal';

const outcomeColor = { sent: 'blue', accepted: 'teal', refused: 'orange', failed: 'red' } as const;
const outcomeLabel = { sent: 'Sent, no answer yet', accepted: 'Accepted', refused: 'Refused', failed: 'Failed' } as const;

/**
 * Settings → Connectors (admins): each carrier's TMS/carrier connector for shipment actions, with
 * whether it is set up and on, and how its latest request went. Hub-only: offline it says so.
 */
export function ConnectorsPage(_props: { agent: AgentRow }) {
  const online = useHubOnline();
  const list = useRelayQuery('connectors.list', online ? {} : null, ['shipment_actions']);
  const [editing, setEditing] = useState<CarrierConnectorView | null>(null);

  return (
    <Stack gap="md" data-testid="settings-connectors">
      <div>
        <Title order={2} fz="h3">
          Connectors
        </Title>
        <Text size="sm" c="dimmed">
          Where Relay sends shipment actions (reschedule, redirect, pickups, claims) for each carrier. Requests for a carrier without an enabled connector wait on the hub.
        </Text>
      </div>
      {online === false && <HubOnlyNotice what="Carrier connectors are managed" />}
      {list.error && online && (
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {list.error.message}
        </Alert>
      )}
      {online && !list.data && !list.error && <Loader size="sm" />}
      {list.data && list.data.length === 0 && (
        <Text size="sm" c="dimmed">
          No carriers yet: they appear here once shipments arrive through the logistics feeds.
        </Text>
      )}
      {list.data && list.data.length > 0 && (
        <Table verticalSpacing="xs" aria-label="Carrier connectors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Carrier</Table.Th>
              <Table.Th>Connector URL</Table.Th>
              <Table.Th w={90}>Secret</Table.Th>
              <Table.Th w={120}>Status</Table.Th>
              <Table.Th>Latest request</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((c) => (
              <Table.Tr key={c.carrier} data-testid="connector-row" data-carrier={c.carrier}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.carrier}
                  </Text>
                </Table.Td>
                <Table.Td style={{ maxWidth: 280 }}>
                  <Text size="sm" ff="monospace" truncate title={c.url ?? undefined} c={c.url ? undefined : 'dimmed'}>
                    {c.url ?? 'Not connected'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={c.secretSet ? undefined : 'dimmed'}>
                    {c.secretSet ? 'Set' : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={c.url === null ? 'gray' : c.enabled ? 'teal' : 'orange'} data-testid="connector-status">
                    {c.url === null ? 'Not set up' : c.enabled ? 'Enabled' : 'Disabled'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {c.lastOutcome ? (
                      <Tooltip label={c.lastOutcome.reason ?? 'No reason given'} disabled={!c.lastOutcome.reason} multiline w={320}>
                        <Group gap={6} wrap="nowrap">
                          <Badge size="sm" variant="light" color={outcomeColor[c.lastOutcome.state]} data-testid="connector-last-outcome">
                            {outcomeLabel[c.lastOutcome.state]}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {new Date(c.lastOutcome.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
                          </Text>
                        </Group>
                      </Tooltip>
                    ) : (
                      <Text size="xs" c="dimmed">
                        No request sent yet
                      </Text>
                    )}
                    {c.waiting > 0 && (
                      <Text size="xs" c="orange" data-testid="connector-waiting">
                        {c.waiting} request{c.waiting === 1 ? '' : 's'} waiting
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" leftSection={<IconPlugConnected size={14} />} disabled={!online} onClick={() => setEditing(c)} aria-label={`${c.url ? 'Edit' : 'Connect'} ${c.carrier}`}>
                    {c.url ? 'Edit' : 'Connect'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ConnectorModal
          view={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            notifications.show({ color: 'teal', title: 'Connector saved', message: `${editing.carrier}'s requests go to its connector${editing.url ? '' : ' from now on'}.` });
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}
