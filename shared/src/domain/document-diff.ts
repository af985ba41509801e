import { diffArrays } from 'diff'

/**
 * One run of clauses in a comparison of two versions: kept, added in the new one, removed
 * from the old, or one clause whose words changed (`before` is its old wording).
 */
export interface DiffPart {
  op: 'same' | 'added' | 'removed' | 'changed'
  text: string
  lines: number
  before?: string
}

export interface DocumentDiff {
  parts: DiffPart[]
  /** Clauses that are new, gone, or reworded: what a villager should read. */
  added: number
  removed: number
  changed: number
  /** Kept clauses whose number alone moved (第五条 → 第六条): not a change of content. */
  renumbered: number
}

/**
 * The lines that carry the text: line endings, trailing spaces and blank lines between
 * paragraphs are layout, not a change a villager could point to on the notice board.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n')
}

// 第十二条 / 第三章 / （一） / (2) / 三、 / 4. — the numbering a clause starts with.
const NUMBERING = /^\s*(?:第[一二三四五六七八九十百千零〇两\d]+[条章节款项]|[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百\d]+[、.．])[\s\u3000]*/

/** A clause without its number: two clauses with the same words are the same clause. */
export const clauseWords = (line: string): string => line.replace(NUMBERING, '').trim()

/** How alike two wordings are (Dice coefficient of character pairs, 0–1). */
function likeness(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return 0
  const pairs = new Map<string, number>()
  for (let i = 0; i < a.length - 1; i++) pairs.set(a.slice(i, i + 2), (pairs.get(a.slice(i, i + 2)) ?? 0) + 1)
  let shared = 0
  for (let i = 0; i < b.length - 1; i++) {
    const k = b.slice(i, i + 2)
    const n = pairs.get(k) ?? 0
    if (n > 0) { shared++; pairs.set(k, n - 1) }
  }
  return (2 * shared) / (a.length + b.length - 2)
}

/** Reworded clauses keep at least this much of their wording; less is a clause removed and another added. */
const REWORDED = 0.3

/**
 * Pairs the removed and added clauses of one place in the text: each removed clause with the
 * next added clause that reads alike (in order), the rest stay removed or added.
 */
function pairUp(removed: string[], added: string[]): DiffPart[] {
  const out: DiffPart[] = []
  let next = 0
  for (const old of removed) {
    const at = added.findIndex((a, i) => i >= next && likeness(clauseWords(old), clauseWords(a)) >= REWORDED)
    if (at < 0) { out.push({ op: 'removed', text: old, lines: 1 }); continue }
    for (const a of added.slice(next, at)) out.push({ op: 'added', text: a, lines: 1 })
    out.push({ op: 'changed', text: added[at], before: old, lines: 1 })
    next = at + 1
  }
  for (const a of added.slice(next)) out.push({ op: 'added', text: a, lines: 1 })
  return out
}

/** Joins neighbouring runs of the same kind (not changed clauses: each shows its own before). */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  for (const p of parts) {
    const last = out[out.length - 1]
    if (last && last.op === p.op && p.op !== 'changed') out[out.length - 1] = { op: p.op, text: `${last.text}\n${p.text}`, lines: last.lines + p.lines }
    else out.push(p)
  }
  return out
}

/**
 * What changed between the previous adopted text and this one, clause by clause (a clause of
 * a village document is a line or paragraph), ignoring the clauses' numbers: a clause that
 * only moved from 第五条 to 第六条 is kept, a reworded one is one change, not a removal and an
 * addition. Without a previous version everything is new.
 */
export function documentDiff(previous: string | null, next: string): DocumentDiff {
  const before = previous === null ? [] : normaliseText(previous).split('\n').filter(Boolean)
  const after = normaliseText(next).split('\n').filter(Boolean)
  const changes = diffArrays(before.map(clauseWords), after.map(clauseWords))
  const parts: DiffPart[] = []
  let [i, j, renumbered] = [0, 0, 0]
  for (let c = 0; c < changes.length; c++) {
    const ch = changes[c]
    const n = ch.value.length
    if (!ch.added && !ch.removed) {
      renumbered += after.slice(j, j + n).filter((line, k) => line !== before[i + k]).length
      parts.push({ op: 'same', text: after.slice(j, j + n).join('\n'), lines: n })
      i += n
      j += n
    } else if (ch.removed && changes[c + 1]?.added) {
      const m = changes[c + 1].value.length
      parts.push(...pairUp(before.slice(i, i + n), after.slice(j, j + m)))
      i += n
      j += m
      c++
    } else if (ch.added && changes[c + 1]?.removed) {
      const m = changes[c + 1].value.length
      parts.push(...pairUp(before.slice(i, i + m), after.slice(j, j + n)))
      i += m
      j += n
      c++
    } else if (ch.removed) {
      parts.push(...before.slice(i, i + n).map((text) => ({ op: 'removed' as const, text, lines: 1 })))
      i += n
    } else {
      parts.push(...after.slice(j, j + n).map((text) => ({ op: 'added' as const, text, lines: 1 })))
      j += n
    }
  }
  const count = (op: DiffPart['op']) => parts.filter((p) => p.op === op).length
  return { parts: merge(parts), added: count('added'), removed: count('removed'), changed: count('changed'), renumbered }
}
