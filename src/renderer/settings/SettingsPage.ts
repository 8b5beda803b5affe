/** A page of the Settings workspace (`#/settings/<page>`); which ones a role sees is in settingsPageViews. */
export type SettingsPage = 'profile' | 'agents' | 'teams' | 'sla' | 'macros' | 'automations' | 'fields' | 'surveys' | 'connectors' | 'audit' | 'routing' | 'governance';
