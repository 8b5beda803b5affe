import { Alert, Anchor, Badge, Center, CloseButton, Divider, Group, Loader, ScrollArea, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconAlertTriangle, IconMapPin } from '@tabler/icons-react';
import { exceptionLabels, type AgentRow } from '../../core';
import { formatTime } from '../app/formatTime';
import { ShipmentTimingBadge } from '../app/ShipmentTimingBadge';
import { useNavigation } from '../app/navigation/NavigationContext';
import { StatusBadge } from '../app/StatusBadge';
import { ticketLabels } from '../app/ticketLabels';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ExceptionActions } from './ExceptionActions';
import { ExceptionStatusBadge } from './ExceptionStatusBadge';
import { exceptionUi } from './exceptionUi';
import { SeverityBadge } from './SeverityBadge';
import { scrollRegion } from '../app/scrollRegion';

const refreshOn = ['exceptions', 'shipments', 'tracking_events', 'orders', 'tickets', 'customers', 'agents'] as const;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="xs" c="dimmed" w={92} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0 }}>
        {children}
      </Text>
    </Group>
  );
}

/** One exception: what happened, to whom, the last scans, the linked ticket, and the actions. */
export function ExceptionDetailPanel({ id, me, onClose, onNotify }: { id: string; me: AgentRow; onClose(): void; onNotify(ids: string[]): void }) {
  const navigation = useNavigation();
  const query = useRelayQuery('exceptions.get', { id }, refreshOn);
  const detail = query.data;
  if (query.error) {
    return (
      <Alert m="md" color="red" icon={<IconAlertTriangle />} title="Could not load this exception">
        {query.error.message}
      </Alert>
    );
  }
  if (detail === undefined) {
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    );
  }
  if (detail === null) {
    return (
      <Stack p="md" gap="xs">
        <Group justify="flex-end">
          <CloseButton aria-label="Close" onClick={onClose} />
        </Group>
        <Text c="dimmed">This exception is not in your queue (another team's, or not synced yet).</Text>
      </Stack>
    );
  }
  const { exception: e, shipment, customer, order, ticket, events } = detail;
  return (
    <ScrollArea h="100%" data-testid="exception-detail" viewportProps={scrollRegion('Exception details')}>
      <Stack p="md" gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4" data-testid="exception-title">
              {exceptionLabels.type[e.type]} · {shipment?.trackingNumber ?? order?.number ?? 'unknown shipment'}
            </Title>
            <Group gap={6}>
              <SeverityBadge severity={e.severity} />
              <ExceptionStatusBadge status={e.status} />
              {detail.teamName && (
                <Badge size="sm" variant="default">
                  {detail.teamName}
                </Badge>
              )}
            </Group>
          </Stack>
          <CloseButton aria-label="Close exception" onClick={onClose} />
        </Group>
        <Text size="sm" data-testid="exception-reason">
          {e.note ?? exceptionUi.typeMeaning[e.type]}
        </Text>
        <Text size="xs" c="dimmed">
          Detected {formatTime.dayTime(e.detectedAt)}
          {e.acknowledgedAt !== null && ` · acknowledged ${formatTime.relative(e.acknowledgedAt)}${detail.acknowledgedByName ? ` by ${detail.acknowledgedByName}` : ''}`}
          {e.notifiedAt !== null && ` · customer notified ${formatTime.relative(e.notifiedAt)}`}
        </Text>
        {e.status === 'resolved' && (
          <Alert color="green" variant="light" title={`Resolved ${e.resolvedAt ? formatTime.relative(e.resolvedAt) : ''}${detail.resolvedByName ? ` by ${detail.resolvedByName}` : ' (condition cleared)'}`} data-testid="exception-resolution">
            {e.resolutionNote ?? (e.orderId ? 'The rules resolved it when the order shipped complete.' : 'The rules resolved it when the shipment recovered.')}
          </Alert>
        )}
        <ExceptionActions detail={detail} me={me} onNotify={() => onNotify([e.id])} />
        <Divider label="Customer &amp; ticket" labelPosition="left" />
        <Field label="Customer">
          {customer ? (
            <Anchor size="sm" onClick={() => navigation.openCustomer(customer.id)} data-testid="exception-customer-link">
              {customer.name}
            </Anchor>
          ) : (
            'Not synced yet'
          )}
          {customer && (
            <Text span size="xs" c="dimmed">
              {' '}
              · {customer.tier} · prefers {ticketLabels.channel[customer.preferences.preferredChannel]}
            </Text>
          )}
        </Field>
        <Field label="Ticket">
          {ticket ? (
            <Group gap={6}>
              <Anchor size="sm" onClick={() => navigation.openTicket(ticket.id)} data-testid="exception-ticket-link">
                {ticket.number === null ? 'New ticket' : `#${ticket.number}`} {ticket.subject}
              </Anchor>
              <StatusBadge status={ticket.status} />
            </Group>
          ) : (
            <Text span size="sm" c="dimmed">
              None linked
            </Text>
          )}
        </Field>
        <Divider label={e.shipmentId === null ? 'Order' : 'Shipment'} labelPosition="left" />
        {e.shipmentId === null ? (
          // A warehouse exception (backorder, short pick) is about its order; the note says what is missing.
          order ? (
            <>
              <Field label="Order">
                {order.number} · {order.status.replace(/_/g, ' ')}
              </Field>
              <Field label="Promised">{order.promisedDate ? formatTime.dayTime(order.promisedDate) : '—'}</Field>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              The order has not synced yet.
            </Text>
          )
        ) : shipment ? (
          <>
            <Field label="Carrier">
              {shipment.carrier} · {shipment.trackingNumber} · {shipment.mode.toUpperCase()}
            </Field>
            <Field label="Lane">
              {shipment.origin} → {shipment.destination}
            </Field>
            <Field label="Status">{shipment.status.replace(/_/g, ' ')}</Field>
            <Field label="Promised / ETA">
              {shipment.promisedDate ? formatTime.dayTime(shipment.promisedDate) : '—'} / {shipment.eta ? formatTime.dayTime(shipment.eta) : '—'}{' '}
              <ShipmentTimingBadge shipment={{ ...shipment, deliveredAt: shipment.status === 'delivered' ? shipment.lastEventAt : null }} />
            </Field>
            {order && <Field label="Order">{order.number}</Field>}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            The shipment has not synced yet.
          </Text>
        )}
        {detail.siblings.length > 0 && (
          <Field label="Also on it">
            <Group gap={4}>
              {detail.siblings.map((s) => (
                <Badge key={s.id} size="sm" variant="outline" style={{ cursor: 'pointer' }} onClick={() => navigation.openException(s.id)}>
                  {exceptionLabels.type[s.type]}
                </Badge>
              ))}
            </Group>
          </Field>
        )}
        <Divider label="Last scans" labelPosition="left" />
        {events.length === 0 ? (
          <Text size="sm" c="dimmed">
            No scans yet.
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={0} data-testid="exception-scans">
            {events.slice(0, 8).map((ev) => (
              <Timeline.Item key={ev.id} title={<Text size="sm">{ev.status === 'unknown' ? `Unmapped code ${ev.rawCode}` : ev.status.replace(/_/g, ' ')}</Text>}>
                <Text size="xs" c="dimmed">
                  {formatTime.dayTime(ev.occurredAt)}
                  {ev.location && (
                    <>
                      {' · '}
                      <IconMapPin size={11} /> {ev.location}
                    </>
                  )}
                  {ev.rawReason && ` · ${ev.rawReason}`}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </ScrollArea>
  );
}
