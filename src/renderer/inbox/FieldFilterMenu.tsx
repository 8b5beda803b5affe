import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import type { FieldDefRow, FieldFilter } from '../../core';

/** Filters by the choices of select fields ("Damage reason: Crushed"); one value per field. */
export function FieldFilterMenu({ defs, value, onChange }: { defs: readonly FieldDefRow[]; value: FieldFilter; onChange(value: FieldFilter): void }) {
  const selects = defs.filter((d) => d.type === 'single_select' || d.type === 'multi_select');
  if (selects.length === 0) return null;
  const count = Object.keys(value).length;
  function toggle(key: string, option: string) {
    const next = { ...value };
    if (next[key] === option) delete next[key];
    else next[key] = option;
    onChange(next);
  }
  return (
    <Menu closeOnItemClick={false} position="bottom-start" shadow="md" width={220}>
      <Menu.Target>
        <Button size="compact-xs" variant={count > 0 ? 'light' : 'default'} rightSection={<IconChevronDown size={12} />} aria-label="Fields filter" styles={{ label: { fontWeight: 500 } }} style={{ flexShrink: 0 }}>
          {count === 0 ? 'Fields' : `Fields · ${count}`}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {selects.map((def) => (
          <div key={def.key}>
            <Menu.Label>{def.label}</Menu.Label>
            {def.options.map((option) => (
              <Menu.Item key={option} onClick={() => toggle(def.key, option)} rightSection={value[def.key] === option ? <IconCheck size={14} /> : null}>
                {option}
              </Menu.Item>
            ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
