import type { DesktopCore } from '../../src/desktop/createDesktopCore';
import { call } from './call';

/** Resolves once `core` holds message `messageId` on `ticketId`, checking on every data.changed (and every 25 ms as a fallback). */
export async function arrival(core: DesktopCore, ticketId: string, messageId: () => string | null): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let checking = false;
    let again = false;
    const check = async (): Promise<void> => {
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        const id = messageId();
        const detail = id ? await call(core, 'tickets.get', { id: ticketId }) : null;
        if (id && detail?.messages.some((m) => m.id === id)) {
          done();
          resolve();
          return;
        }
      } catch (error) {
        done();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      checking = false;
      if (again) {
        again = false;
        void check();
      }
    };
    const unsubscribe = core.on('data.changed', (p) => {
      if (p.entities.includes('messages')) void check();
    });
    const fallback = setInterval(() => void check(), 25);
    const timeout = setTimeout(() => {
      done();
      reject(new Error('bench: a reply never reached the other desktop'));
    }, 30_000);
    const done = (): void => {
      unsubscribe();
      clearInterval(fallback);
      clearTimeout(timeout);
    };
    void check();
  });
}
