/** An email reply's text with the author's signature after the conventional "-- " separator. */
export function appendSignature(body: string, signature: string): string {
  const sig = signature.trim();
  return sig ? `${body.replace(/\s+$/, '')}\n\n-- \n${sig}` : body;
}
