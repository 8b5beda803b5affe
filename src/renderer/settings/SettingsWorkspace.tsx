import { Box, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { AgentRow } from '../../core';
import { appAddress } from '../app/navigation/appAddress';
import { useNavigation } from '../app/navigation/NavigationContext';
import { releaseMouseFocus } from '../app/navigation/releaseMouseFocus';
import { settingsPageViews } from './settingsPageViews';

/** The Settings workspace (Alt+6): the pages the agent's role may use on the left, the open page on the right. */
export function SettingsWorkspace({ agent }: { agent: AgentRow }) {
  const navigation = useNavigation();
  const pages = settingsPageViews.filter((view) => view.roles.includes(agent.role));
  // A page this role does not see (a lead's link opened by an agent) shows the first one it does.
  const open = pages.find((view) => view.page === navigation.settingsPage) ?? pages[0];
  return (
    <Box flex={1} style={{ display: 'flex', minHeight: 0, minWidth: 0 }} data-testid="settings-workspace">
      <Box w={260} style={{ borderRight: '1px solid var(--mantine-color-default-border)', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Title order={1} fz="h4" px="md" pt="md" pb="xs">
          Settings
        </Title>
        <ScrollArea flex={1}>
          <Stack gap={2} px="xs" pb="md" component="nav" aria-label="Settings pages">
            {pages.map(({ page, label, description, icon: Icon }) => (
              <NavLink
                key={page}
                label={label}
                description={description}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={open?.page === page}
                // A real link, like the workspace switcher: Tab reaches it, middle-click opens a tab.
                href={appAddress.format({ section: 'settings', page })}
                onClick={releaseMouseFocus}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                data-testid={`settings-page-${page}`}
              />
            ))}
          </Stack>
        </ScrollArea>
      </Box>
      <ScrollArea flex={1} style={{ minWidth: 0 }}>
        <Box p="lg" maw={1100}>
          {open ? (
            <open.Component agent={agent} />
          ) : (
            <Text c="dimmed">There are no settings for your role.</Text>
          )}
        </Box>
      </ScrollArea>
    </Box>
  );
}
