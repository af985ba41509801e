// Chinese names for the enums the cadre pages show. Not imported from the schemas, whose
// runtime modules would pull zod into the bundle; the words residents also see come from
// the main package's resident-labels so both sides name things alike.
import type { DocumentStatus, EnrolmentCategory, EnrolmentStatus, PanelGroup } from '@chengxin/shared/src/api'
import { KIND_LABELS, KIND_ORDER, MANAGEMENT_LABELS } from '../../../components/resident-labels'

export { MANAGEMENT_LABELS }
export const CATEGORIES: EnrolmentCategory[] = ['recognised', 'committed', 'behavioural']

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  pending: '待审核', approved: '已批准', rejected: '已驳回', withdrawn: '已撤回', revoked: '已取消',
}

export const DOCUMENT_KINDS = KIND_ORDER
export const DOCUMENT_KIND_LABELS = KIND_LABELS
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿', notice: '公示中', adopted: '现行', superseded: '已被替代', rejected: '未通过',
}

export const PANEL_GROUPS: PanelGroup[] = ['review', 'supervision', 'finance']
export const PANEL_GROUP_LABELS: Record<PanelGroup, string> = { review: '评议小组', supervision: '监督小组', finance: '理财小组' }
