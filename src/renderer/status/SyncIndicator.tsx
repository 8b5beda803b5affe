import { Badge, Box, Button, Group, Loader, Progress, Switch, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff, IconPlugConnectedX } from '@tabler/icons-react';
import type { EntityName, SyncStatus } from '../../core';
import { formatTime } from '../app/formatTime';
import { relay } from '../bridge/relay';
import { RetryCountdown } from './RetryCountdown';
import { syncProblem } from './syncProblem';
import { useSyncStatus } from './useSyncStatus';

/** Header status: connection, first-sync progress, unsent changes, what failed and when it is retried, and the "Work offline" switch. */
export function SyncIndicator() {
  const [status, applyReply] = useSyncStatus();
  if (!status) return null;

  async function setPaused(paused: boolean) {
    const reply = await relay().invoke('sync.setPaused', { paused });
    if (reply.ok) applyReply(reply.data);
    else notifications.show({ color: 'red', title: 'Could not change sync mode', message: reply.error.message });
  }

  async function retryNow() {
    const reply = await relay().invoke('sync.reconnectNow', {});
    if (reply.ok) applyReply(reply.data);
    else notifications.show({ color: 'red', title: 'Could not retry', message: reply.error.message });
  }

  return (
    <Group gap="md" wrap="nowrap" data-testid="sync-indicator" data-connection={status.connection}>
      <Tooltip label={syncProblem(status) ?? describe(status)} multiline maw={360} withArrow>
        <Group gap={6} wrap="nowrap">
          <ConnectionIcon status={status} />
          <Text size="sm" fw={500} data-testid="sync-label" style={{ whiteSpace: 'nowrap' }}>
            {label(status)}
          </Text>
          {status.lastError && (
            <>
              <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-label="Sync problem" />
              <Text size="xs" c="orange" maw={320} truncate data-testid="sync-error">
                {syncProblem(status)}
              </Text>
              {status.retryAt !== null && !status.paused && <RetryCountdown at={status.retryAt} />}
            </>
          )}
        </Group>
      </Tooltip>
      {status.lastError && status.retryAt !== null && !status.paused && (
        <Button size="compact-xs" variant="light" color="orange" onClick={() => void retryNow()}>
          Retry now
        </Button>
      )}
      {status.syncing && status.progress && status.progress.total > 0 && (
        <Tooltip label="First sync: the rest of this computer's copy is still arriving; what has landed can already be used." multiline maw={280} withArrow>
          <Box w={170} data-testid="sync-progress">
            <Text size="xs" c="dimmed" truncate>
              {entityLabels[status.progress.entity]} {status.progress.done.toLocaleString()} / {status.progress.total.toLocaleString()}
            </Text>
            <Progress size="sm" value={Math.min(100, (100 * status.progress.done) / status.progress.total)} animated aria-label="First sync progress" />
          </Box>
        </Tooltip>
      )}
      {status.unsent > 0 && (
        <Tooltip label="Saved on this computer; sent to the hub when the connection allows." withArrow>
          <Badge color="orange" variant="light" data-testid="unsent-count">
            {status.unsent} unsent
          </Badge>
        </Tooltip>
      )}
      <Switch
        size="sm"
        label="Work offline"
        checked={status.paused}
        onChange={(e) => void setPaused(e.currentTarget.checked)}
      />
    </Group>
  );
}

/** What the first-sync progress calls each entity. */
const entityLabels: Record<EntityName, string> = {
  teams: 'Teams',
  agents: 'Agents',
  customers: 'Customers',
  contacts: 'Contacts',
  customer_duplicates: 'Possible duplicates',
  orders: 'Orders',
  invoices: 'Invoices',
  shipments: 'Shipments',
  tracking_events: 'Tracking events',
  warehouse_events: 'Warehouse events',
  kb_articles: 'Articles',
  macros: 'Macros',
  automations: 'Automations',
  sla_policies: 'SLA policies',
  tag_defs: 'Tags',
  field_defs: 'Custom fields',
  saved_views: 'Saved views',
  shipment_actions: 'Shipment actions',
  tickets: 'Tickets',
  messages: 'Messages',
  exceptions: 'Exceptions',
  csat_responses: 'Survey answers',
};

function ConnectionIcon({ status }: { status: SyncStatus }) {
  if (status.paused) return <IconPlugConnectedX size={18} color="var(--mantine-color-gray-6)" />;
  if (status.connection === 'connecting' || status.syncing) return <Loader size={14} />;
  if (status.connection === 'online') return <IconCloudCheck size={18} color="var(--mantine-color-teal-6)" />;
  return <IconCloudOff size={18} color="var(--mantine-color-red-6)" />;
}

function label(status: SyncStatus): string {
  if (status.paused) return 'Working offline';
  if (status.syncing) return 'Syncing…';
  switch (status.connection) {
    case 'online':
      return 'Online';
    case 'connecting':
      return 'Connecting…';
    case 'offline':
      return status.offlineSince ? `Offline since ${formatTime.clock(status.offlineSince)}` : 'Offline';
    case 'signed_out':
      return 'Signed out';
  }
}

function describe(status: SyncStatus): string {
  if (status.paused) return 'You chose to work offline. Changes are kept and sent when you switch back.';
  if (status.connection === 'online') return 'Connected to the hub; changes are sent right away.';
  if (status.connection === 'offline') return 'No connection to the hub. You can keep working; changes are sent later.';
  return 'Connecting to the hub…';
}
