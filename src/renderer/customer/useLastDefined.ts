import { useState } from 'react';

/** The latest value that was not undefined: lists keep their rows while the next answer is read. */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
