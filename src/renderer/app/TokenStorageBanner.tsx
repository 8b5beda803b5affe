import { Alert } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useRelayQuery } from '../bridge/useRelayQuery';

const texts = {
  plain_text: {
    title: 'Your session is stored without OS encryption on this computer',
    body: 'No system keyring was found, so anyone who can read your user folder could use your Relay session. Install and unlock a keyring (GNOME Keyring, KWallet) and sign in again to protect it.',
  },
  not_persisted: {
    title: 'Your session is not saved on this computer',
    body: 'OS encryption is unavailable, so Relay keeps your session in memory only: you will sign in again next time Relay starts.',
  },
} as const;

/** Warns, in the desktop app, when the hub session token lacks OS encryption (see app.info). */
export function TokenStorageBanner() {
  const info = useRelayQuery('app.info', {}, []);
  const [dismissed, setDismissed] = useState(false);
  const storage = info.data?.tokenStorage;
  if (dismissed || !info.data?.desktopShell || (storage !== 'plain_text' && storage !== 'not_persisted')) return null;
  const text = texts[storage];
  return (
    <Alert
      color="orange"
      radius={0}
      icon={<IconLockOpen size={18} />}
      title={text.title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissed(true)}
      data-testid="token-storage-warning"
      style={{ flexShrink: 0 }}
    >
      {text.body}
    </Alert>
  );
}
