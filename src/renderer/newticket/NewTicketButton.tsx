import { Button, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keyLabel } from '../app/shortcuts/keyLabel';
import { shortcuts } from '../app/shortcuts/shortcuts';
import { useOpenNewTicket } from './NewTicketContext';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** "New ticket", optionally for a known customer (the customer 360). */
export function NewTicketButton({ customerId, variant = 'light' }: { customerId?: string; variant?: 'light' | 'filled' }) {
  const open = useOpenNewTicket();
  return (
    <Tooltip label={`New ticket (${keyLabel(shortcuts.newTicket.keys[0] ?? 'mod+N', isMac).join('+')})`}>
      <Button size="compact-sm" variant={variant} leftSection={<IconPlus size={14} />} onClick={() => open(customerId ? { customerId } : {})} data-testid="new-ticket-button">
        New ticket
      </Button>
    </Tooltip>
  );
}
