import { Group, NumberInput, Text } from '@mantine/core';

/** A target in hours and minutes (two fields), kept as whole minutes. */
export function DurationInput({ label, minutes, error, onChange, testId }: { label: string; minutes: number; error: string | null; onChange(minutes: number): void; testId: string }) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <NumberInput aria-label={`${label} hours`} w={110} min={0} max={9999} allowDecimal={false} suffix=" h" value={hours} onChange={(v) => onChange(Number(v || 0) * 60 + rest)} data-testid={`${testId}-hours`} />
        <NumberInput aria-label={`${label} minutes`} w={110} min={0} max={59} allowDecimal={false} suffix=" min" value={rest} onChange={(v) => onChange(hours * 60 + Math.min(59, Number(v || 0)))} data-testid={`${testId}-minutes`} />
      </Group>
      {error ? (
        <Text size="xs" c="red" mt={4}>
          {error}
        </Text>
      ) : null}
    </div>
  );
}
