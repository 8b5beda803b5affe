import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { IpcOutput } from '../../core';
import { MarkedText } from './MarkedText';

type Hit = IpcOutput<'kb.search'>[number];

/** One search result: highlighted title, category, and the matching excerpt of the body. */
export function ArticleHitRow({ hit, open, cursor, onOpen }: { hit: Hit; open: boolean; cursor: boolean; onOpen(): void }) {
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="md"
      py="sm"
      data-testid="kb-hit"
      data-article-id={hit.id}
      data-row-id={hit.id}
      data-list-row
      data-cursor={cursor ? 'true' : undefined}
      aria-current={open ? 'true' : undefined}
      style={{
        display: 'block',
        background: open ? 'var(--mantine-primary-color-light)' : cursor ? 'var(--mantine-color-default-hover)' : undefined,
        borderBottom: '1px solid var(--mantine-color-default-border)',
        borderLeft: `3px solid ${open ? 'var(--mantine-primary-color-filled)' : cursor ? 'var(--mantine-color-dimmed)' : 'transparent'}`,
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="sm" fw={600} lineClamp={2} data-testid="kb-hit-title">
            <MarkedText value={hit.title} />
          </Text>
          <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
            {hit.category}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2} data-testid="kb-hit-snippet">
          <MarkedText value={hit.snippet} />
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
