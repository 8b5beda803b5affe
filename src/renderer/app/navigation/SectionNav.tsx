import { Kbd, NavLink, Stack } from '@mantine/core';
import { IconBook2, IconChartBar, IconInbox, IconSettings, IconTruckOff, IconUsers } from '@tabler/icons-react';
import { useNavigation } from './NavigationContext';
import { releaseMouseFocus } from './releaseMouseFocus';
import type { Section } from './Section';

const items: Record<Section, { label: string; icon: typeof IconInbox; key: string }> = {
  inbox: { label: 'Inbox', icon: IconInbox, key: '1' },
  customers: { label: 'Customers', icon: IconUsers, key: '2' },
  exceptions: { label: 'Exceptions', icon: IconTruckOff, key: '3' },
  knowledge: { label: 'Knowledge', icon: IconBook2, key: '4' },
  dashboard: { label: 'Dashboard', icon: IconChartBar, key: '5' },
  settings: { label: 'Settings', icon: IconSettings, key: '6' },
};

/** The hotkey (alt+digit) that opens a section, shown beside its name. */
export function sectionHotkey(section: Section): string {
  return items[section].key;
}

/** The workspace switcher at the top of the navbar. */
export function SectionNav({ sections }: { sections: Section[] }) {
  const navigation = useNavigation();
  return (
    <Stack gap={2} p="xs" component="nav" aria-label="Workspaces">
      {sections.map((section) => {
        const { label, icon: Icon, key } = items[section];
        return (
          <NavLink
            key={section}
            label={label}
            leftSection={<Icon size={18} stroke={1.6} />}
            rightSection={<Kbd size="xs">Alt {key}</Kbd>}
            active={navigation.section === section}
            // A real link: Tab reaches it, middle-click opens the workspace in a new tab.
            href={navigation.hrefOf(section)}
            onClick={releaseMouseFocus}
            variant="filled"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid={`section-${section}`}
          />
        );
      })}
    </Stack>
  );
}
