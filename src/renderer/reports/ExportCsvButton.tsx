import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadCsv } from './downloadCsv';

/** "Export CSV" for one table or chart; `build` runs on click (the rows as shown then). */
export function ExportCsvButton(props: { label: string; build(): { fileName: string; csv: string }; testId?: string; disabled?: boolean }) {
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} />}
      aria-label={`Export CSV: ${props.label}`}
      disabled={props.disabled}
      onClick={() => {
        const { fileName, csv } = props.build();
        downloadCsv(fileName, csv);
      }}
      data-testid={props.testId}
    >
      Export CSV
    </Button>
  );
}
