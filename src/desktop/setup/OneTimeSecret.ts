/** A value handed out once: the first `take` gets it, every later one null (it is not kept in memory). */
export class OneTimeSecret<T> {
  constructor(private value: T | null) {}

  take(): T | null {
    const taken = this.value;
    this.value = null;
    return taken;
  }
}
