/** Relay's 16×16 tray icon (an "R" on indigo), inline so it needs no resources folder. */
export const trayIconDataUrl =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAVUlEQVR42mPwyfvKAMRTgfgTEP8nEn+C6mGAaf5PJp7KQKLNGC5hQBfEB7AZQpIB2AzBaQCx4rQzgGIvUByIhJxOUhhQ5AKqxQIuOaokZYozE0XZGQDGBezfFOf2tgAAAABJRU5ErkJggg==';
