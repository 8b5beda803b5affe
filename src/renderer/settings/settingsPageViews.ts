import { IconHistory, IconTags, IconUserCircle, IconUsers } from '@tabler/icons-react';
import { AgentsPage } from './agents/AgentsPage';
import { AuditPage } from './audit/AuditPage';
import { FieldsPage } from './fields/FieldsPage';
import { ProfilePage } from './profile/ProfilePage';
import type { SettingsPageView } from './SettingsPageView';

/** Every settings page, in navigation order. A page is listed here once it works end to end. */
export const settingsPageViews: SettingsPageView[] = [
  { page: 'profile', label: 'My profile', description: 'Password and email signature', icon: IconUserCircle, roles: ['agent', 'lead', 'admin'], Component: ProfilePage },
  { page: 'agents', label: 'Agents', description: 'Invite, roles, teams', icon: IconUsers, roles: ['lead', 'admin'], Component: AgentsPage },
  { page: 'fields', label: 'Tags & fields', description: 'Tag colours, ticket fields', icon: IconTags, roles: ['lead', 'admin'], Component: FieldsPage },
  { page: 'audit', label: 'Audit log', description: 'Who changed what', icon: IconHistory, roles: ['lead', 'admin'], Component: AuditPage },
];
