// PROVISIONAL: mirrors shared/src/api/complaint/complaint.ts of the server branch until its
// schemas are committed; then these become re-exports of those types.
import type { Result } from '@chengxin/shared/src/api/errors'
import { call as callAny } from '../../services/cloud'

export type ComplaintCategory = 'promise' | 'review' | 'accounts' | 'conduct' | 'service' | 'other'
export type ComplaintStatus = 'submitted' | 'accepted' | 'answered' | 'resolved' | 'closed'
export type ComplaintLevel = 'village' | 'township'
export type EscalationReason = 'conflict' | 'overdue' | 'transfer' | 'second-reopen'
export interface PersonChoice { ref: string; name: string; roleLabel: string }
export interface CategoryRule { id: ComplaintCategory; label: string; acceptDays: number; answerDays: number }
export interface Photo { fileId: string; url: string }
export interface ComplaintEvent {
  kind: 'filed' | 'accepted' | 'answer' | 'note' | 'addition' | 'extended' | 'escalated' | 'reopened' | 'rated' | 'resolved' | 'closed'
  day: string
  by: string
  text: string | null
  photos: Photo[]
}
export interface ComplaintCan { accept: boolean; answer: boolean; note: boolean; extend: boolean; close: boolean; escalate: boolean; add: boolean; rate: boolean; reopen: boolean }
export interface ComplaintView {
  id: string
  villageId: string
  villageName: string
  category: ComplaintCategory
  status: ComplaintStatus
  level: ComplaintLevel
  escalation: EscalationReason | null
  anonymous: boolean
  author: { name: string; householdLabel: string } | null
  about: { name: string; roleLabel: string | null } | null
  text: string
  photos: Photo[]
  filedDay: string
  acceptBy: string
  answerBy: string
  overdue: boolean
  extension: { days: number; reason: string } | null
  reopenCount: number
  reopenUntil: string | null
  rating: { stars: number; comment: string } | null
  closeReason: string | null
  events: ComplaintEvent[]
  can: ComplaintCan
}
export interface ComplaintSummary {
  id: string
  villageId: string
  villageName: string
  category: ComplaintCategory
  status: ComplaintStatus
  level: ComplaintLevel
  anonymous: boolean
  excerpt: string
  filedDay: string
  acceptBy: string
  answerBy: string
  overdue: boolean
}
export type Locator = { complaintId: string } | { receipt: string }
export type ComplaintCategoryRule = CategoryRule
export interface FilingToken { period: string; message: string; signature: string }
export interface TokenKey { period: string; n: string; e: number; keyId: string }
interface PageOut<T> { items: T[]; total: number; offset: number; limit: number }
type Change = { complaint: ComplaintView }
type About = { personRef: string } | { name: string } | null
interface Common { category: ComplaintCategory; text: string; photos?: string[]; about?: About }
export interface ComplaintStatsRow {
  month: string
  category: ComplaintCategory
  hidden: boolean
  count: number | null
  byStatus: Partial<Record<ComplaintStatus, number>> | null
  medianDaysToAnswer: number | null
  withinDeadline: number | null
}
export interface ComplaintMineOutput extends PageOut<ComplaintView> {
  filing: { villageName: string; categories: CategoryRule[]; people: PersonChoice[]; namedNote: string; anonymousNote: string }
}
export interface ComplaintListOutput extends PageOut<ComplaintSummary> { desk: 'supervision' | 'township'; overdue: number }
export interface ComplaintStatsOutput { villageId: string; villageName: string; minCell: number; rows: ComplaintStatsRow[] }

interface Actions {
  'complaint.tokens': [{ keyId?: string; blinded?: string[] }, { key: TokenKey; signatures: string[]; remaining: number; perWeek: number }]
  'complaint.file': [(Common & { anonymous: false }) | (Common & { anonymous: true; token: FilingToken }), { complaint: ComplaintView; receipt: string | null }]
  'complaint.follow': [{ receipts: string[] }, { items: Array<{ receipt: string; complaint: ComplaintView }>; unknown: string[] }]
  'complaint.mine': [{ limit?: number; offset?: number }, ComplaintMineOutput]
  'complaint.list': [{ limit?: number; offset?: number; status?: ComplaintStatus | 'open' | 'all'; category?: ComplaintCategory }, ComplaintListOutput]
  'complaint.get': [{ complaintId: string }, ComplaintView]
  'complaint.accept': [{ complaintId: string }, Change]
  'complaint.respond': [
    { as: 'answer' | 'note'; complaintId: string; text: string } | { as: 'addition'; locator: Locator; text: string; photos?: string[] }, Change]
  'complaint.extend': [{ complaintId: string; days: number; reason: string }, Change]
  'complaint.close': [{ complaintId: string; reason: string }, Change]
  'complaint.escalate': [{ complaintId: string; reason: string }, Change]
  'complaint.reopen': [{ locator: Locator; reason: string }, Change]
  'complaint.rate': [{ locator: Locator; stars: number; comment?: string; resolved: boolean }, Change]
  'complaint.stats': [{ villageId?: string; to?: string; months?: number }, ComplaintStatsOutput]
}
export type ComplaintAction = keyof Actions

export function call<A extends ComplaintAction>(action: A, input: Actions[A][0], opts: { requestId?: string } = {}): Promise<Result<Actions[A][1]>> {
  return (callAny as unknown as (a: string, i: unknown, o: object) => Promise<Result<Actions[A][1]>>)(action, input, opts)
}
