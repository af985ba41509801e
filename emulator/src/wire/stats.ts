/** Database round trips per caller tag ('direct' for plain /admin), plus other calls by action. */
export class Stats {
  private readonly db = new Map<string, number>()
  private readonly actions = new Map<string, number>()

  record(tag: string, action: string): void {
    if (action.startsWith('database.')) this.db.set(tag, (this.db.get(tag) ?? 0) + 1)
    this.actions.set(action, (this.actions.get(action) ?? 0) + 1)
  }

  byTag(tag: string): number {
    return this.db.get(tag) ?? 0
  }

  total(): number {
    return [...this.db.values()].reduce((a, b) => a + b, 0)
  }

  perTag(): Record<string, number> {
    return Object.fromEntries(this.db)
  }

  /** Every action seen, database or not (storage, wx.openApi, functions.invokeFunction). */
  byAction(): Record<string, number> {
    return Object.fromEntries(this.actions)
  }

  reset(): void {
    this.db.clear()
    this.actions.clear()
  }
}
