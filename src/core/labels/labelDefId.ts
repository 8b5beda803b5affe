/**
 * The id of a tag or field definition, derived from its name or key (a UUID v8 of a hash):
 * a mutation can then read the definition a ticket names, and one name is one definition per tenant.
 */
export function labelDefId(kind: 'tag' | 'field', name: string): string {
  const text = `${kind}:${name.trim().toLowerCase()}`;
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
