import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconChevronRight } from '@tabler/icons-react';
import type { CustomerException } from '../../core/contract/channels/customerChannels';
import { useNavigation } from '../app/navigation/NavigationContext';
import { formatTime } from '../app/formatTime';
import { logisticsLabels } from './logisticsLabels';

/** Unresolved shipment exceptions of the customer; each opens in the Exceptions workspace. */
export function OpenExceptions({ exceptions }: { exceptions: CustomerException[] }) {
  const navigation = useNavigation();
  if (exceptions.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="xs" data-testid="customer-exceptions" style={{ borderColor: 'var(--mantine-color-orange-filled)' }}>
      <Group gap={6} px={4} pb={4}>
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-filled)" />
        <Text fw={700} size="sm">
          {exceptions.length} open {exceptions.length === 1 ? 'exception' : 'exceptions'}
        </Text>
      </Group>
      <Stack gap={2}>
        {exceptions.map((e) => (
          <UnstyledButton
            key={e.id}
            onClick={() => navigation.openException(e.id)}
            px={6}
            py={4}
            data-testid="customer-exception"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Group gap="xs" wrap="nowrap">
              <Badge size="sm" color={logisticsLabels.severityColor[e.severity]} variant="filled" w={70} style={{ flexShrink: 0 }}>
                {e.severity}
              </Badge>
              <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                {logisticsLabels.exception[e.type]}
              </Text>
              <Text size="sm" c="dimmed" truncate style={{ flex: 1 }}>
                {e.trackingNumber ? `${e.carrier ?? ''} ${e.trackingNumber}` : e.orderNumber ? `Order ${e.orderNumber}` : 'Shipment not in this replica'}
                {e.status === 'acknowledged' ? ' · acknowledged' : ''}
              </Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {formatTime.relative(e.detectedAt)}
              </Text>
              <IconChevronRight size={14} color="var(--mantine-color-dimmed)" />
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
