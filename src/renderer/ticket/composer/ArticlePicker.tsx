import { Badge, Box, Button, Group, Loader, Popover, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconBook2, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { IpcOutput } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { articleUrl } from '../../knowledge/articleUrl';
import { MarkedText } from '../../knowledge/MarkedText';
import { markdownToReplyText } from './markdownToReplyText';

type Hit = IpcOutput<'kb.search'>[number];

interface Props {
  ticketId: string;
  disabled: boolean;
  onInsert(text: string): void;
  onError(message: string): void;
}

/** Suggested articles for the ticket (or a knowledge-base search), each insertable as text or as a link. */
export function ArticlePicker({ ticketId, disabled, onInsert, onError }: Props) {
  const [opened, { close, toggle }] = useDisclosure(false);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const searching = debounced.trim() !== '';
  const suggested = useRelayQuery('kb.suggest', { ticketId, limit: 5 }, ['kb_articles', 'messages', 'tickets']);
  const found = useRelayQuery('kb.search', searching ? { query: debounced, limit: 8 } : null, ['kb_articles']);
  const hits = searching ? found.data : suggested.data;
  const count = suggested.data?.length ?? 0;

  async function insertArticle(hit: Hit) {
    const reply = await relay().invoke('kb.get', { id: hit.id });
    if (!reply.ok || reply.data === null) {
      onError(reply.ok ? 'That article is no longer available.' : reply.error.message);
      return;
    }
    onInsert(markdownToReplyText(reply.data.body));
    close();
  }

  function insertLink(hit: Hit) {
    onInsert(`${hit.title.text}: ${articleUrl(hit.id)}`);
    close();
  }

  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="top-start" width={440} shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconBook2 size={14} />}
          rightSection={count > 0 ? <Badge size="xs" circle title={`${count} suggested`}>{count}</Badge> : null}
          onClick={toggle}
          disabled={disabled}
        >
          Articles
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="article-picker">
        <Box p="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <TextInput
            size="xs"
            aria-label="Search knowledge base"
            placeholder="Search the knowledge base…"
            leftSection={<IconSearch size={14} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-autofocus
          />
        </Box>
        <Text size="xs" c="dimmed" px="sm" pt={6}>
          {searching ? 'Best matches' : 'Suggested for this ticket'}
        </Text>
        <ScrollArea.Autosize mah={320} type="auto">
          {hits === undefined ? (
            <Group justify="center" p="md">
              <Loader size="xs" />
            </Group>
          ) : hits.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {searching ? `No articles match “${debounced.trim()}”.` : 'Nothing in the knowledge base matches this ticket yet. Search above.'}
            </Text>
          ) : (
            <Stack gap={0}>
              {hits.map((hit) => (
                <Box key={hit.id} px="sm" py={8} data-testid="article-option" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                  <Text size="sm" fw={600} lineClamp={1}>
                    <MarkedText value={hit.title} />
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    <MarkedText value={hit.snippet} />
                  </Text>
                  <Group gap={6} mt={6}>
                    <Button size="compact-xs" variant="light" onClick={() => void insertArticle(hit)} aria-label={`Insert ${hit.title.text}`}>
                      Insert
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => insertLink(hit)} aria-label={`Insert link to ${hit.title.text}`}>
                      Insert link
                    </Button>
                    <Badge size="xs" variant="light" color="gray" ml="auto">
                      {hit.category}
                    </Badge>
                  </Group>
                </Box>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
