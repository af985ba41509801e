// Words for the resident's documents and integrity management, shared by 首页's cards and the
// resident subpackage. Status words come from their state machines in shared/src/domain.
import type { DocumentKind, EnrolmentCategory } from '@chengxin/shared/src/api'

export const KIND_LABELS: Record<DocumentKind, string> = {
  charter: '章程',
  'village-rules': '村规民约',
  'residents-rules': '居民公约',
  'integrity-standards': '诚信管理标准',
  benefits: '奖励优惠待遇',
}
export const KIND_ORDER: DocumentKind[] = ['charter', 'village-rules', 'residents-rules', 'integrity-standards', 'benefits']

export { DOCUMENT_STATUS_LABELS } from '@chengxin/shared/src/domain/document-labels'

// Pure domain module (no zod): the same words the server uses in its audit summaries.
export { CATEGORY_LABELS as MANAGEMENT_LABELS } from '@chengxin/shared/src/domain/enrolment-state'

/** One plain sentence each, shown where a head chooses what to apply for. */
export const CATEGORY_EXPLANATIONS: Record<EnrolmentCategory, string> = {
  recognised: '多年守约、村里公认讲诚信的家庭。每年安排的检查最少。',
  committed: '书面承诺按时参加检查、情况有变主动告诉村里的家庭。',
  behavioural: '近年按约参加检查、没有违约记录的家庭。',
}
export const CATEGORY_ORDER: EnrolmentCategory[] = ['recognised', 'committed', 'behavioural']

export { ENROLMENT_STATUS_LABELS } from '@chengxin/shared/src/domain/enrolment-state'
