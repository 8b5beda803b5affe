/** Languages the routing detector tells apart (the desks Relay's customers write to). */
export type DetectedLanguage = 'en' | 'de' | 'fr' | 'es' | 'nl';

/** Frequent short words of each language; articles and pronouns say more than topic words. */
const stopwords: Record<DetectedLanguage, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'my', 'you', 'your', 'with', 'for', 'this', 'was', 'have', 'not', 'please', 'when', 'where', 'it', 'of', 'to'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'sie', 'mit', 'bitte', 'wir', 'ein', 'eine', 'wo', 'meine', 'mein', 'noch', 'auf', 'für', 'zu'],
  fr: ['le', 'la', 'les', 'et', 'est', 'je', 'vous', 'pas', 'une', 'des', 'mon', 'ma', 'mes', 'pour', 'avec', 'merci', 'où', 'colis', 'nous', 'du'],
  es: ['el', 'los', 'las', 'y', 'es', 'mi', 'por', 'favor', 'una', 'con', 'para', 'pedido', 'gracias', 'dónde', 'está', 'que', 'del', 'no', 'se'],
  nl: ['de', 'het', 'een', 'en', 'is', 'mijn', 'niet', 'ik', 'u', 'met', 'voor', 'wij', 'waar', 'nog', 'graag', 'bedankt', 'pakket', 'van', 'op'],
};

const lists = Object.entries(stopwords).map(([lang, words]) => [lang as DetectedLanguage, new Set(words)] as const);

/**
 * A tiny stopword-count guess at the language of a customer's message, for routing only: the
 * language with the most hits wins if it has at least two and leads clearly; otherwise null
 * (too short or mixed to say), and rules on language simply do not match.
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = lists.map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 2) return null;
  return second && second[1] * 1.5 >= best[1] ? null : best[0];
}
