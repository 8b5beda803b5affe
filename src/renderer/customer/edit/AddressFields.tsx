import { ActionIcon, Group, Paper, SimpleGrid, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** An address as typed (all text; the mutation's schema trims and checks it). */
export interface AddressDraft {
  label: string;
  line1: string;
  line2: string;
  city: string;
  postcode: string;
  region: string;
  country: string;
}

export const emptyAddress: AddressDraft = { label: '', line1: '', line2: '', city: '', postcode: '', region: '', country: '' };

/** One address of the customer form; `errors` are keyed by field name. */
export function AddressFields({ index, value, errors, onChange, onRemove }: {
  index: number;
  value: AddressDraft;
  errors: Record<string, string>;
  onChange(next: AddressDraft): void;
  onRemove(): void;
}) {
  const field = (key: keyof AddressDraft, label: string, required = false) => (
    <TextInput
      label={label}
      withAsterisk={required}
      value={value[key]}
      error={errors[key]}
      onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
      data-testid={`address-${index}-${key}`}
    />
  );
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`address-${index}`}>
      <Group align="flex-end" wrap="nowrap" mb="xs">
        <div style={{ flex: 1 }}>{field('label', 'Label', true)}</div>
        <Tooltip label="Remove this address">
          <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={`Remove address ${index + 1}`} mb={errors.label ? 22 : 4}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <SimpleGrid cols={2} spacing="xs">
        {field('line1', 'Street and number', true)}
        {field('line2', 'Address line 2')}
        {field('postcode', 'Postcode')}
        {field('city', 'City', true)}
        {field('region', 'Region / state')}
        {field('country', 'Country (ISO code, e.g. DE)', true)}
      </SimpleGrid>
    </Paper>
  );
}
