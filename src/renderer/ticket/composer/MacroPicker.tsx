import { Select } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import type { Channel, IpcOutput } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';

type Rendered = NonNullable<IpcOutput<'macros.render'>>;

interface Props {
  ticketId: string;
  channel: Channel;
  disabled: boolean;
  onInsert(rendered: Rendered, macroId: string): void;
  onError(message: string): void;
}

/** Searchable list of macros; choosing one renders it for this ticket and inserts the text. */
export function MacroPicker({ ticketId, channel, disabled, onInsert, onError }: Props) {
  const macros = useRelayQuery('macros.list', { ticketId }, ['macros', 'tickets']);
  const [search, setSearch] = useState('');
  const fits = (m: { channel: Channel | null }) => m.channel === null || m.channel === channel;
  const list = macros.data ?? [];
  const groups = [
    { group: 'For this channel', items: list.filter(fits).map((m) => ({ value: m.id, label: m.title })) },
    { group: 'Other channels', items: list.filter((m) => !fits(m)).map((m) => ({ value: m.id, label: `${m.title} (${m.channel})` })) },
  ].filter((g) => g.items.length > 0);

  async function choose(macroId: string | null) {
    setSearch('');
    if (!macroId) return;
    const reply = await relay().invoke('macros.render', { macroId, ticketId });
    if (!reply.ok) onError(reply.error.message);
    else if (reply.data === null) onError('That macro is no longer available.');
    else onInsert(reply.data, macroId);
  }

  return (
    <Select
      size="xs"
      w={200}
      aria-label="Insert macro"
      placeholder="Insert macro…"
      leftSection={<IconTemplate size={14} />}
      searchable
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => void choose(id)}
      data={groups}
      nothingFoundMessage={list.length === 0 ? 'No macros yet' : 'No macro matches'}
      disabled={disabled}
      maxDropdownHeight={280}
      comboboxProps={{ position: 'top-start', width: 340 }}
    />
  );
}
