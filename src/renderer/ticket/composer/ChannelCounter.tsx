import { Text } from '@mantine/core';
import { checkChannelLimit, smsSegments, type Channel } from '../../../core';

/**
 * Length against what the channel carries: for SMS always (characters, segments, encoding, so
 * an emoji's switch to UCS-2 shows); for other channels once the text nears the limit. Over
 * the limit it says why it cannot be sent (the same words the mutation refuses with).
 */
export function ChannelCounter({ channel, text }: { channel: Channel; text: string }) {
  const limit = checkChannelLimit(channel, text);
  if (limit.message) {
    return (
      <Text size="xs" c="red.8" role="alert" data-testid="channel-limit">
        {limit.message}
      </Text>
    );
  }
  if (channel === 'sms') {
    const sms = smsSegments(text);
    const count = `${sms.units} character${sms.units === 1 ? '' : 's'} · ${sms.segments} SMS segment${sms.segments === 1 ? '' : 's'}`;
    return (
      <Text size="xs" c="dimmed" data-testid="sms-counter" title="GSM-7: 160 per SMS, 153 each when split; UCS-2 (emoji, other scripts): 70 / 67. € { } [ ] ~ | ^ \ count twice.">
        {count} ({sms.encoding}, {sms.remaining} left in this one) · max {limit.max}
      </Text>
    );
  }
  if (limit.length < limit.max * 0.8) return null;
  return (
    <Text size="xs" c="orange.8" data-testid="channel-counter">
      {limit.length.toLocaleString('en')} / {limit.max.toLocaleString('en')} characters
    </Text>
  );
}
