import { Alert, Center, Code, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { SessionGate } from '../session/SessionGate';
import { AppNotices } from '../status/AppNotices';
import { contrastVariablesResolver } from './contrast/contrastVariablesResolver';
import { theme } from './theme';

/** Root: theme (following the OS light/dark setting), notifications, then the session gate. */
export function App({ bridgeReady }: { bridgeReady: boolean }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={contrastVariablesResolver} defaultColorScheme="auto">
      {/* Bottom-left keeps toasts off the reply composer and the header controls. */}
      <Notifications position="bottom-left" containerWidth={400} />
      {bridgeReady && <AppNotices />}
      {bridgeReady ? <SessionGate /> : <MissingBridge />}
    </MantineProvider>
  );
}

function MissingBridge() {
  return (
    <Center h="100dvh" p="md">
      <Alert
        maw={520}
        color="orange"
        icon={<IconPlugConnectedX />}
        title="Open Relay from the address it printed"
      >
        <Stack gap="xs">
          <Text size="sm">
            This page needs the one-time link shown in the terminal where Relay started. It looks like
          </Text>
          <Code>http://127.0.0.1:5180/#token=…</Code>
          <Text size="sm">
            Start Relay with <Code>npm run browser</Code> and open that link.
          </Text>
        </Stack>
      </Alert>
    </Center>
  );
}
