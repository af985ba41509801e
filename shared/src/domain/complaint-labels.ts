// One word per complaint category, status, level and escalation reason, used by every screen
// and export (STYLE 16). Beside the state machine (complaint-state.ts); free of zod and of
// any library so client pages import it alone.
export type ComplaintCategory = 'promise' | 'review' | 'accounts' | 'conduct' | 'service' | 'other'
export type ComplaintStatus = 'submitted' | 'accepted' | 'answered' | 'resolved' | 'closed'
export type ComplaintLevel = 'village' | 'township'
export type EscalationReason = 'conflict' | 'overdue' | 'transfer' | 'second-reopen'

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  promise: '承诺未兑现',
  review: '评议不公',
  accounts: '账目疑问',
  conduct: '干部作风',
  service: '服务态度',
  other: '其他',
}

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  submitted: '待受理',
  accepted: '办理中',
  answered: '已答复',
  resolved: '已解决',
  closed: '办结未解决',
}

export const COMPLAINT_LEVEL_LABELS: Record<ComplaintLevel, string> = { village: '村监督小组', township: '镇里' }

export const ESCALATION_LABELS: Record<EscalationReason, string> = {
  conflict: '涉及村干部或监督小组成员，直接交镇里办理',
  overdue: '超过期限未办理，自动交镇里',
  transfer: '监督小组移交镇里',
  'second-reopen': '第二次重新提出，交镇里办理',
}

/** The plain sentence shown before sending, for each choice (issue 8 item 1). */
export const NAMED_NOTE = '实名投诉：办理人能看到您的姓名和户名，答复会发到您的消息里。'
export const ANONYMOUS_NOTE = '匿名投诉：谁也查不出是您投诉的，请记下回执码，凭它查看答复；忘了回执码就无法再查看。'
