import { sql } from 'drizzle-orm';
import type { DuplicateReason } from '../../../core';
import type { DuplicateReviewItem } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';

interface Raw {
  id: string;
  reasons: string;
  detectedAt: number;
  aId: string;
  aName: string;
  aEmail: string | null;
  aPhone: string | null;
  bId: string;
  bName: string;
  bEmail: string | null;
  bPhone: string | null;
}

/** Open duplicate pairs whose two customers are both still live (a merge elsewhere settles the rest). */
export function listDuplicateReview(db: ReplicaDb): DuplicateReviewItem[] {
  const rows = db.all<Raw>(sql`
    select d.id, d.reasons, d.detected_at as detectedAt,
      a.id as aId, a.name as aName, a.email as aEmail, a.phone as aPhone,
      b.id as bId, b.name as bName, b.email as bEmail, b.phone as bPhone
    from customer_duplicates d
    join customers a on a.id = d.customer_id and a.merged_into_id is null
    join customers b on b.id = d.other_id and b.merged_into_id is null
    where d.status = 'open'
    order by d.detected_at desc, d.id limit 200`);
  return rows.map((r) => ({
    id: r.id,
    reasons: JSON.parse(r.reasons) as DuplicateReason[],
    detectedAt: r.detectedAt,
    customer: { id: r.aId, name: r.aName, email: r.aEmail, phone: r.aPhone },
    other: { id: r.bId, name: r.bName, email: r.bEmail, phone: r.bPhone },
  }));
}
