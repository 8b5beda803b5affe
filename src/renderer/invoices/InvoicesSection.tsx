import { ActionIcon, Alert, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { InvoiceListItem } from '../../core/contract/channels/invoiceChannels';
import { EmptyNote } from '../customer/EmptyNote';
import { formatLogistics } from '../customer/formatLogistics';
import { downloadInvoicePdf } from './downloadInvoicePdf';
import { invoiceMoney } from './invoiceMoney';
import { InvoiceStateBadge } from './InvoiceStateBadge';

/** The customer's invoices, newest first: number, dates, amount, state and the PDF (fetched from the hub). */
export function InvoicesSection({ invoices }: { invoices: InvoiceListItem[] }) {
  const [error, setError] = useState<string | null>(null);
  if (invoices.length === 0) return <EmptyNote>No invoices for this customer yet. They arrive from the ERP feed.</EmptyNote>;
  return (
    <Stack gap="xs" data-testid="customer-invoices">
      {error && (
        <Alert color="red" icon={<IconAlertCircle size={16} />} withCloseButton onClose={() => setError(null)} data-testid="invoice-pdf-error">
          {error}
        </Alert>
      )}
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Invoice</Table.Th>
            <Table.Th>Issued</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((i) => (
            <Table.Tr key={i.id} data-testid="invoice-row" data-invoice-number={i.number}>
              <Table.Td>
                <Text size="sm" fw={700} ff="monospace">
                  {i.number}
                </Text>
                {i.orderNumbers.length > 0 && (
                  <Text size="xs" c="dimmed" truncate maw={220} title={i.orderNumbers.join(', ')}>
                    {i.orderNumbers.join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatLogistics.date(i.issuedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={i.state === 'overdue' ? 'red.7' : undefined} fw={i.state === 'overdue' ? 600 : undefined}>
                  {formatLogistics.date(i.dueAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={600}>
                  {invoiceMoney(i.amountMinor, i.currency)}
                </Text>
                {i.state === 'partially_paid' && (
                  <Text size="xs" c="dimmed">
                    {invoiceMoney(i.amountMinor - i.paidMinor, i.currency)} left
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <InvoiceStateBadge state={i.state} />
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Tooltip label={i.pdf ? `Download ${i.pdf.name}` : 'No PDF from the ERP yet'}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`PDF of ${i.number}`}
                      disabled={!i.pdf}
                      data-testid="invoice-pdf"
                      onClick={() => void downloadInvoicePdf(i.id).then(setError)}
                    >
                      <IconFileTypePdf size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
