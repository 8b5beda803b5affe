/** Where the desktop core reports what it skipped or failed (never the renderer). */
export type Logger = (message: string, detail?: unknown) => void;
