import { AppShell, Box } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AgentRow, OpenTarget, TicketView as InboxViewName } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { InboxNav } from '../inbox/InboxNav';
import { TicketList } from '../inbox/TicketList';
import { replyBoxId } from '../ticket/replyBoxId';
import { TicketView } from '../ticket/TicketView';
import { AppHeader } from './AppHeader';
import { openTargetTicket } from './openTargetTicket';
import { TokenStorageBanner } from './TokenStorageBanner';
import { useOpenRequests } from './useOpenRequests';

const viewTitles: Record<InboxViewName, string> = { all: 'All tickets', mine: 'Assigned to me', unassigned: 'Unassigned' };
const listRefreshOn = ['tickets', 'messages', 'customers', 'agents'] as const;

/** The signed-in app: header, inbox views, ticket list and the open ticket side by side. */
export function Workspace({ agent, onSignedOut }: { agent: AgentRow; onSignedOut(): void }) {
  const [view, setView] = useState<InboxViewName>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const list = useRelayQuery('tickets.list', { view }, listRefreshOn);
  const tickets = list.data;

  function open(id: string) {
    setOpenId(id);
    setCursorId(id);
  }

  function move(step: 1 | -1) {
    if (!tickets || tickets.length === 0) return;
    const at = tickets.findIndex((t) => t.id === (cursorId ?? openId));
    const next = at === -1 ? 0 : Math.min(tickets.length - 1, Math.max(0, at + step));
    setCursorId(tickets[next]!.id);
  }

  // Deep links and notification clicks: a customer opens their most recent ticket.
  useOpenRequests((target: OpenTarget) => {
    const load = target.kind === 'customer' ? relay().invoke('tickets.list', { view: 'all', limit: 1000 }) : Promise.resolve(null);
    void load.then((reply) => {
      const plan = openTargetTicket(target, reply?.ok ? reply.data : null);
      if ('ticketId' in plan) open(plan.ticketId);
      else notifications.show({ color: 'yellow', title: 'Nothing to open', message: plan.reason });
    });
  });

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['Enter', () => cursorId && setOpenId(cursorId)],
    ['r', () => document.getElementById(replyBoxId)?.focus(), { preventDefault: true }],
  ]);

  async function signOut() {
    const reply = await relay().invoke('session.signOut', {});
    if (reply.ok) onSignedOut();
    else notifications.show({ color: 'red', title: 'Could not sign out', message: reply.error.message });
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 0 }} padding={0}>
      <AppShell.Header>
        <AppHeader agent={agent} onSignOut={() => void signOut()} onOpenTicket={open} />
      </AppShell.Header>
      <AppShell.Navbar>
        <InboxNav
          view={view}
          onChange={(v) => {
            setView(v);
            setCursorId(null);
          }}
        />
      </AppShell.Navbar>
      <AppShell.Main>
        <Box h="calc(100dvh - var(--app-shell-header-offset, 0rem))" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          <TokenStorageBanner />
          <Box flex={1} style={{ display: 'flex', minHeight: 0 }}>
            <Box w={360} style={{ flexShrink: 0, borderRight: '1px solid var(--mantine-color-default-border)' }}>
              <TicketList
                title={viewTitles[view]}
                tickets={tickets}
                error={list.error}
                openId={openId}
                cursorId={cursorId}
                onOpen={open}
              />
            </Box>
            <Box flex={1} miw={0}>
              <TicketView ticketId={openId} agent={agent} />
            </Box>
          </Box>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
