// The A4 公开栏 sheet from notice.sheet: the facts as lines (shown as text on the page too),
// then laid out as drawing steps on a 595 × 842 sheet (A4 in points). Pure, so tests read it.
import type { NoticeSheetOutput } from '@chengxin/shared/src/api'
import type { DrawOp } from '../../../services/canvas'
import { money } from '../../../components/ledger-labels'
import { formatTime } from '../../../components/format'
import { pct } from './figure-lines'

export const SHEET = { w: 595, h: 842 } as const
const MARGIN = 40
const RED = '#b4261f'
const INK = '#222222'
const GREY = '#555555'

export interface NoticeLine { kind: 'heading' | 'text'; text: string }

/** The sheet's facts, section by section, in plain words (the same on the canvas and the page). */
export function noticeLines(s: NoticeSheetOutput): NoticeLine[] {
  const out: NoticeLine[] = []
  const h = (text: string) => out.push({ kind: 'heading', text })
  const t = (text: string) => out.push({ kind: 'text', text })
  h('一、现行村务文件')
  if (s.documents.length === 0) t('暂无已通过的文件')
  for (const d of s.documents) t(`${d.kindLabel}：《${d.title}》第${d.version}版${d.adoptedAt ? `，${formatTime(d.adoptedAt).slice(0, 10)} 通过` : ''}`)
  h('二、双向承诺书签约')
  t(`应签 ${s.signing.due} 户，已签 ${s.signing.signed} 户，签约率 ${pct(s.signing.rate)}`)
  t(`村委会已会签 ${s.signing.complete} 户，待会签 ${s.signing.awaitingVillage} 户`)
  h(`三、季度评议结果${s.review ? `（${s.review.quarter.slice(0, 4)}年第${s.review.quarter.slice(5)}季度）` : ''}`)
  if (!s.review) t('本季度评议结果尚未公示')
  else if (s.review.hidden) t('户数较少，不单列')
  else t(s.review.outcomes.map((o) => `${o.label} ${o.count === null ? '少于3' : o.count} 户`).join('，'))
  h('四、村账收支（本季度）')
  t(`收入 ${money(s.ledger.incomeFen)} 元，支出 ${money(s.ledger.expenseFen)} 元，共 ${s.ledger.entries} 笔`)
  t(`结余 ${money(s.ledger.balanceFen)} 元${s.ledger.published ? '（本季度汇总已公示）' : ''}`)
  h('五、投诉办理（本季度）')
  const c = s.complaints
  if (c.hidden) t('投诉少于 3 件，不单列')
  else {
    t(`收到 ${c.filed ?? 0} 件，已答复 ${c.answered ?? 0} 件，按期答复率 ${pct(c.withinRate)}`)
    t(`尚在办理 ${c.open ?? 0} 件，其中超期 ${c.overdue ?? 0} 件`)
  }
  return out
}

/** Splits a line so that each piece fits `width` at `size` (Chinese characters are about one em wide). */
export function wrap(text: string, size: number, width: number): string[] {
  const per = Math.max(1, Math.floor(width / size))
  const parts: string[] = []
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; i += per) parts.push(chars.slice(i, i + per).join(''))
  return parts.length ? parts : ['']
}

/** The sheet's drawing steps; `codeSrc` is the mini-program code image (a local path or URL), when there is one. */
export function noticeOps(s: NoticeSheetOutput, codeSrc: string | null): DrawOp[] {
  const ops: DrawOp[] = []
  const width = SHEET.w - 2 * MARGIN
  ops.push({ kind: 'rect', x: 0, y: 0, w: SHEET.w, h: 12, color: RED })
  ops.push({ kind: 'text', x: SHEET.w / 2, y: 36, text: `${s.villageName}村务公开栏`, size: 30, color: RED, bold: true, align: 'center' })
  ops.push({ kind: 'text', x: SHEET.w / 2, y: 80, text: `${s.townshipName} · ${s.quarterLabel}`, size: 16, color: GREY, align: 'center' })
  ops.push({ kind: 'line', x1: MARGIN, y1: 108, x2: SHEET.w - MARGIN, y2: 108, color: RED, width: 2 })
  let y = 124
  for (const l of noticeLines(s)) {
    const size = l.kind === 'heading' ? 18 : 15
    if (l.kind === 'heading') y += 10
    for (const piece of wrap(l.text, size, l.kind === 'heading' ? width : width - 16)) {
      ops.push({ kind: 'text', x: MARGIN + (l.kind === 'heading' ? 0 : 16), y, text: piece, size, color: l.kind === 'heading' ? RED : INK, bold: l.kind === 'heading' })
      y += Math.round(size * 1.6)
    }
  }
  const codeSize = 120
  const footY = SHEET.h - MARGIN - codeSize
  ops.push({ kind: 'line', x1: MARGIN, y1: footY - 16, x2: SHEET.w - MARGIN, y2: footY - 16, color: '#dddddd', width: 1 })
  if (codeSrc) {
    ops.push({ kind: 'image', src: codeSrc, x: SHEET.w - MARGIN - codeSize, y: footY, w: codeSize, h: codeSize })
    ops.push({ kind: 'text', x: MARGIN, y: footY + 20, text: '微信扫右侧小程序码，', size: 15, color: INK })
    ops.push({ kind: 'text', x: MARGIN, y: footY + 44, text: '查看随时更新的村务公开。', size: 15, color: INK })
  }
  ops.push({ kind: 'text', x: MARGIN, y: footY + 84, text: `生成于 ${formatTime(s.generatedAt)} · 人数少于3的数字不单列`, size: 12, color: GREY })
  return ops
}
