import { net, powerMonitor } from 'electron';
import type { DesktopCore } from '../../src/desktop/createDesktopCore';
import { ReconnectTrigger } from '../reconnect/ReconnectTrigger';

/** powerMonitor resume / unlock-screen and the network coming back → `sync.reconnectNow`. */
export function watchReconnectTriggers(core: Pick<DesktopCore, 'invoke'>, log: (message: string) => void): ReconnectTrigger {
  const trigger = new ReconnectTrigger({
    onPowerEvent: (event, listener) => {
      // Electron types each event name as its own overload, so the union needs a branch.
      if (event === 'resume') {
        powerMonitor.on('resume', listener);
        return () => powerMonitor.off('resume', listener);
      }
      powerMonitor.on('unlock-screen', listener);
      return () => powerMonitor.off('unlock-screen', listener);
    },
    isOnline: () => net.isOnline(),
    reconnect: () => {
      void core.invoke('sync.reconnectNow', {}).then((reply) => {
        if (!reply.ok) log(`reconnect failed: ${reply.error.message}`);
      });
    },
    every: (ms, tick) => {
      const timer = setInterval(tick, ms);
      return () => clearInterval(timer);
    },
    now: Date.now,
    log,
  });
  trigger.start();
  return trigger;
}
