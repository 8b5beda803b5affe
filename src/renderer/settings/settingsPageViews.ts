import { IconUserCircle } from '@tabler/icons-react';
import { ProfilePage } from './profile/ProfilePage';
import type { SettingsPageView } from './SettingsPageView';

/** Every settings page, in navigation order. A page is listed here once it works end to end. */
export const settingsPageViews: SettingsPageView[] = [
  { page: 'profile', label: 'My profile', description: 'Password and email signature', icon: IconUserCircle, roles: ['agent', 'lead', 'admin'], Component: ProfilePage },
];
