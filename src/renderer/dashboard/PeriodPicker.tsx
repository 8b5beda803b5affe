import { Group, SegmentedControl } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { presetPeriod, type DashboardPeriod } from './dashboardPeriod';
import { visuallyHidden } from '../app/visuallyHidden';

const presets = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: 'custom', label: 'Custom' },
];

/** Presets (last 7/30/90 days up to today) and the exact range, editable, beside them. */
export function PeriodPicker({ period, onChange }: { period: DashboardPeriod; onChange(period: DashboardPeriod): void }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label="Period"
        data={presets}
        value={period.preset}
        onChange={(value) => {
          if (value === '7' || value === '30' || value === '90') onChange(presetPeriod(value));
          else onChange({ ...period, preset: 'custom' });
        }}
      />
      <DatePickerInput
        type="range"
        size="xs"
        w={210}
        // A label element, not aria-label: the field shows its dates, which must be part of its name.
        label="Date range"
        styles={{ label: visuallyHidden }}
        leftSection={<IconCalendar size={14} />}
        valueFormat="D MMM YYYY"
        value={[period.start, period.end]}
        maxDate={new Date()}
        allowSingleDateInRange
        onChange={([start, end]) => {
          if (start && end) onChange({ preset: 'custom', start, end });
        }}
        data-testid="dashboard-range"
      />
    </Group>
  );
}
