import { Alert } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';

/** Said on a settings page whose work happens on the hub (nothing of it is queued) while the hub is out of reach. */
export function HubOnlyNotice({ what }: { what: string }) {
  return (
    <Alert color="yellow" icon={<IconCloudOff />} title="Needs the hub" data-testid="hub-only-notice">
      {what} on the hub, and this computer is not connected to it right now (offline, or Work offline is on). This page works again once you are connected.
    </Alert>
  );
}
