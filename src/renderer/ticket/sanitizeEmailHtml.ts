import createDOMPurify from 'dompurify';

// Its own DOMPurify instance: the hooks below must not change sanitising elsewhere.
const purify = createDOMPurify(window);
const remote = /^(https?:)?\/\//i;
let allowRemote = false;
let blocked = 0;

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  // Remote images and backgrounds are trackers until the agent says otherwise.
  for (const attr of ['src', 'background', 'poster']) {
    const value = node.getAttribute(attr);
    if (value && remote.test(value.trim()) && !allowRemote) {
      node.setAttribute(`data-blocked-${attr}`, value);
      node.removeAttribute(attr);
      blocked++;
    }
  }
  if (node.hasAttribute('srcset') && !allowRemote) {
    node.removeAttribute('srcset');
    blocked++;
  }
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

/**
 * An inbound email's HTML made safe to show: no scripts, handlers, forms, frames or styles
 * sheets; remote images removed (counted in `blocked`) unless the agent allowed them.
 */
export function sanitizeEmailHtml(html: string, loadRemote: boolean): { html: string; blocked: number } {
  allowRemote = loadRemote;
  blocked = 0;
  const clean = purify.sanitize(html, {
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcdoc', 'ping', 'formaction'],
    ALLOW_DATA_ATTR: false,
  });
  return { html: clean, blocked };
}
