import { Tabs } from '@mantine/core';
import { IconChartBar, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { ReportsWorkspace } from '../reports/ReportsWorkspace';
import { DashboardWorkspace } from './DashboardWorkspace';

// minWidth 0: a flex child's default min width is its content's, which let the charts push the page sideways.
const panelStyle = { flex: 1, minHeight: 0, minWidth: 0 };

/** The Dashboard workspace: the overview (KPIs and trends) and the Reports tab. */
export function DashboardArea() {
  const [tab, setTab] = useState<'overview' | 'reports'>('overview');
  return (
    <Tabs
      value={tab}
      onChange={(v) => setTab(v === 'reports' ? 'reports' : 'overview')}
      keepMounted={false}
      h="100%"
      style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}
    >
      <Tabs.List px="md" pt="xs">
        <Tabs.Tab value="overview" leftSection={<IconChartBar size={16} />}>
          Overview
        </Tabs.Tab>
        <Tabs.Tab value="reports" leftSection={<IconReportAnalytics size={16} />} data-testid="reports-tab">
          Reports
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview" style={panelStyle}>
        <DashboardWorkspace />
      </Tabs.Panel>
      <Tabs.Panel value="reports" style={panelStyle}>
        <ReportsWorkspace />
      </Tabs.Panel>
    </Tabs>
  );
}
