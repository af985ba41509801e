// One word per village-document status, used by every screen and export. Apart from the
// lifecycle (document-lifecycle.ts, which needs dayjs), so client pages import it alone.
import type { DocumentStatus } from './document-lifecycle'

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿',
  notice: '公示中',
  adopted: '现行有效',
  superseded: '已被新版本替代',
  rejected: '未获通过',
}
