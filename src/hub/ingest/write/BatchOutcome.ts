/** What became of a delivery's items: the stored ones with what they are, the others with why not (by index). */
export interface BatchOutcome<R> {
  stored: ({ index: number } & R)[];
  failed: { index: number; reason: string }[];
}
