/**
 * Where customers read an article: the help centre publishes every article under its id.
 * The address is the demo tenant's; a real deployment would take it from tenant settings.
 */
export const helpCentreBase = 'https://help.relay.example/articles/';

export function articleUrl(id: string): string {
  return `${helpCentreBase}${id}`;
}
