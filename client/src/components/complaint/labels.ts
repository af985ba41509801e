// Words and routes for complaints, shared by the resident, panel and township pages. The labels
// are the domain's single table (shared/src/domain/complaint-labels.ts), not copies.
export {
  ANONYMOUS_NOTE, COMPLAINT_CATEGORY_LABELS, COMPLAINT_LEVEL_LABELS, COMPLAINT_STATUS_LABELS, ESCALATION_LABELS, NAMED_NOTE,
} from '@chengxin/shared/src/domain/complaint-labels'

export const COMPLAINT_PAGES = {
  list: '/packages/resident/pages/complaints/index',
  file: '/packages/resident/pages/complaint-file/index',
  detail: '/packages/resident/pages/complaint/index',
  stats: '/packages/resident/pages/complaint-stats/index',
  panelList: '/packages/panel/pages/complaints/index',
  panelDetail: '/packages/panel/pages/complaint/index',
  townshipList: '/packages/township/pages/complaints/index',
  townshipDetail: '/packages/township/pages/complaint/index',
} as const
