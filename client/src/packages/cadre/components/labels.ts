// Chinese names for the enums the cadre pages show. Kept here rather than imported from the
// schemas, whose runtime modules would pull zod into the bundle.
import type { DocumentKind, DocumentStatus, EnrolmentCategory, EnrolmentStatus, ManagementType, PanelGroup } from '@chengxin/shared/src/api'

export const MANAGEMENT_LABELS: Record<ManagementType, string> = {
  contract: '协议管理', recognised: '公认诚信', committed: '承诺诚信', behavioural: '行为诚信',
}
export const CATEGORIES: EnrolmentCategory[] = ['recognised', 'committed', 'behavioural']

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  pending: '待审核', approved: '已批准', rejected: '已驳回', withdrawn: '已撤回', revoked: '已取消',
}

export const DOCUMENT_KINDS: DocumentKind[] = ['charter', 'village-rules', 'residents-rules', 'integrity-standards', 'benefits']
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  charter: '章程', 'village-rules': '村规民约', 'residents-rules': '居民公约', 'integrity-standards': '诚信管理标准', benefits: '奖励优惠待遇',
}
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿', notice: '公示中', adopted: '现行', superseded: '已被替代', rejected: '未通过',
}

export const PANEL_GROUPS: PanelGroup[] = ['review', 'supervision', 'finance']
export const PANEL_GROUP_LABELS: Record<PanelGroup, string> = { review: '评议小组', supervision: '监督小组', finance: '理财小组' }

/** Today in Beijing as 2026-11-24 (meeting dates are local dates). */
export function beijingToday(now = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
