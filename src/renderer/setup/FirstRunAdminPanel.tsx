import { Alert, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { IpcOutput } from '../../core';
import { relay } from '../bridge/relay';

type FirstRunAdmin = NonNullable<IpcOutput<'setup.firstRunAdmin'>>;

/**
 * The one-time panel of a fresh embedded hub: its admin email and random password, with copy
 * buttons. The desktop core hands the login out once, so a reload or the next start shows nothing.
 */
export function FirstRunAdminPanel({ onUseEmail }: { onUseEmail?(email: string): void }) {
  const [admin, setAdmin] = useState<FirstRunAdmin | null>(null);
  useEffect(() => {
    void relay()
      .invoke('setup.firstRunAdmin', {})
      .then((reply) => {
        // Only a non-null answer counts: a second (StrictMode) call must not hide the first.
        if (reply.ok && reply.data) {
          setAdmin(reply.data);
          onUseEmail?.(reply.data.email);
        }
      });
  }, [onUseEmail]);
  if (!admin) return null;
  return (
    <Alert color="teal" icon={<IconKey />} title="Your hub’s admin login — shown only this once" data-testid="first-run-admin">
      <Stack gap="xs">
        <Text size="sm">This computer now runs its own Relay hub. Save this password in your password manager before you sign in.</Text>
        {[
          ['Email', admin.email],
          ['Password', admin.password],
        ].map(([label, value]) => (
          <Group key={label} gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {label}:{' '}
              <Text span ff="monospace" size="sm" data-testid={`first-run-admin-${label!.toLowerCase()}`}>
                {value}
              </Text>
            </Text>
            <CopyButton value={value!} timeout={1500}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="default" leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />} onClick={copy}>
                  {copied ? 'Copied' : `Copy ${label!.toLowerCase()}`}
                </Button>
              )}
            </CopyButton>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {admin.keptAt ? `A copy is kept encrypted by your operating system in ${admin.keptAt}.` : 'No copy is kept on this computer.'}
        </Text>
      </Stack>
    </Alert>
  );
}
