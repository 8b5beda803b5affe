import { Badge, Checkbox, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconClock } from '@tabler/icons-react';
import { exceptionLabels, type NoticePreview, type RecipientWarning } from '../../core';
import { ticketLabels } from '../app/ticketLabels';
import { ChannelCounter } from '../ticket/composer/ChannelCounter';

interface Props {
  recipient: NoticePreview;
  text: string;
  warnings: RecipientWarning[];
  included: boolean;
  onText(text: string): void;
  onIncluded(included: boolean): void;
}

/** One customer's message in the bulk notice: the filled text, editable, with why it may not go yet. */
export function NoticeRecipientCard({ recipient, text, warnings, included, onText, onIncluded }: Props) {
  const { facts } = recipient;
  const optedOut = facts.channel === null;
  const blocked = included && warnings.some((w) => w.blocking);
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="notice-recipient"
      data-blocked={blocked ? 'true' : 'false'}
      style={blocked ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {recipient.customerName}
            </Text>
            {facts.exception && (
              <Badge size="xs" variant="light" color="gray">
                {exceptionLabels.type[facts.exception.type]}
              </Badge>
            )}
            {facts.channel && (
              <Badge size="xs" variant="light">
                {ticketLabels.channel[facts.channel]}
              </Badge>
            )}
          </Group>
          <Checkbox
            size="xs"
            label="Send to this customer"
            checked={included && !optedOut}
            disabled={optedOut}
            onChange={(e) => onIncluded(e.currentTarget.checked)}
          />
        </Group>
        {!optedOut && (
          <Textarea
            aria-label={`Message to ${recipient.customerName}`}
            autosize
            minRows={2}
            maxRows={8}
            value={text}
            disabled={!included}
            onChange={(e) => onText(e.currentTarget.value)}
          />
        )}
        {!optedOut && facts.channel && included && <ChannelCounter channel={facts.channel} text={text} />}
        {warnings.length > 0 && (
          <List spacing={2} size="xs" data-testid="notice-warnings">
            {warnings
              .filter((w) => w.code !== 'too_long')
              .map((w) => (
                <List.Item
                  key={w.code}
                  data-code={w.code}
                  c={w.blocking && (included || w.code === 'opted_out') ? 'red' : w.blocking ? 'dimmed' : 'orange'}
                  icon={w.code === 'opted_out' ? <IconBan size={14} /> : w.code === 'quiet_hours' ? <IconClock size={14} /> : <IconAlertTriangle size={14} />}
                >
                  {w.message}
                </List.Item>
              ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
