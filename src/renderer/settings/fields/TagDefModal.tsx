import { Alert, Badge, Button, ColorSwatch, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { tagColourSchema, tagDefSaveArgs, type TagColour, type TagDefRow } from '../../../core';
import { relay } from '../../bridge/relay';
import { fieldErrors } from '../fieldErrors';

const colours = tagColourSchema.options.map((c) => ({ value: c, label: c[0]?.toUpperCase() + c.slice(1) }));

/** Defines a tag (name and colour) or recolours one; saved as the queued mutation tagDef.save. */
export function TagDefModal({ editing, opened, onClose }: { editing: TagDefRow | null; opened: boolean; onClose(): void }) {
  const [name, setName] = useState('');
  const [colour, setColour] = useState<TagColour>('blue');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!opened) return;
    setName(editing?.name ?? '');
    setColour(editing?.colour ?? 'blue');
    setErrors({});
  }, [opened, editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = tagDefSaveArgs.safeParse({ name, colour });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    const reply = await relay().invoke('tagDef.save', checked.data);
    if (!reply.ok) return setErrors({ form: reply.error.message });
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Tag “${editing.name}”` : 'New tag'} centered>
      <form onSubmit={submit} aria-label="Tag" noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            description={editing ? 'A tag is known by its name; define a new tag for another name.' : 'Lower-case; tickets carry it by this name.'}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            disabled={editing !== null}
            data-autofocus
          />
          <Select
            label="Colour"
            data={colours}
            value={colour}
            onChange={(v) => v && setColour(v as TagColour)}
            allowDeselect={false}
            leftSection={<ColorSwatch color={`var(--mantine-color-${colour}-6)`} size={14} />}
            renderOption={({ option }) => (
              <Group gap="xs">
                <ColorSwatch color={`var(--mantine-color-${option.value}-6)`} size={14} />
                {option.label}
              </Group>
            )}
            error={errors.colour}
          />
          <Group gap="xs">
            Preview:
            <Badge color={colour} variant="light">
              {name.trim().toLowerCase() || 'tag'}
            </Badge>
          </Group>
          {errors.form && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Save tag</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
