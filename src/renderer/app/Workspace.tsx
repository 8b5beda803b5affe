import { AppShell, Box, Divider } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import type { AgentRow, OpenTarget } from '../../core';
import { CustomerWorkspace } from '../customer/CustomerWorkspace';
import { DashboardArea } from '../dashboard/DashboardArea';
import { ExceptionsWorkspace } from '../exceptions/ExceptionsWorkspace';
import { useUrgentExceptionAlerts } from '../exceptions/useUrgentExceptionAlerts';
import { useMentionAlerts } from '../mentions/useMentionAlerts';
import { InboxNav } from '../inbox/InboxNav';
import { InboxWorkspace } from '../inbox/InboxWorkspace';
import { inboxPlaces } from '../inbox/inboxPlaces';
import { useInboxQuery } from '../inbox/useInboxQuery';
import { useSavedViews } from '../inbox/useSavedViews';
import { KnowledgeWorkspace } from '../knowledge/KnowledgeWorkspace';
import { SettingsWorkspace } from '../settings/SettingsWorkspace';
import { NewTicketContext, type NewTicketPrefill } from '../newticket/NewTicketContext';
import { NewTicketModal } from '../newticket/NewTicketModal';
import { CommandPalette } from '../spotlight/CommandPalette';
import { useMovedTicketAlerts } from '../ticket/useMovedTicketAlerts';
import { AppHeader } from './AppHeader';
import { NavigationContext } from './navigation/NavigationContext';
import { SectionNav, sectionHotkey } from './navigation/SectionNav';
import { sectionsFor } from './navigation/Section';
import { useNavigationState } from './navigation/useNavigationState';
import { ShortcutSheet } from './shortcuts/ShortcutSheet';
import { shortcuts } from './shortcuts/shortcuts';
import { TokenStorageBanner } from './TokenStorageBanner';
import { useOpenRequests } from './useOpenRequests';

/** The signed-in app: header, workspace switcher, and the chosen workspace. */
export function Workspace({ agent, onSignedOut }: { agent: AgentRow; onSignedOut(): void }) {
  const navigation = useNavigationState();
  const sections = sectionsFor(agent.role);
  const savedViews = useSavedViews();
  const savedView = savedViews.find((v) => v.id === inboxPlaces.savedViewId(navigation.place));
  const [inboxQuery, setInboxQuery] = useInboxQuery(agent.id, navigation.place, savedView?.query);
  // An address of a workspace this role does not see (a lead's link opened by an agent) shows the inbox.
  const section = sections.includes(navigation.section) ? navigation.section : 'inbox';

  // Deep links and notification clicks (desktop shell).
  // New high/critical exceptions pop up wherever the agent is working.
  useUrgentExceptionAlerts(navigation.openException);
  useMentionAlerts(navigation.openTicket);
  // A ticket leaving this team (moved by a colleague or by this agent) is announced, not silently gone.
  useMovedTicketAlerts();
  useOpenRequests((target: OpenTarget) => {
    if (target.kind === 'ticket') navigation.openTicket(target.id);
    else if (target.kind === 'customer') navigation.openCustomer(target.id);
    else navigation.openException(target.id);
  });

  useHotkeys(sections.map((s) => [`alt+${sectionHotkey(s)}`, () => navigation.go(s)]));
  // null: closed. Opened from the inbox, a customer's 360, the palette or Ctrl/Cmd+N (even while typing).
  const [newTicket, setNewTicket] = useState<NewTicketPrefill | null>(null);
  const openNewTicket = (prefill: NewTicketPrefill = {}) => setNewTicket(prefill);
  useHotkeys(shortcuts.newTicket.keys.map((k) => [k, () => openNewTicket()]), []);

  return (
    <NavigationContext.Provider value={navigation}>
      <NewTicketContext.Provider value={openNewTicket}>
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding={0}>
        <AppShell.Header>
          <AppHeader agent={agent} onSignedOut={onSignedOut} onOpenTicket={navigation.openTicket} />
        </AppShell.Header>
        <AppShell.Navbar>
          <SectionNav sections={sections} />
          {section === 'inbox' && (
            <>
              <Divider />
              <InboxNav savedViews={savedViews} />
            </>
          )}
        </AppShell.Navbar>
        <AppShell.Main>
          <Box h="calc(100dvh - var(--app-shell-header-offset, 0rem))" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
            <TokenStorageBanner />
            <Box flex={1} style={{ display: 'flex', minHeight: 0 }}>
              {section === 'inbox' && <InboxWorkspace agent={agent} query={inboxQuery} onQueryChange={setInboxQuery} savedView={savedView} />}
              {section === 'customers' && <CustomerWorkspace />}
              {section === 'exceptions' && <ExceptionsWorkspace />}
              {section === 'knowledge' && <KnowledgeWorkspace />}
              {section === 'dashboard' && <DashboardArea />}
              {section === 'settings' && <SettingsWorkspace agent={agent} />}
            </Box>
          </Box>
        </AppShell.Main>
        <CommandPalette />
        <ShortcutSheet />
        {newTicket && <NewTicketModal agent={agent} prefill={newTicket} onClose={() => setNewTicket(null)} />}
      </AppShell>
      </NewTicketContext.Provider>
    </NavigationContext.Provider>
  );
}
