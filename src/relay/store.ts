// Delivery ids already handled, so a retried or replayed webhook never dispatches twice. The
// server keeps them in memory (an LRU: a relay's traffic is people tagging tasks, a few a
// minute, so 10,000 ids cover days); a serverless deployment plugs in a shared store.

export interface DeliveryStore {
  /**
   * Claims `id`: true the first time, false when it was claimed before (a replay). A claim is
   * released when handling fails, so the provider's retry is handled.
   */
  claim(id: string): Promise<boolean>;
  release(id: string): Promise<void>;
}

export class MemoryDeliveryStore implements DeliveryStore {
  // A Map keeps insertion order: the first key is the oldest claim.
  private readonly ids = new Map<string, true>();

  constructor(private readonly capacity = 10_000) {}

  async claim(id: string): Promise<boolean> {
    if (this.ids.has(id)) return false;
    this.ids.set(id, true);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.keys().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }

  async release(id: string): Promise<void> {
    this.ids.delete(id);
  }
}
