import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconEyeOff } from '@tabler/icons-react';

/** A password the hub made, shown this once: it is stored only as a hash, so closing loses it. */
export function OneTimePasswordModal({ shown, onClose }: { shown: { title: string; who: string; password: string } | null; onClose(): void }) {
  return (
    <Modal opened={shown !== null} onClose={onClose} title={shown?.title ?? ''} centered closeOnClickOutside={false}>
      {shown && (
        <Stack gap="sm">
          <Text size="sm">
            Give this password to <b>{shown.who}</b> to sign in with. They can change it later under Settings → My profile.
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code fz="lg" px="md" py={6} style={{ flex: 1, letterSpacing: 1 }} data-testid="one-time-password">
              {shown.password}
            </Code>
            <CopyButton value={shown.password} timeout={2000}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="gray" icon={<IconEyeOff />} p="xs">
            It is shown only now. Lost it? Reset the password to get a new one.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
