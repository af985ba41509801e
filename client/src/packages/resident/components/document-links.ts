import type { DocumentKind, DocumentSummary } from '@chengxin/shared/src/api'
import { formatTime } from '../../../components/format'
import { noticeDaysLeft } from '../../../components/resident-labels'

// Page modules export only their page (Taro's page loader drops named exports), so links
// and lines shared between the document pages live here.
export const documentUrl = (id: string) => `/packages/resident/pages/document/index?id=${encodeURIComponent(id)}`
export const historyUrl = (kind: DocumentKind) => `/packages/resident/pages/document-history/index?kind=${kind}`

/** 公示中，还剩 3 天（至 2026-11-30）, or when it took effect. */
// The notice ends at midnight, so its last day is the day before endsAt (Beijing time).
const lastNoticeDay = (endsAt: string) => formatTime(new Date(Date.parse(endsAt) - 1).toISOString()).slice(0, 10)

export function versionLine(d: DocumentSummary): string {
  if (d.status === 'notice' && d.notice) {
    const left = noticeDaysLeft(d.notice.endsAt)
    return left > 0 ? `公示中，还剩 ${left} 天（至 ${lastNoticeDay(d.notice.endsAt)}）` : '公示期已结束，等待村民会议表决'
  }
  if (d.adoptedAt) return `第${d.version}版 · ${formatTime(d.adoptedAt).slice(0, 10)} 起施行`
  return `第${d.version}版`
}

