import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { openReplica, type Replica } from '../../../../src/desktop/db/openReplica';
import { failedMutations, tickets } from '../../../../src/desktop/db/schema';
import { listFailedChanges } from '../../../../src/desktop/queries/status/listFailedChanges';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('listFailedChanges', () => {
  const dir = tempDir();
  let replica: Replica | null = null;
  afterAll(() => dir.remove());
  afterEach(() => {
    replica?.close();
    replica = null;
  });

  it('names each refused change by what it was and the ticket it touched', () => {
    replica = openReplica(dir.file(`${uuidv7()}.sqlite`));
    const { ticket, now } = replicaFixtures();
    replica.db.insert(tickets).values(ticket).run();
    const refuse = (name: string, args: unknown, at: number) =>
      replica!.db.insert(failedMutations).values({ id: uuidv7(at), name, args: JSON.stringify(args), code: 'conflict', message: 'no', failedAt: at }).run();
    refuse('ticket.merge', { sourceId: ticket.id, targetId: uuidv7(), noteId: uuidv7() }, now + 3);
    refuse('article.save', { id: uuidv7(), title: 'Customs', body: 'x', category: 'c', tags: [] }, now + 2);
    refuse('message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'note', body: 'Call back' }, now + 1);

    const listed = listFailedChanges(replica.db);
    expect(listed.map((f) => f.summary)).toEqual([
      `Merge on #${ticket.number} ${ticket.subject}`,
      'Knowledge article',
      `Internal note on #${ticket.number} ${ticket.subject}`,
    ]);
    expect(listed.map((f) => f.ticketId)).toEqual([ticket.id, null, ticket.id]);
    expect(listed[2]?.text).toBe('Call back');
    expect(listed[0]?.text).toBeNull();
  });
});
