import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ReportColumn } from './reportTableColumns';

function compare(a: number | string | null, b: number | string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** A report's rows, sortable by any column (click or Enter on the header); the report's own order first. */
export function ReportTable<R>({ columns, rows, label }: { columns: readonly ReportColumn<R>[]; rows: readonly R[]; label: string }) {
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null);
  const sorted = useMemo(() => {
    if (sort === null) return rows;
    const column = columns[sort.column]!;
    // Empty values stay last whichever way the column sorts.
    return [...rows].sort((a, b) => {
      const va = column.value(a);
      const vb = column.value(b);
      if (va === null || vb === null) return compare(va, vb);
      return sort.descending ? compare(vb, va) : compare(va, vb);
    });
  }, [rows, columns, sort]);

  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover aria-label={label} data-testid="report-table">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => {
              const active = sort?.column === i;
              const Icon = !active ? IconSelector : sort.descending ? IconArrowDown : IconArrowUp;
              return (
                <Table.Th key={c.label} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} ta={c.numeric ? 'right' : 'left'}>
                  <UnstyledButton
                    onClick={() => setSort(active ? { column: i, descending: !sort.descending } : { column: i, descending: c.numeric })}
                    fw={600}
                    fz="sm"
                  >
                    <Group gap={4} wrap="nowrap" justify={c.numeric ? 'flex-end' : 'flex-start'}>
                      {c.label}
                      <Icon size={14} aria-hidden />
                    </Group>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c.label} ta={c.numeric ? 'right' : 'left'}>
                  {c.text(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
