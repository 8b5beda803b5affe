import { Box, Button, Group, Text, useComputedColorScheme } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { sanitizeEmailHtml } from './sanitizeEmailHtml';

/** The frame's own policy: nothing loads unless allowed; remote images only after consent. */
function documentOf(body: string, loadRemote: boolean, dark: boolean): string {
  const img = loadRemote ? 'data: cid: https: http:' : 'data: cid:';
  const text = dark ? '#c9c9c9' : '#212529';
  const link = dark ? '#74c0fc' : '#1c7ed6';
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${img}; style-src 'unsafe-inline'">
<style>html,body{margin:0;padding:0;background:transparent;color:${text};font:14px/1.55 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;overflow-wrap:anywhere}
a{color:${link}}img{max-width:100%;height:auto}img:not([src]){display:inline-block;min-width:24px;min-height:16px;outline:1px dashed ${text}66}
table{max-width:100%;border-collapse:collapse}td,th{padding:2px 4px}blockquote{margin:0 0 0 8px;padding-left:8px;border-left:2px solid ${text}55}p{margin:0 0 8px}</style>
</head><body>${body}</body></html>`;
}

const foldedHeight = 420;

/**
 * An inbound HTML email, sanitised and shown in a sandboxed frame (no scripts, its own CSP).
 * Remote images stay blocked until the agent loads them for this message.
 */
export function EmailHtmlBody({ html }: { html: string }) {
  const dark = useComputedColorScheme('light') === 'dark';
  const [loadRemote, setLoadRemote] = useState(false);
  const [height, setHeight] = useState(60);
  // A long email opens folded to a screenful; "Show all" lets it grow to its full height.
  const [expanded, setExpanded] = useState(false);
  const folded = !expanded && height > foldedHeight;
  const frame = useRef<HTMLIFrameElement>(null);
  const clean = useMemo(() => sanitizeEmailHtml(html, loadRemote), [html, loadRemote]);
  const srcDoc = useMemo(() => documentOf(clean.html, loadRemote, dark), [clean.html, loadRemote, dark]);

  function fit() {
    const doc = frame.current?.contentDocument;
    if (doc) setHeight(Math.min(20_000, Math.max(24, doc.documentElement.scrollHeight)));
  }

  return (
    <Box data-testid="html-body">
      {clean.blocked > 0 && !loadRemote && (
        <Group gap="xs" mb={6} px={8} py={4} wrap="nowrap" style={{ borderRadius: 6, background: 'var(--mantine-color-default-hover)' }} data-testid="remote-blocked">
          <IconPhotoOff size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed" style={{ flex: 1 }}>
            {clean.blocked === 1 ? '1 remote image' : `${clean.blocked} remote images`} blocked to protect your privacy.
          </Text>
          <Button size="compact-xs" variant="light" onClick={() => setLoadRemote(true)}>
            Load remote content
          </Button>
        </Group>
      )}
      <iframe
        ref={frame}
        title="Email content"
        sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        srcDoc={srcDoc}
        onLoad={fit}
        style={{ width: '100%', height: folded ? foldedHeight : height, border: 0, display: 'block', colorScheme: dark ? 'dark' : 'light' }}
        data-testid="email-frame"
      />
      {folded && (
        <Button size="compact-xs" variant="subtle" mt={4} onClick={() => setExpanded(true)} data-testid="show-all">
          Show all
        </Button>
      )}
    </Box>
  );
}
