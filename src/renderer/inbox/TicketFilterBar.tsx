import { ActionIcon, Box, CloseButton, Group, Kbd, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { channelSchema, ticketPrioritySchema, ticketStatusSchema } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { ticketLabels } from '../app/ticketLabels';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { FieldFilterMenu } from './FieldFilterMenu';
import { FilterMenu } from './FilterMenu';
import type { InboxQuery } from './InboxQuery';
import { inboxSearchId } from './inboxSearchId';

/** Search (`/` focuses it) and the channel / status / priority filters, above the list. */
export function TicketFilterBar({ query, onChange }: { query: InboxQuery; onChange(query: InboxQuery): void }) {
  const [text, setText] = useState(query.search);
  // The navbar may reset the search: follow it.
  useEffect(() => setText(query.search), [query.search]);
  const commit = useDebouncedCallback((search: string) => onChange({ ...query, search }), 250);
  // Tags in use change with every ticket: read again when the menu opens, not on every ticket change.
  const labelQuery = useRelayQuery('newTicket.options', { customerId: null }, ['tag_defs', 'field_defs']);
  const labels = labelQuery.data;
  const tagOptions = [...new Set([...(labels?.tagDefs.map((d) => d.name) ?? []), ...(labels?.usedTags ?? []), ...query.tags])];
  const filtered =
    query.channel.length + query.status.length + query.priority.length + query.tags.length + Object.keys(query.fields).length > 0 || query.search !== '';

  return (
    <Box px="sm" py={8} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} data-testid="filter-bar">
      <TextInput
        id={inboxSearchId}
        size="xs"
        placeholder="Search tickets, messages, tracking no."
        aria-label="Search tickets"
        leftSection={<IconSearch size={14} />}
        rightSectionWidth={text ? 28 : 34}
        rightSection={
          text ? (
            <CloseButton size="xs" aria-label="Clear search" onClick={() => { setText(''); onChange({ ...query, search: '' }); }} />
          ) : (
            <Kbd size="xs">/</Kbd>
          )
        }
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          commit(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
          if (e.key === 'Enter') onChange({ ...query, search: text });
        }}
      />
      <Group gap={6} mt={6} wrap="wrap">
        <FilterMenu
          label="Channel"
          options={channelSchema.options}
          labels={ticketLabels.channel}
          icon={(c) => <ChannelIcon channel={c} size={14} />}
          value={query.channel}
          onChange={(channel) => onChange({ ...query, channel })}
        />
        <FilterMenu label="Status" options={ticketStatusSchema.options} labels={ticketLabels.status} value={query.status} onChange={(status) => onChange({ ...query, status })} />
        <FilterMenu
          label="Priority"
          options={[...ticketPrioritySchema.options].reverse()}
          labels={ticketLabels.priority}
          value={query.priority}
          onChange={(priority) => onChange({ ...query, priority })}
        />
        {tagOptions.length > 0 && (
          <FilterMenu label="Tags" options={tagOptions} labels={Object.fromEntries(tagOptions.map((t) => [t, t]))} value={query.tags} onChange={(tags) => onChange({ ...query, tags })} onOpen={labelQuery.reload} />
        )}
        <FieldFilterMenu defs={labels?.fieldDefs ?? []} value={query.fields} onChange={(fields) => onChange({ ...query, fields })} />
        {filtered && (
          <Tooltip label="Clear filters and search">
            <ActionIcon
              ml="auto"
              size="sm"
              variant="subtle"
              color="gray"
              aria-label="Clear filters"
              onClick={() => onChange({ ...query, channel: [], status: [], priority: [], tags: [], fields: {}, search: '' })}
            >
              <IconFilterOff size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Box>
  );
}
