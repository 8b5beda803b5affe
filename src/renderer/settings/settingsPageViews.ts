import { IconClockHour4, IconHistory, IconPlugConnected, IconTags, IconUserCircle, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { AgentsPage } from './agents/AgentsPage';
import { AuditPage } from './audit/AuditPage';
import { ConnectorsPage } from './connectors/ConnectorsPage';
import { FieldsPage } from './fields/FieldsPage';
import { ProfilePage } from './profile/ProfilePage';
import type { SettingsPageView } from './SettingsPageView';
import { SlaPoliciesPage } from './sla/SlaPoliciesPage';
import { TeamsPage } from './teams/TeamsPage';

/** Every settings page, in navigation order. A page is listed here once it works end to end. */
export const settingsPageViews: SettingsPageView[] = [
  { page: 'profile', label: 'My profile', description: 'Password and email signature', icon: IconUserCircle, roles: ['agent', 'lead', 'admin'], Component: ProfilePage },
  { page: 'agents', label: 'Agents', description: 'Invite, roles, teams', icon: IconUsers, roles: ['lead', 'admin'], Component: AgentsPage },
  { page: 'teams', label: 'Teams', description: 'Time zone, business hours and holidays', icon: IconUsersGroup, roles: ['lead', 'admin'], Component: TeamsPage },
  { page: 'sla', label: 'SLA policies', description: 'Targets per priority and tier', icon: IconClockHour4, roles: ['lead', 'admin'], Component: SlaPoliciesPage },
  { page: 'fields', label: 'Tags & fields', description: 'Tag colours, ticket fields', icon: IconTags, roles: ['lead', 'admin'], Component: FieldsPage },
  { page: 'connectors', label: 'Connectors', description: 'Carrier and TMS connectors for shipment actions', icon: IconPlugConnected, roles: ['admin'], Component: ConnectorsPage },
  { page: 'audit', label: 'Audit log', description: 'Who changed what', icon: IconHistory, roles: ['lead', 'admin'], Component: AuditPage },
];
