import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/core';

describe('detectLanguage', () => {
  it.each([
    ['Where is my parcel? It was supposed to arrive on Monday and the tracking has not moved.', 'en'],
    ['Wo ist meine Sendung? Die Lieferung ist noch nicht da und ich warte seit Montag.', 'de'],
    ['Bonjour, mon colis est bloqué à la douane. Pouvez-vous vérifier pour moi ? Merci.', 'fr'],
    ['Hola, mi pedido no ha llegado todavía. ¿Dónde está? Gracias por la ayuda.', 'es'],
    ['Goedemiddag, mijn pakket is nog niet bezorgd. Kunt u kijken waar het is? Bedankt.', 'nl'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing about text too short or too mixed to tell', () => {
    expect(detectLanguage('SO-44120')).toBeNull();
    expect(detectLanguage('Danke!')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
