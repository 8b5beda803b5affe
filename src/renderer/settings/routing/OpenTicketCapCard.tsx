import { Button, Card, Group, NumberInput, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { routingRuleSaveArgs, uuidv7 } from '../../../core';
import { relay } from '../../bridge/relay';

/** The auto-assign cap: how many open tickets an agent may hold before auto-assign skips them. */
export function OpenTicketCapCard({ cap, defaultCap }: { cap: { id: string; cap: number } | null; defaultCap: number }) {
  const current = cap?.cap ?? defaultCap;
  const [value, setValue] = useState<number | string>(current);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValue(current), [current]);

  async function save() {
    const checked = routingRuleSaveArgs.safeParse({ kind: 'cap', id: cap?.id ?? uuidv7(), cap: Number(value) });
    if (!checked.success) return setError('A whole number from 1 to 1000.');
    const reply = await relay().invoke('routingRule.save', checked.data);
    setError(reply.ok ? null : reply.error.message);
  }

  return (
    <Card withBorder radius="md" data-testid="routing-cap">
      <Group align="flex-end" justify="space-between">
        <div>
          <Text fw={600}>Auto-assign cap</Text>
          <Text size="sm" c="dimmed">
            Rules with auto-assign hand a new ticket to an online agent of the team holding fewer open tickets than this{cap ? '' : ` (default ${defaultCap})`}.
          </Text>
        </div>
        <Group gap="xs" align="flex-start">
          <NumberInput aria-label="Open tickets per agent" value={value} onChange={setValue} min={1} max={1000} w={110} error={error} allowDecimal={false} />
          <Button variant="light" onClick={() => void save()} disabled={Number(value) === current}>
            Save cap
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
