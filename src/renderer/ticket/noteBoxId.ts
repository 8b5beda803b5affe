/**
 * The internal-note textarea's element id, when the composer gives the note its own box: the
 * `n` shortcut focuses it (focusNoteBox falls back to switching the composer to "Internal note").
 */
export const noteBoxId = 'note-box';
