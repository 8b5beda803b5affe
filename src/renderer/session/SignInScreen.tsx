import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Collapse,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconChevronDown, IconChevronRight, IconTruckDelivery } from '@tabler/icons-react';
import type { IpcOutput } from '../../core';
import { relay } from '../bridge/relay';
import { FirstRunAdminPanel } from '../setup/FirstRunAdminPanel';

type Session = IpcOutput<'session.signIn'>;

export function SignInScreen({ hubUrl, onSignedIn }: { hubUrl: string | null; onSignedIn(session: Session): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [hub, setHub] = useState(hubUrl ?? '');
  const [advanced, setAdvanced] = useState(!hubUrl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Why the last session ended, when the hub ended it (revoked token): the core keeps it in the status.
  const [ended, setEnded] = useState<string | null>(null);
  // Only the embedded demo world has a public login to suggest; a fresh install or a team's hub has none.
  const [demoLogin, setDemoLogin] = useState<{ email: string; password: string } | null>(null);
  useEffect(() => {
    void relay()
      .invoke('setup.demoLogin', {})
      .then((reply) => setDemoLogin(reply.ok ? reply.data : null));
  }, []);
  useEffect(() => {
    void relay()
      .invoke('sync.status', {})
      .then((reply) => {
        if (reply.ok && reply.data.connection === 'signed_out') setEnded(reply.data.lastError);
      });
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const trimmedHub = hub.trim();
    const reply = await relay().invoke('session.signIn', {
      email: email.trim(),
      password,
      ...(trimmedHub && trimmedHub !== hubUrl ? { hubUrl: trimmedHub } : {}),
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error.message);
      if (reply.error.code === 'unauthorized') {
        // Wrong credentials: retype the password, keep the email.
        setPassword('');
        passwordRef.current?.focus();
      }
      return;
    }
    if (!reply.data.agent) {
      setError('The hub accepted the sign-in but sent no agent profile. Try again.');
      return;
    }
    onSignedIn(reply.data);
  }

  return (
    <Center component="main" mih="100dvh" p="md" bg="var(--mantine-color-default-hover)">
      <Paper component="form" onSubmit={submit} withBorder shadow="sm" p="xl" w={400} maw="100%" aria-label="Sign in">
        <Stack gap="md">
          <Group gap="sm">
            <ThemeIcon size="lg" radius="md" variant="filled">
              <IconTruckDelivery size={22} />
            </ThemeIcon>
            <Box>
              <Title order={1} size="h3">
                Relay
              </Title>
              <Text size="sm" c="dimmed">
                Sign in to your team’s inbox
              </Text>
            </Box>
          </Group>
          <FirstRunAdminPanel onUseEmail={setEmail} />
          {ended && !error && (
            <Alert color="orange" icon={<IconAlertCircle />} title="Signed out" data-testid="session-ended">
              {ended}
            </Alert>
          )}
          {error && (
            <Alert color="red" icon={<IconAlertCircle />} title="Could not sign in" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@company.com"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
            data-autofocus
            autoFocus
          />
          <PasswordInput
            ref={passwordRef}
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
          />
          <Box>
            <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => setAdvanced((a) => !a)}>
              <Group gap={4}>
                {advanced ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                Advanced
              </Group>
            </Anchor>
            <Collapse expanded={advanced}>
              <TextInput
                mt="xs"
                label="Hub address"
                description="The Relay server your team uses."
                placeholder="https://relay.example.com"
                value={hub}
                onChange={(e) => setHub(e.currentTarget.value)}
              />
            </Collapse>
          </Box>
          <Button type="submit" loading={busy} fullWidth>
            Sign in
          </Button>
          {demoLogin && (!hub.trim() || hub.trim() === hubUrl) && (
            <Text size="xs" c="dimmed" ta="center" data-testid="demo-hint">
              Trying Relay on this computer? The demo hub signs you in as{' '}
              <Text span ff="monospace" size="xs" style={{ whiteSpace: 'nowrap' }}>
                {demoLogin.email}
              </Text>{' '}
              with password{' '}
              <Text span ff="monospace" size="xs" style={{ whiteSpace: 'nowrap' }}>
                {demoLogin.password}
              </Text>
              .
            </Text>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
