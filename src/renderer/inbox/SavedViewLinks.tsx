import { ActionIcon, NavLink, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import type { SavedViewItem } from '../../core/contract/channels/savedViewItemSchema';
import { relay } from '../bridge/relay';
import type { InboxPlace } from './InboxPlace';

interface Props {
  views: SavedViewItem[];
  /** Link props of a place (href, active, plain-click navigation), as InboxNav builds them. */
  linkTo(place: InboxPlace): { href: string; active: boolean; onClick(e: MouseEvent<HTMLElement>): void };
}

async function remove(view: SavedViewItem): Promise<void> {
  const reply = await relay().invoke('view.delete', { id: view.id });
  if (!reply.ok) notifications.show({ color: 'red', title: `Could not delete “${view.name}”`, message: reply.error.message });
}

/** The agent's saved views in the inbox navbar; a shared one shows its team; editable ones can be deleted. */
export function SavedViewLinks({ views, linkTo }: Props) {
  if (views.length === 0) {
    return (
      <Text size="xs" c="dimmed" px="sm" pb={4}>
        Filter the list, then “Save view” keeps it here.
      </Text>
    );
  }
  return views.map((view) => (
    <NavLink
      key={view.id}
      variant="light"
      py={3}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
      label={view.name}
      description={view.teamName ? `Shared with ${view.teamName}` : undefined}
      leftSection={view.teamId ? <IconUsersGroup size={16} stroke={1.6} /> : <IconBookmark size={16} stroke={1.6} />}
      data-testid="saved-view-link"
      rightSection={
        view.canEdit ? (
          <Tooltip label="Delete view">
            <ActionIcon
              size="xs"
              variant="subtle"
              color="gray"
              aria-label={`Delete view ${view.name}`}
              onClick={(e) => {
                e.preventDefault();
                e.stopPropagation();
                void remove(view);
              }}
            >
              <IconTrash size={12} />
            </ActionIcon>
          </Tooltip>
        ) : null
      }
      {...linkTo(`saved-${view.id}`)}
    />
  ));
}
