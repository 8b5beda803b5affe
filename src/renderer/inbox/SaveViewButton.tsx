import { ActionIcon, Button, Checkbox, Group, Modal, Stack, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmarkPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7, type AgentRow } from '../../core';
import type { SavedViewItem } from '../../core/contract/channels/savedViewItemSchema';
import { relay } from '../bridge/relay';
import { useNavigation } from '../app/navigation/NavigationContext';
import type { InboxQuery } from './InboxQuery';

interface Props {
  agent: AgentRow;
  query: InboxQuery;
  /** The saved view on screen, if any: it can be updated in place when the agent may edit it. */
  current: SavedViewItem | undefined;
}

/** "Save view": names the list's whole query (view, filters, search, sort), personal or shared with the team. */
export function SaveViewButton({ agent, query, current }: Props) {
  const navigation = useNavigation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canShare = agent.role === 'lead' || agent.role === 'admin';

  function start() {
    setName(current?.name ?? '');
    setShared(current ? current.teamId !== null : false);
    setError(null);
    setOpen(true);
  }

  async function save(asNew: boolean) {
    const id = asNew || !current?.canEdit ? uuidv7() : current.id;
    setBusy(true);
    const reply = await relay().invoke('view.save', { id, name, teamId: shared ? (current?.teamId ?? agent.teamId) : null, query: { ...query } });
    setBusy(false);
    if (!reply.ok) {
      // The args' own message names the field ("name: Give the view a name"); keep the typed name.
      if (/\bname\b/.test(reply.error.message)) setError(reply.error.message.replace(/^.*name: /, '').split(';')[0] ?? reply.error.message);
      else notifications.show({ color: 'red', title: 'Could not save the view', message: reply.error.message });
      return;
    }
    setOpen(false);
    notifications.show({ color: 'teal', message: `View “${name.trim()}” saved` });
    navigation.openPlace(`saved-${id}`);
  }

  const updating = current?.canEdit === true;
  return (
    <>
      <Tooltip label="Save this list as a view">
        <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Save view" onClick={start}>
          <IconBookmarkPlus size={16} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={open} onClose={() => setOpen(false)} title={updating ? 'Update saved view' : 'Save view'} size="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="Name"
              placeholder="Urgent email, my team"
              data-autofocus
              value={name}
              error={error}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setError(null);
              }}
            />
            {canShare && <Checkbox label="Share with my team" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />}
            <Group justify="flex-end" gap="xs">
              {updating && (
                <Button variant="default" loading={busy} onClick={() => void save(true)}>
                  Save as new
                </Button>
              )}
              <Button type="submit" loading={busy}>
                {updating ? 'Update view' : 'Save view'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
