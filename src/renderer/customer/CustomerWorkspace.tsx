import { Center, Text } from '@mantine/core';

/** The Customers workspace (being built; replaced by its feature). */
export function CustomerWorkspace() {
  return (
    <Center h="100%">
      <Text c="dimmed">Customers</Text>
    </Center>
  );
}
