// Quarters as `2026Q4` (ARCHITECTURE.md): the one before, and the words a person reads.

/** The quarter before `q` (2026Q1 → 2025Q4). */
export function previousQuarter(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(5))]
  return n === 1 ? `${y - 1}Q4` : `${y}Q${n - 1}`
}

/** `2026Q4` → `2026年第4季度`. */
export const quarterLabel = (q: string): string => `${q.slice(0, 4)}年第${q.slice(5)}季度`

/** `2026Q4` → `26年4季` (a chart's row label, short enough for elder mode). */
export const quarterShort = (q: string): string => `${q.slice(2, 4)}年${q.slice(5)}季`

/** The quarter today falls in, in Beijing time (business dates are Asia/Shanghai, UTC+8 all year). */
export function currentQuarter(now = Date.now()): string {
  const d = new Date(now + 8 * 3600 * 1000)
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`
}
