import { Group, SegmentedControl } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { visuallyHidden } from '../app/visuallyHidden';
import { reportPresetPeriod, type ReportPeriod } from './reportPeriod';

const presets = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'Last 12 months' },
  { value: 'custom', label: 'Custom' },
];

/** Presets up to today and the exact range beside them (as the dashboard's picker, plus a year). */
export function ReportPeriodPicker({ period, onChange }: { period: ReportPeriod; onChange(period: ReportPeriod): void }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label="Report period"
        data={presets}
        value={period.preset}
        onChange={(value) => {
          if (value === '30' || value === '90' || value === '365') onChange(reportPresetPeriod(value));
          else onChange({ ...period, preset: 'custom' });
        }}
        data-testid="report-period"
      />
      <DatePickerInput
        type="range"
        size="xs"
        w={210}
        label="Report date range"
        styles={{ label: visuallyHidden }}
        leftSection={<IconCalendar size={14} />}
        valueFormat="D MMM YYYY"
        value={[period.start, period.end]}
        maxDate={new Date()}
        allowSingleDateInRange
        onChange={([start, end]) => {
          if (start && end) onChange({ preset: 'custom', start, end });
        }}
        data-testid="report-range"
      />
    </Group>
  );
}
