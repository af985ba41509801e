// Words for the resident's documents and integrity management, shared by 首页's cards and the
// resident subpackage. The shared schemas hold similar tables but import zod, so they stay out.
import type { DocumentKind, DocumentStatus, EnrolmentCategory, EnrolmentStatus } from '@chengxin/shared/src/api'

export const KIND_LABELS: Record<DocumentKind, string> = {
  charter: '章程',
  'village-rules': '村规民约',
  'residents-rules': '居民公约',
  'integrity-standards': '诚信管理标准',
  benefits: '奖励优惠待遇',
}
export const KIND_ORDER: DocumentKind[] = ['charter', 'village-rules', 'residents-rules', 'integrity-standards', 'benefits']

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿',
  notice: '公示中',
  adopted: '现行有效',
  superseded: '已被新版本替代',
  rejected: '未获通过',
}

// Pure domain module (no zod): the same words the server uses in its audit summaries.
export { CATEGORY_LABELS as MANAGEMENT_LABELS } from '@chengxin/shared/src/domain/enrolment-state'

/** One plain sentence each, shown where a head chooses what to apply for. */
export const CATEGORY_EXPLANATIONS: Record<EnrolmentCategory, string> = {
  recognised: '多年守约、村里公认讲诚信的家庭。每年安排的检查最少。',
  committed: '书面承诺按时参加检查、情况有变主动告诉村里的家庭。',
  behavioural: '近年按约参加检查、没有违约记录的家庭。',
}
export const CATEGORY_ORDER: EnrolmentCategory[] = ['recognised', 'committed', 'behavioural']

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  pending: '待村里审核',
  approved: '已批准',
  rejected: '未获批准',
  withdrawn: '已撤回',
  revoked: '已被村里取消',
}
