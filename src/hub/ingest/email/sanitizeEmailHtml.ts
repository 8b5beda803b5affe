import sanitizeHtml from 'sanitize-html';

const isRemote = (src: string): boolean => /^(https?:)?\/\//i.test(src.trim());

/**
 * Makes customer HTML safe to show in the agent's app: no scripts, styles, frames, forms or
 * event handlers, links limited to http(s)/mailto/tel. Remote images are not loaded: their
 * URL moves to `data-remote-src` (the UI asks before loading, so senders cannot track opens).
 */
export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      a: ['href', 'name', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title', 'width', 'height', 'data-remote-src', 'data-cid'],
      td: ['colspan', 'rowspan', 'align', 'valign', 'width'],
      th: ['colspan', 'rowspan', 'align', 'valign', 'width'],
      table: ['width', 'border', 'cellpadding', 'cellspacing', 'align'],
      font: ['color', 'size'],
      '*': ['dir', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['data'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } }),
      img: (tagName, attribs) => {
        const { src = '', ...rest } = attribs;
        if (isRemote(src)) return { tagName, attribs: { ...rest, 'data-remote-src': src } };
        // cid: images are attachments of the same mail; the UI resolves them by content id.
        if (/^cid:/i.test(src)) return { tagName, attribs: { ...rest, 'data-cid': src.slice(4) } };
        return { tagName, attribs: { ...rest, src } };
      },
    },
  });
}
