import { labelDefId, type FieldDefRow, type TagDefRow } from '../../core';

/** The demo tenant's tags and custom fields (issue #13): what a freight claims desk would define. */
export function demoLabelDefs(updatedAt: number): { tags: TagDefRow[]; fields: FieldDefRow[] } {
  const tag = (name: string, colour: TagDefRow['colour']): TagDefRow => ({ id: labelDefId('tag', name), name, colour, updatedAt });
  const field = (key: string, label: string, type: FieldDefRow['type'], options: string[] = []): FieldDefRow => ({
    id: labelDefId('field', key),
    key,
    label,
    type,
    options,
    currency: type === 'money' ? 'USD' : null,
    updatedAt,
  });
  return {
    tags: [tag('claim', 'orange'), tag('vip', 'grape'), tag('customs', 'blue'), tag('damaged', 'red')],
    fields: [
      field('claim_amount', 'Claim amount', 'money'),
      field('pro_number', 'PRO number', 'text'),
      field('damage_reason', 'Damage reason', 'single_select', ['Crushed', 'Wet', 'Punctured', 'Missing items', 'Other']),
    ],
  };
}
