import { Button, Combobox, Group, Kbd, Text, useCombobox } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AgentRow } from '../../core';
import { hotkeysFor } from '../app/shortcuts/hotkeysFor';

interface Props {
  agents: AgentRow[];
  assignee: AgentRow | null;
  me: AgentRow;
  onAssign(agentId: string | null): void;
}

/** Who works the ticket: a searchable list of the team's agents; `a` opens it, Enter takes the best match. */
export function AssigneePicker({ agents, assignee, me, onAssign }: Props) {
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
    },
    onDropdownOpen: () => combobox.focusSearchInput(),
  });
  useHotkeys(hotkeysFor({ assign: () => combobox.openDropdown() }));
  // The best match is highlighted as the agent types, so Enter takes it without an ArrowDown first.
  const { dropdownOpened: opened, selectFirstOption } = combobox;
  useEffect(() => {
    if (!opened) return;
    const frame = requestAnimationFrame(() => selectFirstOption());
    return () => cancelAnimationFrame(frame);
  }, [opened, search, selectFirstOption]);
  const mine = assignee?.id === me.id;
  const current = assignee ? (mine ? `${assignee.name} (you)` : assignee.name) : 'Unassigned';
  const shown = agents.filter((a) => a.name.toLowerCase().includes(search.trim().toLowerCase()));
  return (
    <Combobox
      store={combobox}
      width={240}
      position="bottom-start"
      withinPortal
      onOptionSubmit={(value) => {
        onAssign(value === 'none' ? null : value);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withAriaAttributes={false}>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          rightSection={<IconChevronDown size={12} />}
          leftSection={<IconUserCircle size={16} />}
          onClick={() => combobox.toggleDropdown()}
          aria-label={`Assignee: ${current}`}
          title="Change assignee (a)"
        >
          <Text span size="sm" fw={600} data-testid="ticket-assignee">
            {current}
          </Text>
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown data-testid="assignee-picker">
        <Combobox.Search
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          // An Enter typed faster than the highlight frame still takes the best match (Mantine's handler runs after this one).
          onKeyDown={(e) => {
            if (e.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) combobox.selectFirstOption();
          }}
          placeholder="Find an agent"
          aria-label="Find an agent"
        />
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {shown.map((a) => (
            <Combobox.Option value={a.id} key={a.id} active={a.id === assignee?.id}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{a.id === me.id ? `${a.name} (you)` : a.name}</Text>
                <Text size="xs" c="dimmed">
                  {a.role}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {shown.length === 0 && <Combobox.Empty>No agent by that name in this team</Combobox.Empty>}
          {assignee && search === '' && (
            <Combobox.Option value="none">
              <Text size="sm" c="dimmed">
                Unassign
              </Text>
            </Combobox.Option>
          )}
        </Combobox.Options>
        <Group gap={4} px="xs" py={4}>
          <Kbd size="xs">a</Kbd>
          <Text size="xs" c="dimmed">
            opens this list
          </Text>
        </Group>
      </Combobox.Dropdown>
    </Combobox>
  );
}
