import { ActionIcon, Loader, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { ticketListCsv, type IpcInput, type TicketListItem } from '../../core';
import { relay } from '../bridge/relay';
import { downloadCsv } from '../reports/downloadCsv';

const PAGE = 1000;
/** A ceiling so one click cannot read a whole 100k-ticket replica into memory. */
const MAX_ROWS = 50_000;

/** Exports the rows of the current view (its filter, search and sort) as CSV. */
export function ExportViewButton({ input, name }: { input: Omit<IpcInput<'tickets.list'>, 'offset' | 'limit'>; name: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const exportView = async () => {
    setBusy(true);
    setFailed(null);
    const rows: TicketListItem[] = [];
    try {
      for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
        const reply = await relay().invoke('tickets.list', { ...input, offset, limit: PAGE });
        if (!reply.ok) throw new Error(reply.error.message);
        rows.push(...reply.data);
        if (reply.data.length < PAGE) break;
      }
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'tickets';
      downloadCsv(`relay-${slug}-${new Date().toISOString().slice(0, 10)}.csv`, ticketListCsv(rows));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const label = failed ? `Export failed: ${failed}` : 'Export this view as CSV';
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={failed ? 'red' : 'gray'} aria-label={label} onClick={() => void exportView()} disabled={busy} data-testid="export-view">
        {busy ? <Loader size={14} /> : <IconDownload size={16} />}
      </ActionIcon>
    </Tooltip>
  );
}
