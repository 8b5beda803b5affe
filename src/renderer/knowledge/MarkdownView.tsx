import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';

/** Rendered, sanitised article Markdown in Mantine's typography styles. */
export function MarkdownView({ markdown, testId }: { markdown: string; testId?: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return <Typography data-testid={testId} fz="sm" dangerouslySetInnerHTML={{ __html: html }} />;
}
