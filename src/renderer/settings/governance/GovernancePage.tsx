import { Divider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { HubOnlyNotice } from '../HubOnlyNotice';
import { useHubOnline } from '../useHubOnline';
import { CustomerRequests } from './CustomerRequests';
import { GovernanceRunLog } from './GovernanceRunLog';
import { RetentionRules } from './RetentionRules';

/** Settings → Data governance (admins): customer export and erasure, retention rules, and the log of every run. */
export function GovernancePage() {
  const online = useHubOnline();
  const [version, setVersion] = useState(0);
  const ran = () => setVersion((v) => v + 1);
  return (
    <Stack gap="lg" data-testid="settings-governance">
      <div>
        <Title order={2} fz="h3">
          Data governance
        </Title>
        <Text size="sm" c="dimmed">
          Requests from customers about their data, and how long solved tickets are kept. Every run is audited.
        </Text>
      </div>
      {online === false && <HubOnlyNotice what="Erasure, export and retention run" />}
      {online && (
        <>
          <CustomerRequests onRun={ran} />
          <Divider />
          <RetentionRules onRun={ran} />
          <Divider />
          <GovernanceRunLog version={version} />
        </>
      )}
    </Stack>
  );
}
