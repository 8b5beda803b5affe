import { Alert, Box, Center, CloseButton, Loader, ScrollArea, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconSearch, IconUsers } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useListKeys } from '../app/shortcuts/useListKeys';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { CustomerListRow } from './CustomerListRow';
import { useLastDefined } from './useLastDefined';

const LIMIT = 500;
const ROW_HEIGHT = 64;
const refreshOn = ['customers', 'tickets'] as const;
const searchId = 'customer-search';

/** The searchable, virtualised customer list (left side of the Customers workspace). */
export function CustomerList({ openId, onOpen }: { openId: string | null; onOpen(id: string): void }) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const list = useRelayQuery('customers.list', { query: debounced, limit: LIMIT }, refreshOn);
  const data = useLastDefined(list.data);
  const viewport = useRef<HTMLDivElement>(null);
  const rows = data?.customers ?? [];
  const cursorId = useListKeys({ rows: '[data-testid="customer-row"]', searchId, openId, onOpen });
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => viewport.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  // A customer opened from elsewhere (palette, ticket) is brought into view once, not on every refresh.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!openId || revealed.current === openId) return;
    const index = rows.findIndex((c) => c.id === openId);
    if (index === -1) return;
    revealed.current = openId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [openId, rows, virtualizer]);

  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }} data-testid="customer-list">
      <Box px="sm" pt="sm" pb={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        {/* The search field names the list on screen; assistive tech gets a top heading too. */}
        <VisuallyHidden component="h1">Customers</VisuallyHidden>
        <TextInput
          id={searchId}
          placeholder="Search name or email"
          aria-label="Search customers"
          leftSection={<IconSearch size={16} />}
          rightSection={query ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setQuery('')} /> : null}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Text size="xs" c="dimmed" mt={6} data-testid="customer-count">
          {data === undefined
            ? ' '
            : data.total > rows.length
              ? `Showing ${rows.length} of ${data.total.toLocaleString()}: type to narrow`
              : `${data.total.toLocaleString()} ${data.total === 1 ? 'customer' : 'customers'}`}
        </Text>
      </Box>
      {list.error && (
        <Alert m="sm" color="red" icon={<IconAlertCircle />} title="Could not load customers">
          {list.error.message}
        </Alert>
      )}
      {data === undefined && !list.error && (
        <Center flex={1}>
          <Loader size="sm" />
        </Center>
      )}
      {data && rows.length === 0 && (
        <Center flex={1} p="lg">
          <Box ta="center">
            <IconUsers size={32} stroke={1.3} color="var(--mantine-color-dimmed)" />
            <Text fw={600} mt="xs">
              {debounced ? 'No customer matches' : 'No customers yet'}
            </Text>
            <Text size="sm" c="dimmed">
              {debounced ? 'Try part of the name or the email domain.' : 'Customers appear here once they reach your computer.'}
            </Text>
          </Box>
        </Center>
      )}
      {rows.length > 0 && (
        <ScrollArea flex={1} viewportRef={viewport} type="auto">
          <Box h={virtualizer.getTotalSize()} pos="relative">
            {virtualizer.getVirtualItems().map((item) => {
              const customer = rows[item.index]!;
              return (
                <Box key={customer.id} pos="absolute" top={0} left={0} w="100%" h={item.size} style={{ transform: `translateY(${item.start}px)` }}>
                  <CustomerListRow customer={customer} open={customer.id === openId} cursor={customer.id === cursorId} onOpen={() => onOpen(customer.id)} />
                </Box>
              );
            })}
          </Box>
        </ScrollArea>
      )}
    </Box>
  );
}
