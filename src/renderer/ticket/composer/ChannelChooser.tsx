import { SegmentedControl } from '@mantine/core';
import type { Channel, IpcOutput } from '../../../core';
import { ChannelIcon } from '../../app/ChannelIcon';

type Options = NonNullable<IpcOutput<'composer.options'>>;

const channelLabel: Record<Channel, string> = { email: 'Email', chat: 'Chat', sms: 'SMS', social: 'Social', phone: 'Phone' };

/** Which of the customer's channels the reply goes out on; hidden when there is only one. */
export function ChannelChooser({ channels, value, onChange }: { channels: Options['channels']; value: Channel; onChange(channel: Channel): void }) {
  if (channels.length < 2) return null;
  return (
    <SegmentedControl
      size="xs"
      aria-label="Send via"
      value={value}
      onChange={(v) => onChange(channels.find((c) => c.channel === v)?.channel ?? value)}
      data={channels.map((c) => ({
        value: c.channel,
        label: (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <ChannelIcon channel={c.channel} size={13} />
            {channelLabel[c.channel]}
          </span>
        ),
      }))}
    />
  );
}
