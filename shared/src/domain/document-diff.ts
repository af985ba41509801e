import { diffLines } from 'diff'

/** One run of lines in a comparison of two versions: kept, added in the new one, or removed from the old. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed'
  text: string
  lines: number
}

export interface DocumentDiff {
  parts: DiffPart[]
  added: number
  removed: number
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

const linesOf = (text: string) => text.replace(/\n$/, '').split('\n')

/**
 * What changed between the previous adopted text and this one, line by line (a clause of a
 * village document is a line or paragraph). Without a previous version everything is new.
 */
export function documentDiff(previous: string | null, next: string): DocumentDiff {
  const before = previous === null ? '' : normaliseText(previous)
  const after = normaliseText(next)
  // jsdiff compares whole lines only when each ends with a newline, the last one included.
  const changes = diffLines(before ? `${before}\n` : '', after ? `${after}\n` : '')
  const parts: DiffPart[] = []
  for (const c of changes) {
    if (!c.value) continue
    const op = c.added ? 'added' : c.removed ? 'removed' : 'same'
    const lines = linesOf(c.value)
    parts.push({ op, text: lines.join('\n'), lines: lines.length })
  }
  const count = (op: DiffPart['op']) => parts.filter((p) => p.op === op).reduce((n, p) => n + p.lines, 0)
  return { parts, added: count('added'), removed: count('removed') }
}
