import { Alert, Button, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { fieldDefSaveArgs, type FieldDefRow, type FieldType } from '../../../core';
import { relay } from '../../bridge/relay';
import { fieldErrors } from '../fieldErrors';
import { fieldTypeLabels } from './fieldTypeLabels';

/** "Claim amount (€)" → "claim_amount": a key a label suggests until the key is typed by hand. */
function keyOf(label: string): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+|_+$/g, '');
  return slug.slice(0, 40);
}

/** Defines a custom ticket field or edits one (its key and type stay); saved as the queued mutation fieldDef.save. */
export function FieldDefModal({ editing, opened, onClose }: { editing: FieldDefRow | null; opened: boolean; onClose(): void }) {
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [keyTyped, setKeyTyped] = useState(false);
  const [type, setType] = useState<FieldType>('text');
  const [options, setOptions] = useState<string[]>([]);
  const [currency, setCurrency] = useState('USD');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!opened) return;
    setLabel(editing?.label ?? '');
    setKey(editing?.key ?? '');
    setKeyTyped(editing !== null);
    setType(editing?.type ?? 'text');
    setOptions(editing?.options ?? []);
    setCurrency(editing?.currency ?? 'USD');
    setErrors({});
  }, [opened, editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = fieldDefSaveArgs.safeParse({ key, label, type, options: type.endsWith('_select') ? options : [], currency: type === 'money' ? currency.trim().toUpperCase() : null });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    const reply = await relay().invoke('fieldDef.save', checked.data);
    if (!reply.ok) return setErrors({ form: reply.error.message });
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Field “${editing.label}”` : 'New field'} centered>
      <form onSubmit={submit} aria-label="Field" noValidate>
        <Stack gap="sm">
          <TextInput
            label="Label"
            value={label}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              if (!keyTyped) setKey(keyOf(e.currentTarget.value));
            }}
            error={errors.label}
            data-autofocus
          />
          <TextInput
            label="Key"
            description={editing ? 'Views and values use this key; it cannot change.' : 'What views filter on and values are stored under.'}
            value={key}
            onChange={(e) => {
              setKey(e.currentTarget.value);
              setKeyTyped(true);
            }}
            error={errors.key}
            disabled={editing !== null}
            ff="monospace"
          />
          <Select
            label="Type"
            description={editing ? 'Stored values were checked against this type; it cannot change.' : undefined}
            data={Object.entries(fieldTypeLabels).map(([value, l]) => ({ value, label: l }))}
            value={type}
            onChange={(v) => v && setType(v as FieldType)}
            allowDeselect={false}
            disabled={editing !== null}
            error={errors.type}
          />
          {type.endsWith('_select') && (
            <TagsInput label="Choices" description="Type a choice and press Enter." value={options} onChange={setOptions} error={errors.options} clearable />
          )}
          {type === 'money' && <TextInput label="Currency" description="Three capital letters, e.g. USD or EUR." value={currency} onChange={(e) => setCurrency(e.currentTarget.value)} error={errors.currency} maw={160} />}
          {errors.form && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Save field</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
