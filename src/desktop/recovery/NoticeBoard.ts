import type { IpcOutput } from '../../core';

type AppNotice = IpcOutput<'app.notices'>[number];

/**
 * Notices waiting for the window. They are raised at open, before any window listens, so the
 * renderer takes them when it starts (`app.notices`); each is given out once.
 */
export class NoticeBoard {
  private waiting: AppNotice[] = [];

  post(notice: AppNotice): void {
    this.waiting.push(notice);
  }

  take(): AppNotice[] {
    const taken = this.waiting;
    this.waiting = [];
    return taken;
  }
}
