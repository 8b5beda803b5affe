import { Badge, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconArrowRight, IconBook2, IconPlus, IconSearch, IconTicket, IconTruck, IconUser } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../core/contract/channels/customerChannels';
import { StatusBadge } from '../app/StatusBadge';
import { useNavigation } from '../app/navigation/NavigationContext';
import { sectionsFor } from '../app/navigation/Section';
import { shortcuts } from '../app/shortcuts/shortcuts';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { PaletteMessageHits } from './PaletteMessageHits';
import { logisticsLabels } from '../customer/logisticsLabels';
import { useLastDefined } from '../customer/useLastDefined';
import { commandPalette } from './commandPalette';
import { createKeyBuffer } from './createKeyBuffer';
import { paletteActions } from './paletteActions';
import { useOpenNewTicket } from '../newticket/NewTicketContext';
import { visuallyHidden } from '../app/visuallyHidden';
import { usePaletteShipment } from '../shipmentActions/usePaletteShipment';
import { PaletteShipmentActions } from './PaletteShipmentActions';
import { paletteShipmentActions } from './paletteShipmentActions';

const refreshOn = ['tickets', 'customers', 'shipments', 'orders', 'kb_articles'] as const;
const messagesOn = ['messages', 'tickets'] as const;
const groupLabels: Record<SearchHit['kind'], string> = { ticket: 'Tickets', customer: 'Customers', shipment: 'Shipments', article: 'Articles' };

/** Result groups in the order the core ranked them (best first, so Enter opens the best hit). */
function groupsOf(hits: SearchHit[]): { kind: SearchHit['kind']; label: string }[] {
  const kinds = [...new Set(hits.map((h) => h.kind))];
  return kinds.map((kind) => ({ kind, label: groupLabels[kind] }));
}
const newTicketWords = ['new ticket', 'ticket', 'create', 'phone', 'call', 'log call'];
const icons = { ticket: IconTicket, customer: IconUser, shipment: IconTruck, article: IconBook2 };

/**
 * Selects the first result once the replica has answered. Spotlight selects the first action
 * right after each keystroke, before asynchronous results exist, so Enter would do nothing.
 */
function selectFirstAction() {
  const listId = commandPalette.store.getState().listId;
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  commandPalette.store.updateState((state) => ({ ...state, selected: 0 }));
}

