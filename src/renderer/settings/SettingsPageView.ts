import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { AgentRole, AgentRow } from '../../core';
import type { SettingsPage } from './SettingsPage';

/** One page of the Settings workspace as the navigation lists it. */
export interface SettingsPageView {
  page: SettingsPage;
  label: string;
  /** One line under the label in the page list. */
  description: string;
  icon: Icon;
  /** Who sees the page; the hub checks every write again, this only hides what a role cannot use. */
  roles: readonly AgentRole[];
  Component: ComponentType<{ agent: AgentRow }>;
}
