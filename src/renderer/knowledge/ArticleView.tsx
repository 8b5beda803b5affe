import { Alert, Badge, Box, Button, Center, CopyButton, Group, Loader, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconLink, IconPencil } from '@tabler/icons-react';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { articleUrl } from './articleUrl';
import { MarkdownView } from './MarkdownView';
import { withoutTitleHeading } from './withoutTitleHeading';
import { scrollRegion } from '../app/scrollRegion';

const refreshOn = ['kb_articles', 'agents'] as const;

/** One article, rendered; leads and admins get an Edit button. */
export function ArticleView({ id, canEdit, onEdit }: { id: string; canEdit: boolean; onEdit(): void }) {
  const { data, error } = useRelayQuery('kb.get', { id }, refreshOn);
  if (error && !data) {
    return (
      <Alert m="lg" color="red" icon={<IconAlertCircle />} title="Could not open this article">
        {error.message}
      </Alert>
    );
  }
  if (data === undefined) {
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    );
  }
  if (data === null) {
    return (
      <Alert m="lg" color="yellow" icon={<IconAlertCircle />} title="Article not found">
        This article is not on this computer. It may have been removed.
      </Alert>
    );
  }
  const updated = new Date(data.updatedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }} data-testid="kb-article">
      <Box px="xl" pt="lg" pb="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Badge variant="light">{data.category}</Badge>
              {data.tags.map((t) => (
                <Badge key={t} variant="outline" color="gray" tt="none">
                  {t}
                </Badge>
              ))}
            </Group>
            <Title order={2} fz="h3">
              {data.title}
            </Title>
            <Text size="xs" c="dimmed">
              Updated {updated}
              {data.authorName ? ` by ${data.authorName}` : ''}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <CopyButton value={articleUrl(data.id)} timeout={1500}>
              {({ copied, copy }) => (
                <Tooltip label={articleUrl(data.id)} withArrow>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={copied ? <IconCheck size={14} /> : <IconLink size={14} />}
                    color={copied ? 'teal' : undefined}
                    onClick={copy}
                  >
                    {copied ? 'Link copied' : 'Copy link'}
                  </Button>
                </Tooltip>
              )}
            </CopyButton>
            {canEdit && (
              <Button size="xs" leftSection={<IconPencil size={14} />} onClick={onEdit}>
                Edit
              </Button>
            )}
          </Group>
        </Group>
      </Box>
      <ScrollArea flex={1} type="auto" viewportProps={scrollRegion('Article')}>
        <Box px="xl" py="md" maw={820}>
          <MarkdownView markdown={withoutTitleHeading(data.body, data.title)} testId="kb-article-body" />
        </Box>
      </ScrollArea>
    </Stack>
  );
}
