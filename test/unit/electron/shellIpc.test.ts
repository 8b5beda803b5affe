import { describe, expect, it } from 'vitest';
import { createShellIpc } from '../../../electron/shellIpc';

const target = { kind: 'ticket' as const, id: '0190a0c1-5e2f-7a3b-8c4d-000000000003' };

describe('createShellIpc', () => {
  it('answers app.info and hands over the pending deep link once', () => {
    let pending: typeof target | null = target;
    const ipc = createShellIpc({
      info: () => ({ desktopShell: true, tokenStorage: 'plain_text' }),
      takePendingOpen: () => {
        const t = pending;
        pending = null;
        return t;
      },
    });
    expect(ipc.answer('app.info', {})).toEqual({ ok: true, data: { desktopShell: true, tokenStorage: 'plain_text' } });
    expect(ipc.answer('app.pendingOpen', {})).toEqual({ ok: true, data: target });
    expect(ipc.answer('app.pendingOpen', undefined)).toEqual({ ok: true, data: null });
  });

  it('leaves every other channel to the desktop core and validates its own inputs', () => {
    const ipc = createShellIpc({ info: () => ({ desktopShell: true, tokenStorage: 'os_encrypted' }), takePendingOpen: () => null });
    expect(ipc.answer('tickets.list', {})).toBeNull();
    expect(ipc.answer('app.info', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
