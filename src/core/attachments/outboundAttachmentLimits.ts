/** One file an agent attaches may be at most this big (the hub answers 413 above it). */
export const maxAttachmentBytes = 25 * 1024 * 1024;

/** Files on one reply or note. */
export const maxAttachmentsPerMessage = 10;

/** An agent's upload: `up/<uuid>/<first 16 hex of sha256>`, chosen by the desktop so an offline reply can name it. */
export const uploadKeyPattern = /^up\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{16}$/;
