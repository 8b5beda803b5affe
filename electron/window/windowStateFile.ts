import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { savedWindowStateSchema, type SavedWindowState } from './restoreBounds';

/**
 * `<userData>/window-state.json`: the main window's last normal bounds and maximised flag.
 * A missing or damaged file means "no saved state" (logged), never a failed start.
 */
export function windowStateFile(path: string, log: (message: string) => void) {
  return {
    load(): SavedWindowState | null {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = savedWindowStateSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
        log(`ignoring ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      } catch (error) {
        log(`ignoring ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return null;
    },
    save(state: SavedWindowState): void {
      const checked = savedWindowStateSchema.parse(state);
      mkdirSync(dirname(path), { recursive: true });
      // Write then rename: a crash mid-write leaves the previous file, not half a JSON.
      writeFileSync(`${path}.tmp`, JSON.stringify(checked));
      renameSync(`${path}.tmp`, path);
    },
  };
}
