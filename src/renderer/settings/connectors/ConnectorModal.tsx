import { Alert, Button, Group, Modal, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { carrierConnectorInputSchema, type CarrierConnectorView } from '../../../core';
import { relay } from '../../bridge/relay';

/** Add or edit one carrier's connector: URL, shared secret (left empty keeps the hub's), on/off. Checked with the route's own schema. */
export function ConnectorModal({ view, onClose, onSaved }: { view: CarrierConnectorView; onClose(): void; onSaved(): void }) {
  const [url, setUrl] = useState(view.url ?? '');
  const [secret, setSecret] = useState('');
  const [enabled, setEnabled] = useState(view.url === null ? true : view.enabled);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    const parsed = carrierConnectorInputSchema.safeParse({ url: url.trim(), secret: secret === '' ? undefined : secret, enabled });
    const found: Record<string, string> = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? ''), i.message]));
    if (!view.secretSet && secret === '') found.secret = 'a new connector needs a secret of at least 16 characters';
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    setBusy(true);
    const reply = await relay().invoke('connectors.save', { carrier: view.carrier, connector: parsed.data });
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error.message);
    onSaved();
  }

  return (
    <Modal opened onClose={onClose} title={`${view.url === null ? 'Connect' : 'Edit connector for'} ${view.carrier}`} size="md">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Relay sends this carrier&apos;s shipment actions to the URL, signed with the secret; the carrier signs its answers with the same secret.
        </Text>
        {failure && (
          <Alert color="red" title="Not saved" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput label="Connector URL" placeholder="https://tms.example.com/relay/actions" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={errors.url} data-testid="connector-url" data-autofocus />
        <PasswordInput
          label="Shared secret"
          description={view.secretSet ? 'Leave empty to keep the current secret.' : 'At least 16 characters; give the carrier the same one.'}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          error={errors.secret}
          data-testid="connector-secret"
        />
        <Switch label="Enabled: send requests to this connector" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} data-testid="connector-enabled" />
        {!enabled && (
          <Text size="xs" c="dimmed">
            While disabled, new requests for {view.carrier} wait on the hub and go out once it is enabled again.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={busy} data-testid="connector-save">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
