import { z } from 'zod'

/**
 * What a notification is about. Each name may have a WeChat subscribe-message template
 * (configured in the notify function); every notification lands in the inbox either way.
 * Actions pass these names to `ctx.notify({ template })`.
 */
export const NotifyTemplate = z.enum([
  'commitment-ready',
  'commitment-countersign-due',
  'commitment-complete',
  'booking-confirmed',
  'booking-reminder',
  'waitlist-offer',
  'no-show-nudge',
  'proof-decided',
  'checkup-due',
  'slot-closed',
  'enrolment-applied',
  'enrolment-withdrawn',
  'enrolment-decided',
  'document-notice',
  'document-decided',
  'complaint-answered',
  'complaint-overdue',
  'review-published',
  'appeal-decided',
  'ledger-pending',
  'ledger-entry',
  'ledger-published',
  'review-opened',
  'review-reminder',
  'review-rating-invite',
])
export type NotifyTemplate = z.infer<typeof NotifyTemplate>

/** Shown beside the "receive WeChat reminders" switches. */
export const NOTIFY_TEMPLATE_LABELS: Record<NotifyTemplate, string> = {
  'commitment-ready': '承诺书待签署',
  'commitment-countersign-due': '承诺书待会签',
  'commitment-complete': '承诺书已生效',
  'booking-confirmed': '检查预约成功',
  'booking-reminder': '检查前提醒',
  'waitlist-offer': '候补空位通知',
  'no-show-nudge': '未到场改约提醒',
  'proof-decided': '异地检查证明审核结果',
  'checkup-due': '本期检查提醒',
  'slot-closed': '检查时段取消',
  'enrolment-applied': '诚信管理新申请',
  'enrolment-withdrawn': '诚信管理申请撤回',
  'enrolment-decided': '诚信管理申请审核结果',
  'document-notice': '村务文件公示',
  'document-decided': '村务文件表决结果',
  'complaint-answered': '投诉已答复',
  'complaint-overdue': '投诉超期提醒',
  'review-published': '评议结果公布',
  'appeal-decided': '申诉处理结果',
  'ledger-pending': '账目待审核',
  'ledger-entry': '涉及本户的账目',
  'ledger-published': '村账季度公示',
  'review-opened': '季度评议开始',
  'review-reminder': '评议打分提醒',
  'review-rating-invite': '邀请评价村里的承诺',
}
