/** What the agent reads when a local write hits a full disk (SQLITE_FULL): nothing half-saved, nothing lost. */
export const DISK_FULL_MESSAGE = 'Your disk is full: this change was not saved. Free some space and try again.';
