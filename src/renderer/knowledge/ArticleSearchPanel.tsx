import { Box, Center, CloseButton, Group, Loader, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useListKeys } from '../app/shortcuts/useListKeys';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ArticleHitRow } from './ArticleHitRow';

const refreshOn = ['kb_articles'] as const;
const searchId = 'article-search';

interface Props {
  query: string;
  onQueryChange(query: string): void;
  category: string | null;
  onCategoryChange(category: string | null): void;
  openId: string | null;
  onOpen(id: string): void;
}

/** The left column: live ranked search, category filter and the results. */
export function ArticleSearchPanel({ query, onQueryChange, category, onCategoryChange, openId, onOpen }: Props) {
  const [debounced] = useDebouncedValue(query, 120);
  const hits = useRelayQuery('kb.search', { query: debounced, category, limit: 50 }, refreshOn);
  const categories = useRelayQuery('kb.categories', {}, refreshOn);
  const cursorId = useListKeys({ rows: '[data-testid="kb-hit"]', searchId, openId, onOpen });

  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }}>
      <Stack gap="xs" p="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <TextInput
          id={searchId}
          aria-label="Search articles"
          placeholder="Search articles…"
          leftSection={<IconSearch size={16} />}
          rightSection={query ? <CloseButton size="sm" aria-label="Clear search" onClick={() => onQueryChange('')} /> : null}
          value={query}
          onChange={(e) => onQueryChange(e.currentTarget.value)}
        />
        <Select
          aria-label="Category"
          placeholder="All categories"
          clearable
          data={(categories.data ?? []).map((c) => ({ value: c.category, label: `${c.category} (${c.count})` }))}
          value={category}
          onChange={onCategoryChange}
          comboboxProps={{ withinPortal: true }}
        />
      </Stack>
      <ScrollArea flex={1} type="auto" data-testid="kb-results">
        {hits.data === undefined ? (
          <Center p="xl">
            <Loader size="sm" />
          </Center>
        ) : hits.data.length === 0 ? (
          <Box p="lg" ta="center">
            <Text fw={600} size="sm">
              {debounced.trim() ? `No articles match “${debounced.trim()}”` : 'No articles yet'}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {debounced.trim() ? 'Try fewer or different words' + (category ? ', or all categories.' : '.') : 'Leads and admins can write the first one.'}
            </Text>
          </Box>
        ) : (
          <>
            <Group px="md" py={6} justify="space-between">
              <Text size="xs" c="dimmed">
                {debounced.trim() ? `${hits.data.length} ${hits.data.length === 1 ? 'match' : 'matches'}, best first` : `${hits.data.length} articles`}
              </Text>
            </Group>
            {hits.data.map((hit) => (
              <ArticleHitRow key={hit.id} hit={hit} open={hit.id === openId} cursor={hit.id === cursorId} onOpen={() => onOpen(hit.id)} />
            ))}
          </>
        )}
      </ScrollArea>
    </Stack>
  );
}
