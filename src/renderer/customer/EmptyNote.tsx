import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A quiet one-line "nothing here" inside a section. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" py="xs" ta="center">
      {children}
    </Text>
  );
}
