import { Center, Text } from '@mantine/core';

/** The Knowledge workspace (being built; replaced by its feature). */
export function KnowledgeWorkspace() {
  return (
    <Center h="100%">
      <Text c="dimmed">Knowledge</Text>
    </Center>
  );
}
