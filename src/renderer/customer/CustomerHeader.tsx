import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowMerge, IconBell, IconBellOff, IconLanguage, IconMail, IconMoon, IconPencil, IconPhone, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContactRow, CustomerRow } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { ticketLabels } from '../app/ticketLabels';
import { TierBadge } from './TierBadge';
import { NewTicketButton } from '../newticket/NewTicketButton';
import { CustomerEditDrawer } from './edit/CustomerEditDrawer';
import { MergeCustomerModal } from './edit/MergeCustomerModal';

const optInChannels = ['email', 'sms', 'chat', 'social'] as const;

/** Who the customer is and how they want to be reached: profile, preferences and contacts. */
export function CustomerHeader({ customer, contacts, canMerge }: { customer: CustomerRow; contacts: ContactRow[]; canMerge: boolean }) {
  const { preferences } = customer;
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  return (
    <Stack gap="sm" data-testid="customer-header">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={2} size="h3" lineClamp={1} data-testid="customer-name">
            {customer.name}
          </Title>
          <Group gap="xs">
            <Badge size="sm" variant="outline" color={customer.kind === 'b2b' ? 'indigo' : 'cyan'}>
              {customer.kind === 'b2b' ? 'B2B' : 'B2C'}
            </Badge>
            <TierBadge tier={customer.tier} />
            <Badge size="sm" variant="default" tt="none">
              {customer.segment}
            </Badge>
            <NewTicketButton customerId={customer.id} />
            <Button size="compact-xs" variant="light" leftSection={<IconPencil size={12} />} onClick={() => setEditing(true)} data-testid="customer-edit-open">
              Edit
            </Button>
            {canMerge && (
              <Button size="compact-xs" variant="subtle" leftSection={<IconArrowMerge size={12} />} onClick={() => setMerging(true)} data-testid="customer-merge-open">
                Merge duplicate…
              </Button>
            )}
          </Group>
        </Stack>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          {customer.email && (
            <Group gap={6} wrap="nowrap">
              <IconMail size={14} color="var(--mantine-color-dimmed)" />
              <Anchor size="sm" href={`mailto:${customer.email}`}>
                {customer.email}
              </Anchor>
            </Group>
          )}
          {customer.phone && (
            <Group gap={6} wrap="nowrap">
              <IconPhone size={14} color="var(--mantine-color-dimmed)" />
              <Text size="sm">{customer.phone}</Text>
            </Group>
          )}
        </Stack>
      </Group>

      <Group gap="lg" data-testid="customer-preferences">
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            Prefers
          </Text>
          <Badge size="sm" variant="light" leftSection={<ChannelIcon channel={preferences.preferredChannel} size={12} />}>
            {ticketLabels.channel[preferences.preferredChannel]}
          </Badge>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconLanguage size={15} color="var(--mantine-color-dimmed)" />
          <Text size="sm">{preferences.language}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconMoon size={15} color="var(--mantine-color-dimmed)" />
          <Text size="sm">
            {preferences.quietHours
              ? `Quiet ${preferences.quietHours.start}–${preferences.quietHours.end} (${preferences.quietHours.timeZone})`
              : 'No quiet hours'}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed" mr={2}>
            Notifications
          </Text>
          {optInChannels.map((channel) => {
            const on = preferences.optIns[channel];
            return (
              <Tooltip key={channel} label={on ? 'Opted in to proactive messages' : 'Not opted in'}>
                <Badge
                  size="sm"
                  variant={on ? 'light' : 'outline'}
                  color={on ? 'teal' : 'gray'}
                  leftSection={on ? <IconBell size={11} /> : <IconBellOff size={11} />}
                >
                  {ticketLabels.channel[channel]}
                </Badge>
              </Tooltip>
            );
          })}
        </Group>
      </Group>

      {customer.addresses.length > 0 && (
        <Group gap="md" data-testid="customer-addresses">
          {customer.addresses.map((a, i) => (
            <Text key={i} size="sm">
              <Text span size="xs" c="dimmed">
                {a.label}:{' '}
              </Text>
              {[a.line1, a.line2, [a.postcode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ')}
            </Text>
          ))}
        </Group>
      )}

      {/* Keyed by version: reopening after a save starts from the saved customer. */}
      {editing && <CustomerEditDrawer key={customer.updatedAt} customer={customer} contacts={contacts} opened onClose={() => setEditing(false)} />}
      {merging && <MergeCustomerModal survivor={customer} opened onClose={() => setMerging(false)} />}

      {contacts.length > 0 && (
        <SimpleGrid cols={3} spacing="xs" data-testid="customer-contacts">
          {contacts.map((c) => (
            <Paper key={c.id} withBorder px="sm" py={6} radius="md">
              <Group gap={6} wrap="nowrap">
                <IconUser size={14} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
                <Text size="sm" fw={600} truncate>
                  {c.name}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {[c.role, c.email ?? c.phone].filter(Boolean).join(' · ') || 'No details'}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
