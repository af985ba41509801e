import type { DocumentKind, DocumentSummary } from '@chengxin/shared/src/api'
import { formatTime } from '../../../components/format'
import { noticeEnded, noticeStatusLine } from '@chengxin/shared/src/domain/notice-dates'

// Page modules export only their page (Taro's page loader drops named exports), so links
// and lines shared between the document pages live here.
export const documentUrl = (id: string) => `/packages/resident/pages/document/index?id=${encodeURIComponent(id)}`
export const historyUrl = (kind: DocumentKind) => `/packages/resident/pages/document-history/index?kind=${kind}`

/** 公示至 2026-12-04（还剩 3 天） — the wording the cadre sees too — or when it took effect. */
export function versionLine(d: DocumentSummary): string {
  if (d.status === 'notice' && d.notice) {
    return noticeEnded(d.notice) ? `${noticeStatusLine(d.notice)}，等待村民会议表决` : noticeStatusLine(d.notice)
  }
  if (d.adoptedAt) return `第${d.version}版 · ${formatTime(d.adoptedAt).slice(0, 10)} 起施行`
  return `第${d.version}版`
}

