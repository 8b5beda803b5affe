/** The parts of a keydown the buffer reads (a DOM KeyboardEvent has them). */
export interface BufferedKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface KeyBuffer {
  /** Keeps a typed character (Backspace takes the last one back); false for keys it leaves alone. */
  push(event: BufferedKey): boolean;
  /** The text typed so far; the buffer is empty afterwards. */
  take(): string;
}

/**
 * Text typed into nowhere: between Ctrl/Cmd+K and the palette's search box taking focus, keys
 * land on whatever had focus. The palette keeps them here and hands them to the box.
 */
export function createKeyBuffer(): KeyBuffer {
  let text = '';
  return {
    push(event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      if (event.key === 'Backspace') {
        text = [...text].slice(0, -1).join('');
        return true;
      }
      // One character (a letter, digit, space or symbol, or one emoji): named keys such as Enter are not text.
      if ([...event.key].length !== 1) return false;
      text += event.key;
      return true;
    },
    take() {
      const taken = text;
      text = '';
      return taken;
    },
  };
}
