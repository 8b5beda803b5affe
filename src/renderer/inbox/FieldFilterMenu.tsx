import { Button, Menu, TextInput } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { FieldDefRow, FieldFilter } from '../../core';
import { fieldFilterValue } from './fieldFilterValue';

/** One exact-value box of a text, number, money or date field; Enter applies, an empty box clears. */
function ValueBox({ def, value, onChange }: { def: FieldDefRow; value: string | number | undefined; onChange(value: string | number | null): void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const typed = fieldFilterValue(def, text);
  const error = text.trim() !== '' && typed === null ? (def.type === 'date' ? 'Use YYYY-MM-DD' : def.type === 'text' ? 'Not a value' : 'Not a number') : null;
  return (
    <TextInput
      size="xs"
      px="xs"
      pb={6}
      placeholder={def.type === 'date' ? 'YYYY-MM-DD, then Enter' : 'Exact value, then Enter'}
      aria-label={`${def.label} equals`}
      value={text}
      error={error}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        // Keep the menu's own keys (type-ahead, arrows) out of the box.
        e.stopPropagation();
        if (e.key === 'Enter' && error === null) onChange(typed);
      }}
    />
  );
}

/**
 * Filters by custom fields: the choices of select fields ("Damage reason: Crushed"), an exact value
 * of the others ("PRO number = PRO-77"); one value per field.
 */
export function FieldFilterMenu({ defs, value, onChange }: { defs: readonly FieldDefRow[]; value: FieldFilter; onChange(value: FieldFilter): void }) {
  if (defs.length === 0) return null;
  const count = Object.keys(value).length;
  function set(key: string, next: string | number | null) {
    const updated = { ...value };
    if (next === null || updated[key] === next) delete updated[key];
    else updated[key] = next;
    onChange(updated);
  }
  return (
    <Menu closeOnItemClick={false} position="bottom-start" shadow="md" width={240}>
      <Menu.Target>
        <Button size="compact-xs" variant={count > 0 ? 'light' : 'default'} rightSection={<IconChevronDown size={12} />} aria-label="Fields filter" styles={{ label: { fontWeight: 500 } }} style={{ flexShrink: 0 }}>
          {count === 0 ? 'Fields' : `Fields · ${count}`}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {defs.map((def) => (
          <div key={def.key}>
            <Menu.Label>{def.label}</Menu.Label>
            {def.type === 'single_select' || def.type === 'multi_select' ? (
              def.options.map((option) => (
                <Menu.Item key={option} onClick={() => set(def.key, option)} rightSection={value[def.key] === option ? <IconCheck size={14} /> : null}>
                  {option}
                </Menu.Item>
              ))
            ) : (
              <ValueBox def={def} value={value[def.key]} onChange={(next) => set(def.key, next)} />
            )}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
