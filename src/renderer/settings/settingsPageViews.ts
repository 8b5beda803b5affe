import { IconClockHour4, IconUserCircle, IconUsersGroup } from '@tabler/icons-react';
import { SlaPoliciesPage } from './sla/SlaPoliciesPage';
import { TeamsPage } from './teams/TeamsPage';
import { ProfilePage } from './profile/ProfilePage';
import type { SettingsPageView } from './SettingsPageView';

/** Every settings page, in navigation order. A page is listed here once it works end to end. */
export const settingsPageViews: SettingsPageView[] = [
  { page: 'profile', label: 'My profile', description: 'Password and email signature', icon: IconUserCircle, roles: ['agent', 'lead', 'admin'], Component: ProfilePage },
  { page: 'teams', label: 'Teams', description: 'Time zone, business hours and holidays', icon: IconUsersGroup, roles: ['lead', 'admin'], Component: TeamsPage },
  { page: 'sla', label: 'SLA policies', description: 'Targets per priority and tier', icon: IconClockHour4, roles: ['lead', 'admin'], Component: SlaPoliciesPage },
];
