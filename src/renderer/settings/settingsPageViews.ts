import { IconBolt, IconClockHour4, IconHistory, IconMessage2Bolt, IconMoodSmile, IconPlugConnected, IconRoute, IconShieldLock, IconTags, IconUserCircle, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { AgentsPage } from './agents/AgentsPage';
import { AuditPage } from './audit/AuditPage';
import { AutomationsPage } from './automations/AutomationsPage';
import { ConnectorsPage } from './connectors/ConnectorsPage';
import { FieldsPage } from './fields/FieldsPage';
import { MacrosPage } from './macros/MacrosPage';
import { RoutingRulesPage } from './routing/RoutingRulesPage';
import { GovernancePage } from './governance/GovernancePage';
import { ProfilePage } from './profile/ProfilePage';
import type { SettingsPageView } from './SettingsPageView';
import { SlaPoliciesPage } from './sla/SlaPoliciesPage';
import { SurveysPage } from './surveys/SurveysPage';
import { TeamsPage } from './teams/TeamsPage';

/** Every settings page, in navigation order. A page is listed here once it works end to end. */
export const settingsPageViews: SettingsPageView[] = [
  { page: 'profile', label: 'My profile', description: 'Password and email signature', icon: IconUserCircle, roles: ['agent', 'lead', 'admin'], Component: ProfilePage },
  { page: 'agents', label: 'Agents', description: 'Invite, roles, teams', icon: IconUsers, roles: ['lead', 'admin'], Component: AgentsPage },
  { page: 'teams', label: 'Teams', description: 'Time zone, business hours and holidays', icon: IconUsersGroup, roles: ['lead', 'admin'], Component: TeamsPage },
  { page: 'sla', label: 'SLA policies', description: 'Targets per priority and tier', icon: IconClockHour4, roles: ['lead', 'admin'], Component: SlaPoliciesPage },
  { page: 'macros', label: 'Macros', description: 'Canned replies, shared or personal', icon: IconMessage2Bolt, roles: ['agent', 'lead', 'admin'], Component: MacrosPage },
  { page: 'routing', label: 'Routing rules', description: 'Which team gets a new ticket', icon: IconRoute, roles: ['lead', 'admin'], Component: RoutingRulesPage },
  { page: 'surveys', label: 'Surveys', description: 'Satisfaction survey and low scores', icon: IconMoodSmile, roles: ['lead', 'admin'], Component: SurveysPage },
  { page: 'fields', label: 'Tags & fields', description: 'Tag colours, ticket fields', icon: IconTags, roles: ['lead', 'admin'], Component: FieldsPage },
  { page: 'automations', label: 'Automations', description: 'Ticket rules and customer notifications', icon: IconBolt, roles: ['lead', 'admin'], Component: AutomationsPage },
  { page: 'connectors', label: 'Connectors', description: 'Carrier and TMS connectors for shipment actions', icon: IconPlugConnected, roles: ['admin'], Component: ConnectorsPage },
  { page: 'audit', label: 'Audit log', description: 'Who changed what', icon: IconHistory, roles: ['lead', 'admin'], Component: AuditPage },
  { page: 'governance', label: 'Data governance', description: 'Erasure, export, retention', icon: IconShieldLock, roles: ['admin'], Component: GovernancePage },
];
