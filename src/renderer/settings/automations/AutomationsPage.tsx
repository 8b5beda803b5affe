import { Alert, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import type { NameLookup } from './describeAction';
import { NotificationsTab } from './NotificationsTab';
import { TicketRulesTab } from './TicketRulesTab';

/**
 * Settings → Automations (leads and admins): ticket rules (when → if → then, with a dry run) and
 * the customer notifications. Saves are queued `automation.save` mutations, so it works offline.
 */
export function AutomationsPage() {
  const editor = useRelayQuery('automations.editor', {}, ['automations', 'teams', 'agents', 'macros']);
  const data = editor.data;
  const teamName = new Map((data?.teams ?? []).map((t) => [t.id, t.name]));
  const agentName = new Map((data?.agents ?? []).map((a) => [a.id, a.name]));
  const names: NameLookup = { team: (id) => teamName.get(id) ?? 'a removed team', agent: (id) => agentName.get(id) ?? 'a removed agent' };
  return (
    <Stack gap="md" data-testid="settings-automations">
      <div>
        <Title order={2} fz="h3">
          Automations
        </Title>
        <Text size="sm" c="dimmed">
          Shared by every team. Changes are saved on this computer first and sent to the hub when connected; the hub runs them.
        </Text>
      </div>
      {editor.error ? (
        <Alert color="red" title="Automations could not be read">
          {editor.error.message}
        </Alert>
      ) : !data ? (
        <Loader size="sm" />
      ) : (
        <Tabs defaultValue="rules" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="rules">Ticket rules</Tabs.Tab>
            <Tabs.Tab value="notifications">Customer notifications</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="rules" pt="md">
            <TicketRulesTab rows={data.automations} choices={{ teams: data.teams, agents: data.agents }} names={names} />
          </Tabs.Panel>
          <Tabs.Panel value="notifications" pt="md">
            <NotificationsTab rows={data.automations} macros={data.macros} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
