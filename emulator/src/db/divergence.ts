/**
 * Where WeChat's documentation and the CloudBase server disagree, the emulator answers as the
 * server does. In strict mode (tests) it also says so, once per kind, so code that leans on
 * undocumented behaviour is noticed before it ships.
 */
export class Divergences {
  private readonly seen = new Set<string>()
  readonly noted: string[] = []

  constructor(private readonly strict: boolean) {}

  note(kind: string, message: string): void {
    if (!this.strict || this.seen.has(kind)) return
    this.seen.add(kind)
    this.noted.push(message)
    console.warn(`emulator: ${message}`)
  }
}
