// Our notification names → WeChat subscribe-message templates. The template ids are chosen
// in the mini-program admin console (订阅消息 → 公共模板库) and given to the function as
// environment variables, e.g. TMPL_BOOKING_CONFIRMED; locally they are placeholders.
// Each WeChat template names its own keyword fields: check them when choosing a template.
import { NotifyTemplate } from '@chengxin/shared/src/api/notify/templates'
import { formatInstant } from '@chengxin/shared/src/domain/dates'

type Source = 'title' | 'body' | 'at'
type Fields = Record<string, Source>

const STANDARD: Fields = { thing1: 'title', thing2: 'body', time3: 'at' }

const FIELDS: Record<NotifyTemplate, Fields> = {
  'commitment-ready': STANDARD,
  'commitment-countersign-due': STANDARD,
  'commitment-complete': STANDARD,
  'booking-confirmed': STANDARD,
  'booking-reminder': STANDARD,
  'waitlist-offer': STANDARD,
  'no-show-nudge': STANDARD,
  'proof-decided': STANDARD,
  'checkup-due': STANDARD,
  'slot-closed': STANDARD,
  'enrolment-applied': STANDARD,
  'enrolment-withdrawn': STANDARD,
  'enrolment-decided': STANDARD,
  'document-notice': STANDARD,
  'document-decided': STANDARD,
  'complaint-answered': STANDARD,
  'complaint-overdue': STANDARD,
  'review-published': STANDARD,
  'appeal-decided': STANDARD,
  'ledger-pending': STANDARD,
  'ledger-entry': STANDARD,
  'ledger-published': STANDARD,
  'review-opened': STANDARD,
  'review-reminder': STANDARD,
  'review-rating-invite': STANDARD,
  'complaint-new': STANDARD,
  'complaint-reopened': STANDARD,
  'complaint-escalated': STANDARD,
  'assessment-opened': STANDARD,
  'assessment-scored': STANDARD,
  'report-monthly': STANDARD,
}

export interface Message {
  title: string
  body: string
  at: Date
}

export function templateId(name: NotifyTemplate): string {
  return process.env[`TMPL_${name.toUpperCase().replace(/-/g, '_')}`] || `local-${name}`
}

/** WeChat's 'developer' | 'trial' | 'formal': which build a tap on the message opens. */
export function miniprogramState(): string {
  return process.env.MINIPROGRAM_STATE || 'formal'
}

// WeChat rejects the whole message (47003) when a value breaks its keyword's rule.
function value(field: string, text: string): string {
  if (field.startsWith('time') || field.startsWith('date')) return text
  const max = field.startsWith('phrase') ? 5 : 20
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** The subscribe message for `name`, or null for a name WeChat has no template for. */
export function subscribeMessage(name: string, m: Message): { templateId: string; data: Record<string, { value: string }> } | null {
  const parsed = NotifyTemplate.safeParse(name)
  if (!parsed.success) return null
  const source: Record<Source, string> = { title: m.title, body: m.body, at: formatInstant(m.at) }
  const data = Object.fromEntries(Object.entries(FIELDS[parsed.data]).map(([field, from]) => [field, { value: value(field, source[from]) }]))
  return { templateId: templateId(parsed.data), data }
}

export function hasTemplate(name: string): boolean {
  return NotifyTemplate.safeParse(name).success
}
