import { Badge } from '@mantine/core';
import { exceptionLabels, type ExceptionSeverity } from '../../core';
import { exceptionUi } from './exceptionUi';

/** Critical is filled so it stands out in a long list; the rest are light. */
export function SeverityBadge({ severity }: { severity: ExceptionSeverity }) {
  return (
    <Badge size="sm" variant={severity === 'critical' ? 'filled' : 'light'} color={exceptionUi.severityColor[severity]}>
      {exceptionLabels.severity[severity]}
    </Badge>
  );
}
