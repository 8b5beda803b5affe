import { Badge, type MantineSize } from '@mantine/core';
import type { CustomerTier } from '../../core';

const colors: Record<CustomerTier, string> = { standard: 'gray', gold: 'yellow', platinum: 'violet' };
const labels: Record<CustomerTier, string> = { standard: 'Standard', gold: 'Gold', platinum: 'Platinum' };

export function TierBadge({ tier, size = 'sm' }: { tier: CustomerTier; size?: MantineSize }) {
  return (
    <Badge size={size} variant="light" color={colors[tier]} style={{ flexShrink: 0 }}>
      {labels[tier]}
    </Badge>
  );
}
