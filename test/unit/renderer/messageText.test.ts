import { describe, expect, it } from 'vitest';
import { collapseText } from '../../../src/renderer/ticket/collapseText';
import { refillPlaceholders } from '../../../src/renderer/ticket/composer/refillPlaceholders';

describe('collapseText', () => {
  it('leaves short messages whole', () => {
    expect(collapseText('Where is my parcel?\nThanks')).toBeNull();
  });

  it('shows the first 12 lines of a long message and counts the rest', () => {
    const body = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(collapseText(body)).toEqual({ text: body.split('\n').slice(0, 12).join('\n'), hiddenLines: 28 });
  });

  it('folds one giant line too', () => {
    const folded = collapseText('x'.repeat(100_000));
    expect(folded?.text).toHaveLength(1501);
    expect(folded?.text.endsWith('…')).toBe(true);
    expect(folded?.hiddenLines).toBe(0);
  });
});

describe('refillPlaceholders', () => {
  const before = { 'customer.name': 'Nordwind', 'shipment.trackingNumber': null, 'shipment.eta': null };
  const after = { 'customer.name': 'Nordwind', 'shipment.trackingNumber': 'JD0146', 'shipment.eta': '9 December 2026' };

  it('fills placeholders left visible once the ticket has a value for them', () => {
    const body = 'Hi Nordwind, {{shipment.trackingNumber}} arrives {{ shipment.eta }}. I added a line myself.';
    expect(refillPlaceholders(body, before, after)).toBe('Hi Nordwind, JD0146 arrives 9 December 2026. I added a line myself.');
  });

  it('swaps an old value still in the text, keeps what the agent edited and never empties a value', () => {
    const old = { ...after };
    const linked = { ...after, 'shipment.trackingNumber': 'UPS777', 'shipment.eta': null };
    expect(refillPlaceholders('JD0146 arrives 9 December 2026.', old, linked)).toBe('UPS777 arrives 9 December 2026.');
    expect(refillPlaceholders('Your parcel arrives soon.', old, linked)).toBe('Your parcel arrives soon.');
  });
});
