import { Box, Button, Center, Group, Text, Title } from '@mantine/core';
import { IconBook2, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigation } from '../app/navigation/NavigationContext';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ArticleEditor } from './ArticleEditor';
import { ArticleSearchPanel } from './ArticleSearchPanel';
import { ArticleView } from './ArticleView';

/** What the right-hand pane shows besides the open article. */
type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** The Knowledge workspace: search and browse articles; leads and admins write and edit them. */
export function KnowledgeWorkspace() {
  const navigation = useNavigation();
  const session = useRelayQuery('session.get', {}, ['agents']);
  const role = session.data?.agent?.role;
  const canEdit = role === 'lead' || role === 'admin';
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const openId = navigation.articleId;

  function open(id: string) {
    setEditing(null);
    navigation.openArticle(id);
  }

  return (
    <Box flex={1} style={{ display: 'flex', minHeight: 0, minWidth: 0 }} data-testid="knowledge-workspace">
      <Box w={360} style={{ display: 'flex', flexDirection: 'column', borderRight: '1px solid var(--mantine-color-default-border)', minHeight: 0 }}>
        <Group px="md" pt="md" justify="space-between">
          <Title order={1} fz="h4">
            Knowledge base
          </Title>
          {canEdit && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ kind: 'new' })}>
              New article
            </Button>
          )}
        </Group>
        <ArticleSearchPanel query={query} onQueryChange={setQuery} category={category} onCategoryChange={setCategory} openId={openId} onOpen={open} />
      </Box>
      <Box flex={1} style={{ minWidth: 0, minHeight: 0 }}>
        {editing?.kind === 'new' ? (
          <ArticleEditor article={null} onSaved={open} onCancel={() => setEditing(null)} />
        ) : editing?.kind === 'edit' ? (
          <EditExisting id={editing.id} onSaved={open} onCancel={() => setEditing(null)} />
        ) : openId ? (
          <ArticleView key={openId} id={openId} canEdit={canEdit} onEdit={() => setEditing({ kind: 'edit', id: openId })} />
        ) : (
          <Center h="100%">
            <Box ta="center" maw={340}>
              <IconBook2 size={40} stroke={1.3} color="var(--mantine-color-dimmed)" />
              <Text fw={600} mt="xs">
                Choose an article
              </Text>
              <Text size="sm" c="dimmed">
                Search on the left; matches in titles rank first. From a ticket, the reply box suggests articles and inserts them.
              </Text>
            </Box>
          </Center>
        )}
      </Box>
    </Box>
  );
}

/** Loads the stored article before the editor starts from it. */
function EditExisting({ id, onSaved, onCancel }: { id: string; onSaved(id: string): void; onCancel(): void }) {
  const { data } = useRelayQuery('kb.get', { id }, []);
  if (data === undefined) return null;
  if (data === null) return <ArticleView id={id} canEdit={false} onEdit={onCancel} />;
  return <ArticleEditor article={data} onSaved={onSaved} onCancel={onCancel} />;
}
