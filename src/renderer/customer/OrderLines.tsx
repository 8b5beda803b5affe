import { Table } from '@mantine/core';
import type { OrderLine } from '../../core';
import { formatLogistics } from './formatLogistics';

export function OrderLines({ lines, currency }: { lines: OrderLine[]; currency: string }) {
  return (
    <Table fz="xs" verticalSpacing={2} horizontalSpacing="xs" withRowBorders={false}>
      <Table.Tbody>
        {lines.map((line, i) => (
          <Table.Tr key={`${line.sku}-${i}`}>
            <Table.Td c="dimmed" ff="monospace" w={110}>
              {line.sku}
            </Table.Td>
            <Table.Td>{line.description}</Table.Td>
            <Table.Td ta="right" w={50}>
              × {line.quantity}
            </Table.Td>
            <Table.Td ta="right" w={100}>
              {formatLogistics.money(line.unitPrice * line.quantity, currency)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
