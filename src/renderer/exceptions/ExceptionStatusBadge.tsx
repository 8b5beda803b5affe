import { Badge } from '@mantine/core';
import type { ExceptionStatus } from '../../core';
import { exceptionUi } from './exceptionUi';

export function ExceptionStatusBadge({ status }: { status: ExceptionStatus }) {
  return (
    <Badge size="sm" variant="dot" color={exceptionUi.statusColor[status]}>
      {exceptionUi.statusLabel[status]}
    </Badge>
  );
}
