/** The article body without a first `# Heading` that repeats the title (the view shows the title above). */
export function withoutTitleHeading(markdown: string, title: string): string {
  const match = /^\s*#\s+(.+?)\s*#*\s*(\r?\n|$)/.exec(markdown);
  if (!match || match[1]!.trim().toLowerCase() !== title.trim().toLowerCase()) return markdown;
  return markdown.slice(match[0].length).replace(/^\s+/, '');
}
