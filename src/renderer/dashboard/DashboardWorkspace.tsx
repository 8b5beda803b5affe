import { Center, Text } from '@mantine/core';

/** The Dashboard workspace (being built; replaced by its feature). */
export function DashboardWorkspace() {
  return (
    <Center h="100%">
      <Text c="dimmed">Dashboard</Text>
    </Center>
  );
}
