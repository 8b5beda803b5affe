import { Box, Card, Center, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One dashboard panel: a title, a line saying exactly what is counted, and the chart, or a
 * sentence instead of an empty chart when the period has nothing for it.
 */
export function ChartCard(props: {
  title: string;
  description: string;
  empty: string | null;
  testId: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="md" data-testid={props.testId} style={{ minWidth: 0 }}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{props.title}</Text>
          {props.aside}
        </Group>
        <Text size="xs" c="dimmed">
          {props.description}
        </Text>
        <Box mt="xs">
          {props.empty === null ? (
            props.children
          ) : (
            <Center h={200} data-testid={`${props.testId}-empty`}>
              <Text size="sm" c="dimmed" ta="center" maw={320}>
                {props.empty}
              </Text>
            </Center>
          )}
        </Box>
      </Stack>
    </Card>
  );
}
