// How a comparison of two versions is summed up in words, on residents' and cadres' pages
// alike. Apart from document-diff.ts (which needs the diff library), so pages import it alone.

export interface ChangeCounts {
  added: number
  removed: number
  changed: number
  renumbered: number
}

/** 改动 1 条，新增 1 条 — only the kinds that happened, each clause counted once; '' for none. */
export function changeSummary(c: ChangeCounts): string {
  const kinds = [[c.changed, '改动'], [c.added, '新增'], [c.removed, '删去']] as const
  return kinds.filter(([n]) => n > 0).map(([n, word]) => `${word} ${n} 条`).join('，')
}

/** Clauses that changed in content (a renumbered clause did not). */
export const changedClauses = (c: ChangeCounts): number => c.added + c.removed + c.changed

/** `（有 2 条只调整了条文序号，内容未变）`, or '' when none moved. */
export const renumberedNote = (c: ChangeCounts): string =>
  c.renumbered > 0 ? `（有 ${c.renumbered} 条只调整了条文序号，内容未变）` : ''
