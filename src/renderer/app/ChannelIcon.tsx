import { IconBrandWhatsapp, IconMail, IconMessageCircle, IconMessage2, IconPhone } from '@tabler/icons-react';
import type { Channel } from '../../core';
import { ticketLabels } from './ticketLabels';

const icons = {
  email: IconMail,
  chat: IconMessageCircle,
  sms: IconMessage2,
  social: IconBrandWhatsapp,
  phone: IconPhone,
} satisfies Record<Channel, unknown>;

export function ChannelIcon({ channel, size = 16 }: { channel: Channel; size?: number }) {
  const Icon = icons[channel];
  return <Icon size={size} stroke={1.6} aria-label={ticketLabels.channel[channel]} />;
}
