import { ActionIcon, Anchor, Checkbox, FileButton, Group, Paper, Stack, TagsInput, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPaperclip, IconX } from '@tabler/icons-react';
import type { ReplyExtras } from './useReplyExtras';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The attach button, for the composer's toolbar. */
export function AttachButton({ extras, disabled }: { extras: ReplyExtras; disabled: boolean }) {
  return (
    <FileButton multiple onChange={(files) => void extras.add(files)} disabled={disabled}>
      {(props) => (
        <Tooltip label="Attach files (or drop them on the reply box)">
          <ActionIcon {...props} variant="default" size="md" aria-label="Attach files" data-testid="attach-files">
            <IconPaperclip size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </FileButton>
  );
}

/** CC/BCC fields for an email reply; invalid addresses are named at the field and not kept. */
export function CopyFields({ extras }: { extras: ReplyExtras }) {
  if (!extras.copiesOpen) {
    return (
      <Anchor component="button" type="button" size="xs" onClick={extras.openCopies} data-testid="add-copies">
        Add CC / BCC
      </Anchor>
    );
  }
  const invalid = [...extras.cc, ...extras.bcc].filter((a) => !emailPattern.test(a));
  const keepValid = (set: (v: string[]) => void) => (values: string[]) => set(values.map((v) => v.trim()).filter(Boolean));
  return (
    <Stack gap={4} mb={6}>
      <TagsInput size="xs" label="CC" placeholder="name@company.com, Enter" value={extras.cc} onChange={keepValid(extras.setCc)} data-testid="cc-input" splitChars={[',', ' ', ';']} />
      <TagsInput size="xs" label="BCC" placeholder="hidden copy, Enter" value={extras.bcc} onChange={keepValid(extras.setBcc)} data-testid="bcc-input" splitChars={[',', ' ', ';']} />
      {invalid.length > 0 && (
        <Text size="xs" c="red.8" data-testid="copy-error">
          Not an email address: {invalid.join(', ')}. Remove it before sending.
        </Text>
      )}
    </Stack>
  );
}

/** The files on this reply, each with its size and any warning, removable before sending. */
export function AttachedFiles({ extras }: { extras: ReplyExtras }) {
  if (extras.files.length === 0 && !extras.fileError) return null;
  return (
    <Stack gap={4} mt={6} data-testid="attached-files">
      {extras.files.map(({ attachment: a, warning }) => (
        <Paper key={a.storageKey} withBorder px="xs" py={4} radius="sm" data-testid="attached-file">
          <Group gap={6} wrap="nowrap">
            <IconPaperclip size={14} />
            <Text size="xs" fw={600} truncate style={{ flex: 1, width: 0 }}>
              {a.name}
            </Text>
            <Text size="xs" c="dimmed">
              {kb(a.size)}
            </Text>
            <ActionIcon size="xs" variant="subtle" color="gray" aria-label={`Remove ${a.name}`} onClick={() => extras.remove(a.storageKey)}>
              <IconX size={12} />
            </ActionIcon>
          </Group>
          {warning && (
            <Group gap={4} wrap="nowrap" mt={2}>
              <IconAlertTriangle size={12} color="var(--mantine-color-orange-7)" />
              <Text size="xs" c="orange.8" data-testid="attachment-warning">
                {warning}
              </Text>
            </Group>
          )}
        </Paper>
      ))}
      {extras.fileError && (
        <Text size="xs" c="red.8" data-testid="attachment-error">
          {extras.fileError}
        </Text>
      )}
    </Stack>
  );
}

/** The agent's signature as it will appear under the email, with a switch to leave it off. */
export function SignaturePreview({ extras, signature }: { extras: ReplyExtras; signature: string }) {
  if (!signature.trim()) return null;
  return (
    <Group gap="xs" mt={6} align="flex-start" wrap="nowrap" data-testid="signature-preview">
      <Checkbox size="xs" checked={extras.withSignature} onChange={(e) => extras.setWithSignature(e.currentTarget.checked)} label="Signature" />
      <Text size="xs" c={extras.withSignature ? 'dimmed' : 'gray.5'} style={{ whiteSpace: 'pre-wrap', textDecoration: extras.withSignature ? undefined : 'line-through' }}>
        {`-- \n${signature.trim()}`}
      </Text>
    </Group>
  );
}
