import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { relay } from '../bridge/relay';

/**
 * Shows the desktop core's one-time notices (e.g. a local database rebuilt from the hub) as
 * toasts that stay until closed; the core hands each out once, so a reload does not repeat it.
 */
export function AppNotices() {
  useEffect(() => {
    void relay()
      .invoke('app.notices', {})
      .then((reply) => {
        if (!reply.ok) return;
        for (const notice of reply.data) {
          notifications.show({ color: 'orange', title: 'Local database rebuilt', message: notice.detail ? `${notice.message} ${notice.detail}` : notice.message, autoClose: false });
        }
      });
  }, []);
  return null;
}
