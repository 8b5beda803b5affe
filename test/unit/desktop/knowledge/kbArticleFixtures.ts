import { uuidv7, type KbArticleRow } from '../../../../src/core';

/** A few articles shaped like the demo knowledge base; fresh ids each call. */
export function kbArticleFixtures(now = Date.UTC(2026, 10, 20, 9, 0)) {
  const article = (title: string, category: string, tags: string[], body: string, i: number): KbArticleRow => ({
    id: uuidv7(now + i),
    title,
    body,
    category,
    tags,
    updatedAt: now + i,
    authorId: null,
  });
  const customs = article(
    'Customs holds explained',
    'Customs',
    ['customs', 'documents'],
    '# Customs holds explained\n\nA **customs hold** means the authorities want documents: usually a *commercial invoice* with HS codes.',
    1,
  );
  const delay = article(
    'What to do when a shipment is delayed',
    'Exceptions',
    ['delay', 'eta'],
    '# What to do when a shipment is delayed\n\nConfirm the new ETA. Customs paperwork can also delay a parcel at the border.',
    2,
  );
  const tracking = article(
    'Reading a tracking history',
    'Tracking',
    ['tracking', 'status codes'],
    '# Reading a tracking history\n\nEvery scan keeps the raw carrier code (`X6`). Mention customs only if the shipment is held.',
    3,
  );
  const incoterms = article(
    'Incoterms in two minutes',
    'Customs',
    ['incoterms'],
    '# Incoterms in two minutes\n\nDAP, DDP and EXW decide who pays duties. Ask for a [commercial invoice](https://example.com/invoice).',
    4,
  );
  return { now, customs, delay, tracking, incoterms, all: [customs, delay, tracking, incoterms] };
}
