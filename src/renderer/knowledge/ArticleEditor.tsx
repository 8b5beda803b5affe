import { Alert, Autocomplete, Box, Button, Group, ScrollArea, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7, type IpcOutput } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { MarkdownView } from './MarkdownView';
import { withoutTitleHeading } from './withoutTitleHeading';

type Article = NonNullable<IpcOutput<'kb.get'>>;
type Errors = Partial<Record<'title' | 'category' | 'body', string>>;

function validate(draft: { title: string; category: string; body: string }): Errors {
  const errors: Errors = {};
  if (!draft.title.trim()) errors.title = 'Give the article a title.';
  else if (draft.title.trim().length > 300) errors.title = 'Keep the title under 300 characters.';
  if (!draft.category.trim()) errors.category = 'Choose a category or type a new one.';
  if (!draft.body.trim()) errors.body = 'Write the article (Markdown).';
  return errors;
}

/** Markdown editor with live preview, for leads and admins; `article` null writes a new one. */
export function ArticleEditor({ article, onSaved, onCancel }: { article: Article | null; onSaved(id: string): void; onCancel(): void }) {
  const [title, setTitle] = useState(article?.title ?? '');
  const [category, setCategory] = useState(article?.category ?? '');
  const [tags, setTags] = useState<string[]>(article?.tags ?? []);
  const [body, setBody] = useState(article?.body ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const categories = useRelayQuery('kb.categories', {}, ['kb_articles']);

  async function save() {
    const found = validate({ title, category, body });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailure(null);
    // A new article is born here, so its id is known before the hub has it (offline creates work).
    const id = article?.id ?? uuidv7();
    const reply = await relay().invoke('article.save', {
      id,
      ...(article ? { baseUpdatedAt: article.updatedAt } : {}),
      title,
      category,
      tags,
      body,
    });
    setSaving(false);
    if (!reply.ok) {
      setFailure(reply.error.message);
      return;
    }
    notifications.show({ color: 'teal', title: 'Article saved', message: `“${title.trim()}” is in the knowledge base.` });
    onSaved(id);
  }

  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }} data-testid="kb-editor">
      <Group px="xl" py="sm" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Title order={2} fz="h4">
          {article ? 'Edit article' : 'New article'}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button size="xs" leftSection={<IconDeviceFloppy size={14} />} onClick={() => void save()} loading={saving}>
            Save article
          </Button>
        </Group>
      </Group>
      <ScrollArea flex={1} type="auto">
        <Stack px="xl" py="md" gap="sm">
          {failure && (
            <Alert color="red" title="Not saved" withCloseButton onClose={() => setFailure(null)}>
              {failure}
            </Alert>
          )}
          <TextInput label="Title" withAsterisk value={title} onChange={(e) => {
              setTitle(e.currentTarget.value);
              setErrors((x) => ({ ...x, title: undefined }));
            }}
            error={errors.title} maxLength={300} />
          <Group grow align="flex-start">
            <Autocomplete
              label="Category"
              withAsterisk
              data={(categories.data ?? []).map((c) => c.category)}
              value={category}
              onChange={(value) => {
                setCategory(value);
                setErrors((x) => ({ ...x, category: undefined }));
              }}
              error={errors.category}
              maxLength={100}
            />
            <TagsInput label="Tags" placeholder={tags.length ? '' : 'Type a tag, then Enter'} value={tags} onChange={setTags} maxTags={50} clearable />
          </Group>
          <SimpleGrid cols={2} spacing="md">
            <Textarea
              label="Body (Markdown)"
              withAsterisk
              autosize
              minRows={14}
              maxRows={28}
              value={body}
              onChange={(e) => {
                setBody(e.currentTarget.value);
                setErrors((x) => ({ ...x, body: undefined }));
              }}
              error={errors.body}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            />
            <Box>
              <Text size="sm" fw={500} mb={4}>
                Preview
              </Text>
              <Box p="sm" mih={200} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }} data-testid="kb-preview">
                {body.trim() ? <MarkdownView markdown={withoutTitleHeading(body, title)} /> : <Text size="sm" c="dimmed">The preview appears as you write.</Text>}
              </Box>
            </Box>
          </SimpleGrid>
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
