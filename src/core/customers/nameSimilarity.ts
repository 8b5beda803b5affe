/** Words that say what kind of company, not which one. */
const legalForms = new Set(['gmbh', 'ag', 'kg', 'ltd', 'limited', 'inc', 'llc', 'co', 'corp', 'company', 'bv', 'sa', 'sas', 'srl', 'plc', 'the']);

function tokens(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !legalForms.has(w));
  return [...new Set(words)].sort();
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/**
 * How alike two names are, 0–1: trigram Dice coefficient of their sorted word sets (accents,
 * case, punctuation, word order and legal forms like "GmbH" ignored), so "ACME GmbH" = "Acme"
 * and "Jon Smith" ≈ "John Smith".
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = tokens(a).join(' ');
  const tb = tokens(b).join(' ');
  if (ta === '' || tb === '') return 0;
  if (ta === tb) return 1;
  const ga = trigrams(ta);
  const gb = trigrams(tb);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}
