const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Times as agents read them, in their own locale. */
export const formatTime = {
  /** "just now", "5 min ago", "3 h ago", "yesterday", then a date: what an agent scans in a list. */
  relative(at: number, now: number = Date.now()): string {
    const age = Math.max(0, now - at);
    if (age < minute) return 'just now';
    if (age < hour) return `${Math.floor(age / minute)} min ago`;
    if (age < day) return `${Math.floor(age / hour)} h ago`;
    if (age < 2 * day) return 'yesterday';
    return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  },
  /** HH:MM. */
  clock(at: number): string {
    return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  },
  /** Day and time, for message headers. */
  dayTime(at: number): string {
    return new Date(at).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  },
};
