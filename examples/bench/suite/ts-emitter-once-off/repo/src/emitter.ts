export type Listener<T> = (payload: T) => void;

interface Entry<T> {
  readonly listener: Listener<T>;
  readonly call: Listener<T>;
}

/** A typed event emitter: `Events` maps each event name to its payload's type. */
export class Emitter<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Entry<never>[]>();

  private entries<K extends keyof Events>(event: K): Entry<Events[K]>[] {
    let list = this.listeners.get(event) as Entry<Events[K]>[] | undefined;
    if (list === undefined) {
      list = [];
      this.listeners.set(event, list as Entry<never>[]);
    }
    return list;
  }

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    this.entries(event).push({ listener, call: listener });
    return this;
  }

  /** Calls `listener` on the next `event` only. */
  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    const call: Listener<Events[K]> = (payload) => {
      this.off(event, call);
      listener(payload);
    };
    this.entries(event).push({ listener: call, call });
    return this;
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    const list = this.entries(event);
    const at = list.findIndex((e) => e.listener === listener);
    if (at >= 0) list.splice(at, 1);
    return this;
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): boolean {
    const list = [...this.entries(event)];
    for (const e of list) e.call(payload);
    return list.length > 0;
  }

  listenerCount<K extends keyof Events>(event: K): number {
    return this.entries(event).length;
  }
}
