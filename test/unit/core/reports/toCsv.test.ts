import { describe, expect, it } from 'vitest';
import { reportCsv, toCsv } from '../../../../src/core';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, doubles quotes and ends lines with CRLF', () => {
    const csv = toCsv(['Name', 'Note', 'N'], [
      ['Acme, Inc.', 'said "hi"', 3],
      ['two\nlines', null, 0.5],
    ]);
    expect(csv).toBe('Name,Note,N\r\n"Acme, Inc.","said ""hi""",3\r\n"two\nlines",,0.5\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -4]])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-4\r\n');
    expect(toCsv(['a'], [['@SUM(A1)']])).toBe("a\r\n'@SUM(A1)\r\n");
  });

  it('writes empty cells for missing and non-finite numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[undefined, Number.NaN, '']])).toBe('a,b,c\r\n,,\r\n');
  });
});

describe('reportCsv', () => {
  it('names the file after the kind and the period, and rounds figures for people', () => {
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2026, 1, 1);
    const { fileName, csv } = reportCsv({
      kind: 'agents',
      from,
      to,
      teamId: null,
      source: 'hub',
      total: 1,
      rows: [
        { agentId: '01', agentName: 'Lee, Priya', replies: 4, solved: 2, firstResponses: 2, medianFirstResponseMs: 90_000, csatResponses: 3, csatAverage: 13 / 3 },
      ],
    });
    expect(fileName).toBe('relay-agents-2026-01-01-to-2026-01-31.csv');
    expect(csv.split('\r\n')[0]).toBe('Agent,Replies,Solved,First responses,Median first response (minutes),CSAT responses,CSAT average');
    expect(csv.split('\r\n')[1]).toBe('"Lee, Priya",4,2,2,1.5,3,4.33');
  });
});
