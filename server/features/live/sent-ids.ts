/** The most ids one stream remembers: far more than can arrive out of order. */
const REMEMBERED = 1_000;

/** The event ids one stream has sent, so none is sent twice; the oldest are forgotten past a bound. */
export class SentIds {
  private readonly ids = new Set<number>();

  has(id: number): boolean {
    return this.ids.has(id);
  }

  add(id: number): void {
    this.ids.add(id);
    if (this.ids.size > REMEMBERED) {
      const oldest = this.ids.values().next().value!;
      this.ids.delete(oldest);
    }
  }
}
