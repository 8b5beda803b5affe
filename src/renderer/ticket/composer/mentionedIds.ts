import type { Mentionable } from './MentionMenu';

/** The teammates whose "@Full Name" is still in the text: a mention is stored by id, as written. */
export function mentionedIds(body: string, people: readonly Mentionable[]): string[] {
  return people.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id);
}
