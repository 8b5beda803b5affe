import createDOMPurify from 'dompurify';
import { marked } from 'marked';

// Its own DOMPurify instance, so the link hook below does not change sanitising elsewhere.
const purify = createDOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  // Links open outside the app window (the shell hands _blank to the system browser).
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Article Markdown as safe HTML: marked renders it, DOMPurify removes scripts, handlers and the like. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return purify.sanitize(html, { ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}