/** Ctrl/Cmd+K command palette over tickets, customers, shipments and articles in the replica. */
export function CommandPalette() {
  const navigation = useNavigation();
  const openNewTicket = useOpenNewTicket();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 80);
  const search = useRelayQuery('search.everything', debounced === '' ? null : { query: debounced, limit: 5 }, refreshOn);
  const messageSearch = useRelayQuery('messages.search', debounced.length >= 2 ? { query: debounced, limit: 5 } : null, messagesOn);
  const messageHits = debounced.length >= 2 ? (messageSearch.data ?? []) : [];
  const session = useRelayQuery('session.get', {}, []);
  const last = useLastDefined(search.data);
  const hits = debounced === '' ? [] : (search.data ?? last ?? []);
  const searching = query.trim() !== '' && (query.trim() !== debounced || search.loading);

  const allowed = session.data?.agent ? sectionsFor(session.data.agent.role) : [];
  const typed = query.trim().toLowerCase();
  const offerNewTicket = typed === '' || (typed.length >= 2 && newTicketWords.some((w) => w.startsWith(typed) || typed.startsWith(w)));
  const actions = paletteActions.filter(
    (a) => allowed.includes(a.section) && (typed === '' || a.label.toLowerCase().includes(typed) || a.keywords.includes(typed)),
  );

  const shownShipment = usePaletteShipment();
  const shipmentActions = paletteShipmentActions(shownShipment, typed);

  const resultsKey = `${debounced}|${hits.map((h) => h.id).join(',')}|${actions.length}|${offerNewTicket}|${shipmentActions.length}`;
  useEffect(() => {
    const frame = requestAnimationFrame(selectFirstAction);
    return () => cancelAnimationFrame(frame);
  }, [resultsKey]);

  // Keys typed after Ctrl/Cmd+K but before the search box has focus are kept for it, not lost.
  const buffer = useRef(createKeyBuffer());
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!commandPalette.store.getState().opened) return;
      if (searchBox.current && document.activeElement === searchBox.current) return;
      if (!buffer.current.push(event)) return;
      event.preventDefault();
      event.stopPropagation();
    }
    // Capture: before the reply box or a list shortcut sees the key.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  function takeBuffered() {
    const typed = buffer.current.take();
    if (typed !== '') setQuery((q) => q + typed);
  }

  function open(hit: SearchHit) {
    if (hit.kind === 'ticket') navigation.openTicket(hit.id);
    else if (hit.kind === 'customer') navigation.openCustomer(hit.id);
    else if (hit.kind === 'article') navigation.openArticle(hit.id);
    else navigation.openShipment(hit.customerId, hit.id);
  }

  return (
    <Spotlight.Root
      store={commandPalette.store}
      query={query}
      onQueryChange={setQuery}
      shortcut={shortcuts.palette.keys}
      // Ctrl K also works while typing in the reply box or a filter field.
      tagsToIgnore={[]}
      scrollable
      maxHeight={460}
      size={640}
      // The title names the dialog for screen readers; the search field already says what it is.
      title="Command palette"
      styles={{ header: visuallyHidden }}
    >
      <Spotlight.Search
        placeholder="Search tickets, customers, tracking or order numbers, articles…"
        aria-label="Search everything"
        leftSection={<IconSearch size={18} stroke={1.6} />}
        rightSection={searching ? <Loader size={16} /> : null}
        data-testid="palette-search"
        ref={searchBox}
        onFocus={takeBuffered}
      />
      <Spotlight.ActionsList data-testid="palette-results">
        {/* First: what the agent types here names an action on the shipment on screen, so Enter does it. */}
        <PaletteShipmentActions shown={shownShipment} actions={shipmentActions} />
        {groupsOf(hits).map(({ kind, label }) => {
          const ofKind = hits.filter((h) => h.kind === kind);
          return (
            <Spotlight.ActionsGroup key={kind} label={label}>
              {ofKind.map((hit) => (
                <PaletteHit key={hit.id} hit={hit} onOpen={() => open(hit)} />
              ))}
            </Spotlight.ActionsGroup>
          );
        })}
        {offerNewTicket && (
          <Spotlight.ActionsGroup label="Create">
            <Spotlight.Action label="New ticket" description="Log a phone call or open a ticket for a customer" leftSection={<IconPlus size={18} stroke={1.6} />} onClick={() => openNewTicket()} data-testid="palette-new-ticket" />
          </Spotlight.ActionsGroup>
        )}
        <PaletteMessageHits hits={messageHits} onOpen={(id) => navigation.openTicket(id)} />
        {actions.length > 0 && (
          <Spotlight.ActionsGroup label="Go to">
            {actions.map((a) => (
              <Spotlight.Action
                key={a.section}
                label={a.label}
                leftSection={<IconArrowRight size={18} stroke={1.6} />}
                onClick={() => navigation.go(a.section)}
                data-testid="palette-action"
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length === 0 && messageHits.length === 0 && actions.length === 0 && shipmentActions.length === 0 && !offerNewTicket && (
          <Spotlight.Empty>{searching ? 'Searching…' : `Nothing matches “${query.trim()}” on this computer.`}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Text size="xs" c="dimmed">
          ↑ ↓ to move · Enter to open · Esc to close · tracking and order numbers match from their start
        </Text>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}

function PaletteHit({ hit, onOpen }: { hit: SearchHit; onOpen(): void }) {
  const Icon = icons[hit.kind];
  const common = { leftSection: <Icon size={18} stroke={1.6} />, onClick: onOpen, 'data-testid': 'palette-hit', 'data-kind': hit.kind } as const;
  if (hit.kind === 'ticket') {
    return (
      <Spotlight.Action
        {...common}
        label={`${hit.number === null ? '' : `#${hit.number} `}${hit.subject}`}
        description={hit.customerName}
        rightSection={<StatusBadge status={hit.status} />}
      />
    );
  }
  if (hit.kind === 'customer') {
    return (
      <Spotlight.Action
        {...common}
        label={hit.name}
        description={hit.email ?? undefined}
        rightSection={
          <Group gap={4} wrap="nowrap">
            {/* Neutral, not primary: the selected row is primary-filled and would swallow it. */}
            <Badge size="xs" variant="default">
              {hit.customerKind === 'b2b' ? 'B2B' : 'B2C'}
            </Badge>
            {hit.tier !== 'standard' && (
              <Badge size="xs" variant="light" color={hit.tier === 'platinum' ? 'violet' : 'yellow'}>
                {hit.tier}
              </Badge>
            )}
          </Group>
        }
      />
    );
  }
  if (hit.kind === 'shipment') {
    return (
      <Spotlight.Action
        {...common}
        label={hit.trackingNumber}
        description={`${hit.carrier}${hit.orderNumber ? ` · ${hit.orderNumber}` : ''} · ${hit.customerName}`}
        rightSection={
          <Badge size="xs" variant="light" color={logisticsLabels.shipmentColor[hit.status]}>
            {logisticsLabels.shipment[hit.status]}
          </Badge>
        }
      />
    );
  }
  return <Spotlight.Action {...common} label={hit.title} description={hit.category} />;
}
