import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import type { AgentRow } from '../../core';
import { AccountMenu } from '../account/AccountMenu';
import { FailedChanges } from '../status/FailedChanges';
import { SyncIndicator } from '../status/SyncIndicator';
import { PaletteButton } from '../spotlight/PaletteButton';
import { ColorSchemeToggle } from './ColorSchemeToggle';

interface Props {
  agent: AgentRow;
  /** The agent signed out (the account menu has done it). */
  onSignedOut(): void;
  onOpenTicket(ticketId: string): void;
}

export function AppHeader({ agent, onSignedOut, onOpenTicket }: Props) {
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
        <AccountMenu agent={agent} onSignedOut={onSignedOut} />
      </Group>
    </Group>
  );
}
