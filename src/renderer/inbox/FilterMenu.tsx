import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  icon?: (value: T) => ReactNode;
  value: T[];
  onChange(value: T[]): void;
  /** Called as the menu opens (e.g. to refresh options that change with the tickets). */
  onOpen?(): void;
}

/** A compact multi-choice filter: a button naming what is picked, a menu of checkable options. */
export function FilterMenu<T extends string>({ label, options, labels, icon, value, onChange, onOpen }: Props<T>) {
  const picked = value.length === 0 ? label : value.length === 1 ? labels[value[0]!] : `${label} · ${value.length}`;
  return (
    <Menu closeOnItemClick={false} position="bottom-start" shadow="md" width={180} onOpen={onOpen}>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant={value.length > 0 ? 'light' : 'default'}
          rightSection={<IconChevronDown size={12} />}
          aria-label={`${label} filter`}
          styles={{ label: { fontWeight: 500 } }}
          style={{ flexShrink: 0 }}
        >
          {picked}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {options.map((o) => {
          const on = value.includes(o);
          return (
            <Menu.Item
              key={o}
              leftSection={icon?.(o)}
              rightSection={on ? <IconCheck size={14} /> : null}
              onClick={() => onChange(on ? value.filter((v) => v !== o) : [...value, o])}
              data-checked={on ? 'true' : undefined}
            >
              {labels[o]}
            </Menu.Item>
          );
        })}
        {value.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Item c="dimmed" onClick={() => onChange([])}>
              Any {label.toLowerCase()}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
