// Chinese names for the enums the cadre pages show. Not imported from the schemas, whose
// runtime modules would pull zod into the bundle; the words residents also see come from
// the main package's resident-labels so both sides name things alike.
import type { EnrolmentCategory, PanelGroup } from '@chengxin/shared/src/api'
import { KIND_LABELS, KIND_ORDER, MANAGEMENT_LABELS } from '../../../components/resident-labels'

export { MANAGEMENT_LABELS }
export const CATEGORIES: EnrolmentCategory[] = ['recognised', 'committed', 'behavioural']

export { ENROLMENT_STATUS_LABELS } from '@chengxin/shared/src/domain/enrolment-state'

export const DOCUMENT_KINDS = KIND_ORDER
export const DOCUMENT_KIND_LABELS = KIND_LABELS
export { DOCUMENT_STATUS_LABELS } from '@chengxin/shared/src/domain/document-labels'

export const PANEL_GROUPS: PanelGroup[] = ['review', 'supervision', 'finance']
export const PANEL_GROUP_LABELS: Record<PanelGroup, string> = { review: '评议小组', supervision: '监督小组', finance: '理财小组' }
