import { Chip, Group, Text } from '@mantine/core';
import { exceptionLabels, type ExceptionCounts, type ExceptionSeverity, type ExceptionType } from '../../core';
import { exceptionUi } from './exceptionUi';

interface Props {
  counts: ExceptionCounts | undefined;
  types: ExceptionType[];
  severities: ExceptionSeverity[];
  onTypes(types: ExceptionType[]): void;
  onSeverities(severities: ExceptionSeverity[]): void;
}

/** Counts by category as toggle chips: a click filters the queue to that type or severity. */
export function ExceptionCategoryCounts({ counts, types, severities, onTypes, onSeverities }: Props) {
  const severityCount = new Map(counts?.bySeverity.map((c) => [c.key, c.count]));
  const toggle = <T extends string>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <Group gap="xs" wrap="wrap" align="center" style={{ rowGap: 6 }} data-testid="exception-counts">
      <Group gap={6} wrap="nowrap" mr="md">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          Severity
        </Text>
        {exceptionUi.severityOrder.map((s) => (
          <Chip
            key={s}
            size="xs"
            color={exceptionUi.severityColor[s]}
            checked={severities.includes(s)}
            onChange={() => onSeverities(toggle(severities, s))}
            data-testid={`count-severity-${s}`}
          >
            {exceptionLabels.severity[s]} {severityCount.get(s) ?? 0}
          </Chip>
        ))}
      </Group>
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          Type
        </Text>
        {(counts?.byType ?? []).map(({ key, count }) => {
          const type = key as ExceptionType;
          return (
            <Chip key={type} size="xs" checked={types.includes(type)} onChange={() => onTypes(toggle(types, type))} data-testid={`count-type-${type}`}>
              {exceptionLabels.type[type] ?? type} {count}
            </Chip>
          );
        })}
        {counts && counts.byType.length === 0 && (
          <Text size="xs" c="dimmed">
            none
          </Text>
        )}
      </Group>
    </Group>
  );
}
