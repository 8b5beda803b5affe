/** The replica file cannot be trusted: not a database, or SQLite's quick_check found damage. */
export class ReplicaDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`The replica ${path} is damaged: ${reason}`);
    this.name = 'ReplicaDamagedError';
  }
}
