import { describe, expect, it } from 'vitest';
import { findDuplicatePairs, type DuplicateCandidate } from '../../../../src/core';

const c = (id: string, name: string, email: string | null, createdAt: number, phones: string[] = []): DuplicateCandidate => ({ id, name, emails: [email], phones, createdAt });

describe('findDuplicatePairs', () => {
  it('pairs each likely duplicate once, older customer first', () => {
    const pairs = findDuplicatePairs([c('b', 'Nordwind Retail', 'ops@nordwind.example', 2), c('a', 'Nordwind Retail GmbH', 'OPS+x@nordwind.example', 1), c('z', 'Harbour Freight', 'desk@harbour.example', 3)]);
    expect(pairs).toEqual([{ customerId: 'a', otherId: 'b', reasons: ['email', 'domain', 'name'] }]);
  });

  it('treats a domain many customers use as a mailbox provider, not a company', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => c(`m${i}`, `Person ${String.fromCharCode(97 + i)}x${i} Q`, `p${i}@mail.example`, 10 + i));
    const harris = [c('h1', 'Darrin Harris', 'darrin@mail.example', 1), c('h2', 'Leda Harris', 'leda@mail.example', 2)];
    expect(findDuplicatePairs([...crowd, ...harris])).toEqual([]);
  });

  it('with a focus, returns only pairs touching the customers just written', () => {
    const all = [c('a', 'Ana Silva', null, 1, ['+49301234567']), c('b', 'A Silva', null, 2, ['0049 30 1234567']), c('x', 'Bob Jones', 'bob@jones.example', 3), c('y', 'Bob Jones', 'bob@jones.example', 4)];
    expect(findDuplicatePairs(all, new Set(['y'])).map((p) => `${p.customerId}-${p.otherId}`)).toEqual(['x-y']);
    expect(findDuplicatePairs(all).map((p) => `${p.customerId}-${p.otherId}`).sort()).toEqual(['a-b', 'x-y']);
  });
});
