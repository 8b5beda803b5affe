import { describe, expect, it } from 'vitest';
import { uuidv7, type FieldDefRow } from '../../../src/core';
import { fieldFilterValue } from '../../../src/renderer/inbox/fieldFilterValue';

const def = (key: string, type: FieldDefRow['type']): FieldDefRow => ({ id: uuidv7(), key, label: key, type, options: [], currency: type === 'money' ? 'EUR' : null, updatedAt: 1 });

describe('the inbox field filter box', () => {
  it('turns what an agent typed into the value the ticket stores', () => {
    expect(fieldFilterValue(def('pro_number', 'text'), '  PRO-77 ')).toBe('PRO-77');
    expect(fieldFilterValue(def('claim_amount', 'money'), '420,50')).toBe(420.5);
    expect(fieldFilterValue(def('pieces', 'number'), '12')).toBe(12);
    expect(fieldFilterValue(def('pickup', 'date'), '2026-12-08')).toBe('2026-12-08');
  });

  it('gives nothing for an empty box or a value the field could never hold', () => {
    expect(fieldFilterValue(def('pro_number', 'text'), '   ')).toBeNull();
    expect(fieldFilterValue(def('claim_amount', 'money'), 'lots')).toBeNull();
    expect(fieldFilterValue(def('claim_amount', 'money'), '12.345')).toBeNull();
    expect(fieldFilterValue(def('claim_amount', 'money'), '-5')).toBeNull();
    expect(fieldFilterValue(def('pickup', 'date'), '8 Dec')).toBeNull();
  });
});
