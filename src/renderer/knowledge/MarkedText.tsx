import { Mark } from '@mantine/core';
import { Fragment } from 'react';
import type { IpcOutput } from '../../core';

type Marked = IpcOutput<'kb.search'>[number]['title'];

/** Text with the search's matches highlighted; ranges come from the core, so no HTML is trusted. */
export function MarkedText({ value }: { value: Marked }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(
      <Mark key={start} color="yellow" px={1} style={{ borderRadius: 2 }}>
        {value.text.slice(start, end)}
      </Mark>,
    );
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <Fragment>{parts}</Fragment>;
}
