import { Alert, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconArchive, IconRestore } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { channelSchema, macroPlaceholders, macroSaveArgs, mayEditMacro, uuidv7, type AgentRow, type Channel, type MacroRow, type MacroSampleTicket } from '../../../core';
import { relay } from '../../bridge/relay';
import { fieldErrors } from '../fieldErrors';
import { MacroPreviewCard } from './MacroPreviewCard';

const channelOptions = [{ value: 'any', label: 'Any channel' }, ...channelSchema.options.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }))];

interface Props {
  agent: AgentRow;
  /** null: a new macro. */
  editing: MacroRow | null;
  samples: readonly MacroSampleTicket[];
  onSaved(id: string): void;
}

/** Title, channel, shared/personal and body of one macro, with the placeholder list and a live preview. */
export function MacroEditor({ agent, editing, samples, onSaved }: Props) {
  const me = { role: agent.role, agentId: agent.id };
  const canShare = mayEditMacro(me, { ownerAgentId: null });
  const readOnly = editing !== null && !mayEditMacro(me, editing);
  const [title, setTitle] = useState(editing?.title ?? '');
  const [channel, setChannel] = useState<string>(editing?.channel ?? 'any');
  const [shared, setShared] = useState(editing ? editing.ownerAgentId === null : false);
  const [body, setBody] = useState(editing?.body ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  function insert(placeholder: string) {
    const el = bodyRef.current;
    const token = `{{${placeholder}}}`;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    // Put the cursor after what was inserted once React has written the new value.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function save(archived: boolean) {
    const checked = macroSaveArgs.safeParse({ id: editing?.id ?? uuidv7(), title, body, channel: channel === 'any' ? null : (channel as Channel), shared, archived });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    const reply = await relay().invoke('macro.save', checked.data);
    if (!reply.ok) return setErrors({ form: reply.error.message });
    setErrors({});
    setSaved(true);
    onSaved(checked.data.id);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(editing?.archived ?? false);
  }

  return (
    <Card withBorder radius="md" data-testid="macro-editor">
      <form onSubmit={submit} aria-label="Macro" noValidate>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>{editing ? editing.title : 'New macro'}</Text>
            {editing?.archived && <Badge color="gray">Archived</Badge>}
          </Group>
          {readOnly && (
            <Text size="sm" c="dimmed">
              Shared macros are written by team leads and admins. You can read and preview this one.
            </Text>
          )}
          <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} disabled={readOnly} data-autofocus />
          <Group grow align="flex-start">
            <Select label="Channel" data={channelOptions} value={channel} onChange={(v) => v && setChannel(v)} allowDeselect={false} disabled={readOnly} />
            <Stack gap={4}>
              <Text size="sm" fw={500} component="span" id="macro-owner-label">
                Who sees it
              </Text>
              <SegmentedControl
                aria-labelledby="macro-owner-label"
                value={shared ? 'shared' : 'personal'}
                onChange={(v) => setShared(v === 'shared')}
                disabled={readOnly || !canShare}
                data={[
                  { value: 'personal', label: 'Only me' },
                  { value: 'shared', label: 'Everyone' },
                ]}
              />
            </Stack>
          </Group>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Placeholders
            </Text>
            <Group gap={6} data-testid="macro-placeholders">
              {macroPlaceholders.map((p) => (
                <Tooltip key={p} label="Insert at the cursor">
                  <Button size="compact-xs" variant="light" ff="monospace" onClick={() => insert(p)} disabled={readOnly} aria-label={`Insert {{${p}}}`}>
                    {`{{${p}}}`}
                  </Button>
                </Tooltip>
              ))}
            </Group>
          </div>
          <Textarea
            label="Reply"
            ref={bodyRef}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={errors.body}
            autosize
            minRows={6}
            maxRows={16}
            disabled={readOnly}
          />
          <MacroPreviewCard body={body} samples={samples} />
          {errors.form && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {errors.form}
            </Alert>
          )}
          {!readOnly && (
            <Group justify="space-between">
              {editing ? (
                <Button
                  variant="subtle"
                  color={editing.archived ? 'blue' : 'red'}
                  leftSection={editing.archived ? <IconRestore size={14} /> : <IconArchive size={14} />}
                  onClick={() => void save(!editing.archived)}
                >
                  {editing.archived ? 'Restore' : 'Archive'}
                </Button>
              ) : (
                <span />
              )}
              <Group gap="xs">
                {saved && (
                  <Text size="sm" c="dimmed" role="status">
                    Saved
                  </Text>
                )}
                <Button type="submit">Save macro</Button>
              </Group>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
