import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';

/** "retrying in 8 s", counting down each second to the core's next automatic attempt. */
export function RetryCountdown({ at }: { at: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.ceil((at - now) / 1_000);
  return (
    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="sync-retry-in">
      {seconds > 0 ? `— retrying in ${seconds} s` : '— retrying…'}
    </Text>
  );
}
