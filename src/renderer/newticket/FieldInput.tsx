import { MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import type { FieldDefRow, FieldValue } from '../../core';

interface Props {
  def: FieldDefRow;
  value: FieldValue | null | undefined;
  onChange(value: FieldValue | null): void;
  error?: string | null;
  size?: 'xs' | 'sm';
}

/** One custom field's input, by its type; empty means "not set" (null). */
export function FieldInput({ def, value, onChange, error, size = 'sm' }: Props) {
  const common = { label: def.label, error, size, 'data-testid': `field-${def.key}` } as const;
  switch (def.type) {
    case 'number':
    case 'money':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
          decimalScale={def.type === 'money' ? 2 : undefined}
          min={def.type === 'money' ? 0 : undefined}
          prefix={def.type === 'money' ? `${def.currency ?? 'USD'} ` : undefined}
          thousandSeparator=","
        />
      );
    case 'date':
      return <TextInput {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || null)} />;
    case 'single_select':
      return <Select {...common} data={def.options} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v)} clearable />;
    case 'multi_select':
      return <MultiSelect {...common} data={def.options} value={Array.isArray(value) ? value : []} onChange={(v) => onChange(v.length > 0 ? v : null)} clearable />;
    case 'text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} maxLength={1000} />;
  }
}
