import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../core';

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** An expanded audit entry: the record before and after, and whatever else the entry kept (mutation, rows). */
export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { before, after, ...rest } = entry.detail;
  const hasSides = before !== undefined || after !== undefined;
  return (
    <Stack gap="xs" data-testid="audit-entry-detail">
      {hasSides && (
        <SimpleGrid cols={2} spacing="sm">
          {(['Before', 'After'] as const).map((side) => {
            const value = side === 'Before' ? before : after;
            return (
              <div key={side} style={{ minWidth: 0 }}>
                <Text size="xs" fw={600} c="dimmed" mb={4}>
                  {side}
                </Text>
                <Code block fz="xs" mah={260} style={{ overflow: 'auto' }}>
                  {value === null || value === undefined ? '(none)' : json(value)}
                </Code>
              </div>
            );
          })}
        </SimpleGrid>
      )}
      <Code block fz="xs" style={{ overflow: 'auto' }}>
        {json({ id: entry.id, entity: entry.entity, entityId: entry.entityId, ...rest })}
      </Code>
    </Stack>
  );
}
