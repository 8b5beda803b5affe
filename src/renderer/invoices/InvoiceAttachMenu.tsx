import { ActionIcon, Group, Menu, Text, Tooltip } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { formatLogistics } from '../customer/formatLogistics';
import type { ReplyExtras } from '../ticket/composer/useReplyExtras';
import { invoiceMoney } from './invoiceMoney';
import { InvoiceStateBadge } from './InvoiceStateBadge';

/**
 * "Attach invoice" in the composer: the ticket customer's invoices that have a PDF, newest first;
 * one click puts the PDF on the reply by reference (the hub already holds it, nothing uploads).
 * Shows nothing when the customer has no invoice PDFs.
 */
export function InvoiceAttachMenu({ customerId, extras, disabled }: { customerId: string; extras: ReplyExtras; disabled: boolean }) {
  const query = useRelayQuery('invoices.forCustomer', { customerId }, ['invoices']);
  const [opened, setOpened] = useState(false);
  const withPdf = (query.data?.invoices ?? []).filter((i) => i.pdf !== null);
  if (withPdf.length === 0) return null;
  const attached = new Set(extras.files.map((f) => f.attachment.storageKey));
  return (
    <Menu position="top-start" shadow="md" width={360} withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Tooltip label="Attach an invoice PDF" disabled={opened}>
          <ActionIcon variant="default" size="md" aria-label="Attach invoice" data-testid="attach-invoice" disabled={disabled}>
            <IconFileInvoice size={16} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown data-testid="invoice-menu">
        <Menu.Label>Attach an invoice PDF</Menu.Label>
        {withPdf.slice(0, 12).map((i) => (
          <Menu.Item
            key={i.id}
            data-testid="invoice-menu-item"
            disabled={attached.has(i.pdf!.storageKey)}
            onClick={() => extras.attachStored(i.pdf!)}
            rightSection={<InvoiceStateBadge state={i.state} />}
          >
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600} ff="monospace">
                {i.number}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatLogistics.date(i.issuedAt)} · {invoiceMoney(i.amountMinor, i.currency)}
              </Text>
            </Group>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
