/** Where the hub token lives between runs (Electron: safeStorage; browser mode: a 0600 file; tests: memory). */
export interface TokenStore {
  load(): string | null;
  save(token: string | null): void;
}
