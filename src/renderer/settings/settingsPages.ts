import type { SettingsPage } from './SettingsPage';

const all: readonly SettingsPage[] = ['profile', 'agents', 'teams', 'sla', 'macros', 'automations', 'fields', 'surveys', 'connectors', 'audit', 'routing', 'governance'];

/** The settings pages' address parts. */
export const settingsPages = {
  all,
  /** The page an address part names; null for none or an unknown one (the workspace then shows its first page). */
  parse(part: string | undefined): SettingsPage | null {
    return all.find((p) => p === part) ?? null;
  },
};
