import { useCallback, useEffect, useState } from 'react';
import { Button, Center, Alert, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { IpcError, IpcOutput } from '../../core';
import { FullPageLoader } from '../app/FullPageLoader';
import { Workspace } from '../app/Workspace';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';
import { SignInScreen } from './SignInScreen';

type Session = IpcOutput<'session.get'>;

/** Shows the sign-in screen until the core has a signed-in agent, then the workspace. */
export function SessionGate() {
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const load = useCallback(() => {
    void relay()
      .invoke('session.get', {})
      .then((reply) => {
        if (reply.ok) {
          setSession(reply.data);
          setError(null);
        } else setError(reply.error);
      });
  }, []);
  useEffect(load, [load]);

  // The hub can end a session (expired or revoked token): go back to sign-in.
  useRelayEvent('sync.status', (status) => {
    if (status.connection === 'signed_out' && session?.agent) load();
  });

  if (error && !session) {
    return (
      <Center h="100dvh" p="md">
        <Alert color="red" title="Relay could not start" maw={480}>
          <Stack gap="sm" align="flex-start">
            {error.message}
            <Button size="xs" variant="light" onClick={load}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  if (!session) return <FullPageLoader label="Opening Relay…" />;
  if (!session.agent) {
    return (
      <SignInScreen
        hubUrl={session.hubUrl}
        onSignedIn={(signedIn) => {
          setSession(signedIn);
          // e.g. the previous agent's unsent changes were kept for them: say so until dismissed.
          if (signedIn.notice) notifications.show({ color: 'blue', title: 'Unsent changes', message: signedIn.notice, autoClose: false });
        }}
      />
    );
  }
  return <Workspace agent={session.agent} onSignedOut={() => setSession({ ...session, agent: null })} />;
}
