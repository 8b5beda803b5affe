import type { IpcChannel } from '../../../core';

/** What an admin may do to another agent from its row menu, and how the confirmation says it. */
export type AgentAction = 'resetPassword' | 'signOutEverywhere' | 'deactivate' | 'reactivate';

export const agentActions: Record<
  AgentAction,
  { label: string; channel: IpcChannel & `people.${string}`; confirm: (name: string) => string; done: (name: string) => string; danger: boolean }
> = {
  resetPassword: {
    label: 'Reset password',
    channel: 'people.resetPassword',
    confirm: (n) => `${n} gets a new password, shown to you once, and is signed out on every computer.`,
    done: (n) => `${n}'s password was reset.`,
    danger: false,
  },
  signOutEverywhere: {
    label: 'Sign out everywhere',
    channel: 'people.signOutEverywhere',
    confirm: (n) => `${n} is signed out on every computer at once and must sign in again; their password stays.`,
    done: (n) => `${n} was signed out everywhere.`,
    danger: false,
  },
  deactivate: {
    label: 'Deactivate',
    channel: 'people.deactivate',
    confirm: (n) => `${n} can no longer sign in and is signed out everywhere. Their tickets and history stay; you can reactivate them later.`,
    done: (n) => `${n} was deactivated.`,
    danger: true,
  },
  reactivate: {
    label: 'Reactivate',
    channel: 'people.reactivate',
    confirm: (n) => `${n} can sign in again with their password (old sessions stay ended).`,
    done: (n) => `${n} is active again.`,
    danger: false,
  },
};
