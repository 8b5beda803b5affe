import type { OpenTarget } from '../../src/core/contract/ipcContract';

/**
 * Routes "open this item" requests (deep links, notification clicks) to the window. The
 * request is kept until the renderer takes it (`app.pendingOpen`) and also announced live
 * (`app.open`): a window that is signed out or still loading picks it up once its workspace
 * mounts, a running one opens it at once and then takes it so it is not opened twice.
 */
export class OpenRouter {
  private pending: OpenTarget | null = null;

  constructor(private readonly deps: { focusWindow(): void; announce(target: OpenTarget): void }) {}

  open(target: OpenTarget | null): void {
    if (!target) return;
    this.pending = target;
    this.deps.focusWindow();
    this.deps.announce(target);
  }

  take(): OpenTarget | null {
    const target = this.pending;
    this.pending = null;
    return target;
  }
}
