/**
 * Cache writes that may wait. Encoding and serializing a document's tokens and results costs about a
 * third as much as analysing it; a caller that will sit idle later (the CLI, while the report thread
 * builds) can hold the writes and run them then, off the path to the report.
 * Holding a write keeps its document's tokens alive, so at most `maxHeldBytes` of input text is held
 * at a time; the writes of documents beyond that run at once, as without a queue.
 */
export class CacheWrites {
  private readonly held: Array<() => void> = [];
  private heldBytes = 0;

  constructor(readonly maxHeldBytes: number) {}

  /** Runs `write` now, or holds it when the document it belongs to still fits the budget. */
  schedule(documentBytes: number, write: () => void): void {
    if (this.heldBytes + documentBytes > this.maxHeldBytes) {
      write();
      return;
    }
    this.heldBytes += documentBytes;
    this.held.push(write);
  }

  /** Writes held so far, not yet run. */
  get pending(): number {
    return this.held.length;
  }

  /** Runs every held write, in the order scheduled. */
  flush(): void {
    const writes = this.held.splice(0);
    this.heldBytes = 0;
    for (const write of writes) write();
  }
}
