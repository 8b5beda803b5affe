/** What each score means, in the survey message and on the public rating page (1 worst, 5 best). */
export const csatScoreLabels: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'Very poor',
  2: 'Poor',
  3: 'Okay',
  4: 'Good',
  5: 'Excellent',
};

export const csatScores = [1, 2, 3, 4, 5] as const;
export type CsatScore = (typeof csatScores)[number];
