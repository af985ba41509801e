// Words and routes for complaints, shared by the resident, panel and township pages.
// PROVISIONAL status labels until the domain's single label table lands.
import type { ComplaintCategory, ComplaintStatus, EscalationReason } from './api'

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  submitted: '待受理',
  accepted: '办理中',
  answered: '已答复',
  resolved: '已解决',
  closed: '未解决办结',
}

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  promise: '承诺未兑现',
  review: '评议不公',
  accounts: '账目疑问',
  conduct: '干部作风',
  service: '服务态度',
  other: '其他',
}

export const ESCALATION_LABELS: Record<EscalationReason, string> = {
  conflict: '涉及村干部或监督小组成员，直接由镇里办理',
  overdue: '村里超期未办，已自动转到镇里',
  transfer: '监督小组转交镇里办理',
  'second-reopen': '第二次重新办理，转到镇里',
}

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
