import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keyLabel } from '../app/shortcuts/keyLabel';
import { shortcuts } from '../app/shortcuts/shortcuts';
import { useOpenNewTicket } from './NewTicketContext';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** "New ticket", optionally for a known customer (the customer 360); `compact` is the icon alone (the inbox list header). */
export function NewTicketButton({ customerId, compact = false }: { customerId?: string; compact?: boolean }) {
  const open = useOpenNewTicket();
  const onClick = () => open(customerId ? { customerId } : {});
  return (
    <Tooltip label={`New ticket (${keyLabel(shortcuts.newTicket.keys[0] ?? 'mod+N', isMac).join('+')})`}>
      {compact ? (
        <ActionIcon size="md" variant="light" aria-label="New ticket" onClick={onClick} data-testid="new-ticket-button">
          <IconPlus size={16} />
        </ActionIcon>
      ) : (
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={onClick} data-testid="new-ticket-button">
          New ticket
        </Button>
      )}
    </Tooltip>
  );
}
