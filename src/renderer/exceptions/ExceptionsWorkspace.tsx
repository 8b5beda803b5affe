import { Center, Text } from '@mantine/core';

/** The Exceptions workspace (being built; replaced by its feature). */
export function ExceptionsWorkspace() {
  return (
    <Center h="100%">
      <Text c="dimmed">Exceptions</Text>
    </Center>
  );
}
