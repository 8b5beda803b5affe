import { Group, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { CustomerKind } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';

/** A caller met for the first time, typed into the form. */
export interface NewCustomerDraft {
  name: string;
  email: string;
  phone: string;
  kind: CustomerKind;
}

export type CustomerDraft = { mode: 'existing'; customerId: string | null; label: string } | ({ mode: 'new' } & NewCustomerDraft);

interface Props {
  value: CustomerDraft;
  onChange(value: CustomerDraft): void;
  errors: Partial<Record<'customer' | 'name' | 'email' | 'phone', string>>;
}

/** Search the replica's customers, or create one (name, email, phone, kind) with the ticket. */
export function CustomerChoice({ value, onChange, errors }: Props) {
  const [search, setSearch] = useState(value.mode === 'existing' ? value.label : '');
  const [debounced] = useDebouncedValue(search.trim(), 120);
  const found = useRelayQuery('customers.list', { query: debounced, limit: 20 }, ['customers']);
  const data = (found.data?.customers ?? []).map((c) => ({ value: c.id, label: c.email ? `${c.name} · ${c.email}` : c.name }));
  if (value.mode === 'existing' && value.customerId && !data.some((d) => d.value === value.customerId)) data.unshift({ value: value.customerId, label: value.label });
  const blankNew: NewCustomerDraft = { name: search.trim(), email: '', phone: '', kind: 'b2c' };
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={value.mode}
        onChange={(mode) => onChange(mode === 'new' ? { mode: 'new', ...blankNew } : { mode: 'existing', customerId: null, label: '' })}
        data={[
          { value: 'existing', label: 'Existing customer' },
          { value: 'new', label: 'New customer' },
        ]}
        aria-label="Customer"
        data-testid="customer-mode"
      />
      {value.mode === 'existing' ? (
        <Select
          label="Customer"
          placeholder="Search by name or email"
          searchable
          withAsterisk
          data={data}
          value={value.customerId}
          searchValue={search}
          onSearchChange={setSearch}
          // The replica already filtered by what was typed.
          filter={({ options }) => options}
          onChange={(id, option) => onChange({ mode: 'existing', customerId: id, label: option?.label ?? '' })}
          nothingFoundMessage={found.loading ? 'Searching…' : 'No customer matches; choose “New customer”'}
          error={errors.customer}
          data-testid="customer-select"
        />
      ) : (
        <>
          <Group grow align="flex-start">
            <TextInput label="Name" withAsterisk value={value.name} onChange={(e) => onChange({ ...value, name: e.currentTarget.value })} error={errors.name} data-testid="new-customer-name" />
            <SegmentedControl
              mt={24}
              size="xs"
              value={value.kind}
              onChange={(kind) => onChange({ ...value, kind: kind === 'b2b' ? 'b2b' : 'b2c' })}
              data={[
                { value: 'b2c', label: 'Consumer' },
                { value: 'b2b', label: 'Business' },
              ]}
              aria-label="Customer kind"
            />
          </Group>
          <SimpleGrid cols={2}>
            <TextInput label="Email" value={value.email} onChange={(e) => onChange({ ...value, email: e.currentTarget.value })} error={errors.email} data-testid="new-customer-email" />
            <TextInput label="Phone" value={value.phone} onChange={(e) => onChange({ ...value, phone: e.currentTarget.value })} error={errors.phone} data-testid="new-customer-phone" />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
