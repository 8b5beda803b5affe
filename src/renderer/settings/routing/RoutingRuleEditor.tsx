import { Alert, Button, Card, Group, MultiSelect, Select, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { channelSchema, routingRuleSaveArgs, type Channel, type RoutingConditions, type RoutingDraftRule } from '../../../core';
import { relay } from '../../bridge/relay';

const channels = channelSchema.options.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }));
type ListKey = keyof RoutingConditions;

interface Props {
  rule: RoutingDraftRule;
  isNew: boolean;
  teams: readonly { id: string; name: string }[];
  /** Every change of the form, so the dry run follows the draft. */
  onDraft(rule: RoutingDraftRule): void;
  onDone(): void;
}

/** Name, conditions, target team and auto-assign of one routing rule; saved as routingRule.save. */
export function RoutingRuleEditor({ rule, isNew, teams, onDraft, onDone }: Props) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<RoutingDraftRule>) => onDraft({ ...rule, ...patch });
  // An empty list would match nothing at all; no values means "any".
  const setList = (key: ListKey, values: string[]) => {
    const conditions: RoutingConditions = { ...rule.config.conditions };
    if (values.length === 0) delete conditions[key];
    else Object.assign(conditions, { [key]: key === 'languages' ? values.map((v) => v.trim().toLowerCase()) : values });
    set({ config: { ...rule.config, conditions } });
  };
  const c = rule.config.conditions;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = routingRuleSaveArgs.safeParse({ kind: 'rule', ...rule });
    // Full paths: the conditions and team sit inside config.
    if (!checked.success) return setErrors(Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.'), i.message]).reverse()));
    const reply = await relay().invoke('routingRule.save', checked.data);
    if (!reply.ok) return setErrors({ form: reply.error.message });
    onDone();
  }

  async function remove() {
    const reply = await relay().invoke('routingRule.save', { kind: 'remove', id: rule.id });
    if (!reply.ok) return setErrors({ form: reply.error.message });
    onDone();
  }

  const languageError = errors['config.conditions.languages'] ?? Object.entries(errors).find(([k]) => k.startsWith('config.conditions.languages'))?.[1];
  return (
    <Card withBorder radius="md" data-testid="routing-rule-editor">
      <form onSubmit={submit} aria-label="Routing rule" noValidate>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>{isNew ? 'New routing rule' : `Edit “${rule.name}”`}</Text>
            <Switch label="Enabled" checked={rule.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
          </Group>
          <TextInput label="Name" value={rule.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.name} data-autofocus />
          <Text size="sm" c="dimmed">
            Conditions: every one you fill in must hold; within one, any value. Leave all empty to take every new ticket.
          </Text>
          <Group grow align="flex-start">
            <MultiSelect label="Channels" data={channels} value={c.channels ?? []} onChange={(v) => setList('channels', v as Channel[])} placeholder="Any channel" clearable />
            <TagsInput label="Customer segments" value={c.segments ?? []} onChange={(v) => setList('segments', v)} placeholder="e.g. enterprise retail" />
          </Group>
          <Group grow align="flex-start">
            <TagsInput label="Tags" value={c.tags ?? []} onChange={(v) => setList('tags', v)} placeholder="Any tag" />
            <TagsInput label="Languages" description="Two-letter codes: de, fr, nl…" value={c.languages ?? []} onChange={(v) => setList('languages', v)} error={languageError ? 'Use two-letter codes such as de or fr.' : undefined} />
          </Group>
          <TagsInput label="Keywords" description="Whole words or phrases in the subject or first message" value={c.keywords ?? []} onChange={(v) => setList('keywords', v)} placeholder="customs, douane, zoll" />
          <Group grow align="flex-end">
            <Select
              label="Route to team"
              data={teams.map((t) => ({ value: t.id, label: t.name }))}
              value={rule.config.teamId || null}
              onChange={(v) => v && set({ config: { ...rule.config, teamId: v } })}
              allowDeselect={false}
              error={errors['config.teamId'] ? 'Choose a team.' : undefined}
            />
            <Switch
              label="Also assign to an online agent of the team"
              checked={rule.config.autoAssign}
              onChange={(e) => set({ config: { ...rule.config, autoAssign: e.currentTarget.checked } })}
              mb={8}
            />
          </Group>
          {errors.form && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="space-between">
            {isNew ? (
              <span />
            ) : (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => void remove()}>
                Delete rule
              </Button>
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit">Save rule</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
