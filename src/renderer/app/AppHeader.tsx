import { Avatar, Group, Menu, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconTruckDelivery } from '@tabler/icons-react';
import type { AgentRow } from '../../core';
import { FailedChanges } from '../status/FailedChanges';
import { SyncIndicator } from '../status/SyncIndicator';
import { PaletteButton } from '../spotlight/PaletteButton';
import { ColorSchemeToggle } from './ColorSchemeToggle';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

interface Props {
  agent: AgentRow;
  onSignOut(): void;
  onOpenTicket(ticketId: string): void;
}

export function AppHeader({ agent, onSignOut, onOpenTicket }: Props) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon size="md" radius="md">
          <IconTruckDelivery size={18} />
        </ThemeIcon>
        <Text fw={800} size="lg">
          Relay
        </Text>
      </Group>
      <PaletteButton />
      <Group gap="lg" wrap="nowrap">
        <FailedChanges onOpenTicket={onOpenTicket} />
        <SyncIndicator />
        <ColorSchemeToggle />
        <Menu position="bottom-end" withArrow>
          <Menu.Target>
            <UnstyledButton aria-label="Account" data-testid="account-menu">
              <Group gap={8} wrap="nowrap">
                <Avatar size="sm" color="indigo" radius="xl">
                  {initials(agent.name)}
                </Avatar>
                <div>
                  <Text size="sm" fw={600} lh={1.1} data-testid="signed-in-agent">
                    {agent.name}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.1}>
                    {agent.role}
                  </Text>
                </div>
                <IconChevronDown size={14} />
              </Group>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{agent.email}</Menu.Label>
            <Menu.Item leftSection={<IconLogout size={16} />} onClick={onSignOut}>
              Sign out
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
