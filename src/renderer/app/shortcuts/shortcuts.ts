import type { Shortcut } from './Shortcut';

/**
 * Every keyboard shortcut of the app, once: the handlers bind these keys (see hotkeysFor) and
 * the `?` sheet lists them, so the two cannot disagree.
 */
export const shortcuts = {
  palette: { keys: ['mod+K'], scope: 'Anywhere', description: 'Search everything (tickets, customers, tracking numbers, articles)' },
  newTicket: { keys: ['mod+N'], scope: 'Anywhere', description: 'New ticket (phone call, email, chat…)' },
  help: { keys: ['shift+?', '?'], shown: '?', scope: 'Anywhere', description: 'Show these shortcuts' },
  sections: { keys: ['alt+1', 'alt+2', 'alt+3', 'alt+4', 'alt+5', 'alt+6'], shown: 'alt+1…6', scope: 'Anywhere', description: 'Go to Inbox, Customers, Exceptions, Knowledge, Dashboard, Settings' },
  search: { keys: ['/'], scope: 'Lists', description: 'Search the list' },
  next: { keys: ['j'], scope: 'Lists', description: 'Next row' },
  previous: { keys: ['k'], scope: 'Lists', description: 'Previous row' },
  select: { keys: ['x'], scope: 'Lists', description: 'Select the row for a bulk action (shift-click a range, ctrl-click one)' },
  clearSelection: { keys: ['Escape'], passThrough: true, scope: 'Lists', description: 'Clear the selection' },
  open: { keys: ['Enter'], passThrough: true, scope: 'Lists', description: 'Open the row' },
  reply: { keys: ['r'], scope: 'Open ticket', description: 'Write a reply' },
  note: { keys: ['n'], scope: 'Open ticket', description: 'Write an internal note' },
  solve: { keys: ['e'], scope: 'Open ticket', description: 'Mark solved' },
  assign: { keys: ['a'], scope: 'Open ticket', description: 'Change the assignee (type a name, Enter picks the best match)' },
  send: { keys: ['mod+Enter'], scope: 'Reply box', description: 'Send the reply or note' },
  leave: { keys: ['Escape'], scope: 'Reply box', description: 'Leave the reply box (single-key shortcuts work again)' },
} satisfies Record<string, Shortcut>;
