import type { SavedViewItem } from '../../core/contract/channels/savedViewItemSchema';
import { useRelayQuery } from '../bridge/useRelayQuery';

const refreshOn = ['saved_views', 'teams'] as const;
const none: SavedViewItem[] = [];

/** The saved views this agent sees (own, then shared with their team), kept current as they sync. */
export function useSavedViews(): SavedViewItem[] {
  return useRelayQuery('views.list', {}, refreshOn).data ?? none;
}
