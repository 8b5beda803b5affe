const names: Record<string, string> = { mod: 'Ctrl', alt: 'Alt', shift: 'Shift', escape: 'Esc', enter: 'Enter' };

/** How a hotkey reads on a key cap, per part: `mod+K` → ['Ctrl', 'K'] (['⌘', 'K'] on a Mac). */
export function keyLabel(hotkey: string, mac: boolean): string[] {
  return hotkey.split('+').map((part) => {
    const lower = part.toLowerCase();
    if (lower === 'mod') return mac ? '⌘' : 'Ctrl';
    if (lower === 'alt' && mac) return '⌥';
    return names[lower] ?? part;
  });
}
