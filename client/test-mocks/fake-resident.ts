// In-memory documents, enrolment, inbox and record-view handlers for the resident
// subpackage's tests, added to the fake backend so pages see real state changes.
import type { DocumentSummary, EnrolmentView, InboxMessage, ManagementType } from '@chengxin/shared/src/api'
import type { FakeBackend } from './fake-backend'
import { documentDiff } from '@chengxin/shared/src/domain/document-diff'

const DAY = 86400000
export const NOW = Date.now()

export function makeSummary(over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: 'v1:charter:v1', villageId: 'v1', kind: 'charter', version: 1, title: '十字村双诚信双承诺章程', status: 'adopted',
    notice: { days: 7, startsAt: '2026-05-01T02:00:00.000Z', endsAt: '2026-05-07T16:00:00.000Z' },
    vote: { meetingDate: '2026-05-10', for: 46, against: 2, abstain: 3, outcome: 'adopted' },
    adoptedAt: '2026-05-10T02:00:00.000Z', supersededAt: null, updatedAt: '2026-05-10T02:00:00.000Z',
    ...over,
  }
}

export const RULES_V1 = '第一条 遵守法律。\n第四条 保持整洁，垃圾投放到指定地点。\n第九条 表决通过后施行。'
export const RULES_V2 = '第一条 遵守法律。\n第四条 保持整洁，垃圾分类后投放到指定地点。\n第九条 表决通过后施行。'

export interface ResidentState {
  documents: Array<DocumentSummary & { body: string }>
  comments: Array<{ id: string; documentId: string; name: string; text: string; at: string; mine: boolean }>
  managementType: ManagementType
  enrolments: EnrolmentView[]
  inbox: InboxMessage[]
  views: Array<{ at: string; viewerName: string; viewerRole: 'cadre' | 'township' | 'panel' | 'resident'; what: string }>
  grants: Array<{ template: string; answer: string }>
}

export function residentState(): ResidentState {
  const rulesV1 = { ...makeSummary({ id: 'v1:village-rules:v1', kind: 'village-rules', title: '十字村村规民约' }), body: RULES_V1 }
  return {
    documents: [
      { ...makeSummary(), body: '第一章 总则\n第一条 为推进工作，制定本章程。' },
      rulesV1,
      {
        ...makeSummary({
          id: 'v1:village-rules:v2', kind: 'village-rules', version: 2, title: '十字村村规民约（修订稿）', status: 'notice', vote: null, adoptedAt: null,
          notice: { days: 7, startsAt: new Date(NOW - 2 * DAY).toISOString(), endsAt: new Date(NOW + 3 * DAY).toISOString() },
        }),
        body: RULES_V2,
      },
    ],
    comments: [],
    managementType: 'contract',
    enrolments: [],
    inbox: Array.from({ length: 23 }, (_, i) => ({
      id: `r${i}#0#o1`, template: 'commitment-ready', title: `消息${i}`, body: `第${i}条消息的内容`,
      page: i === 0 ? 'packages/resident/pages/enrolment/index' : i === 1 ? '' : 'pages/commitment/index',
      at: new Date(NOW - i * 3600000).toISOString(), readAt: i < 3 ? null : new Date(NOW).toISOString(),
    })),
    views: Array.from({ length: 25 }, (_, i) => ({ at: new Date(NOW - i * DAY).toISOString(), viewerName: i % 2 ? '李桂芳' : '镇办张明', viewerRole: i % 2 ? 'cadre' as const : 'township' as const, what: `查看本户成员名册 #${i}` })),
    grants: [],
  }
}

const page = <T,>(all: T[], input: { limit?: number; offset?: number }) => {
  const limit = input.limit ?? 20; const offset = input.offset ?? 0
  return { items: all.slice(offset, offset + limit), total: all.length, offset, limit }
}

export function installResident(be: FakeBackend, s: ResidentState = residentState()): ResidentState {
  const summary = ({ body: _b, ...d }: ResidentState['documents'][number]) => d
  let seq = 0
  const enrolmentOut = (e: EnrolmentView) => ({ enrolment: e, managementType: s.managementType })
  Object.assign(be.handlers, {
    'document.list': (input: { limit: number; offset: number }) =>
      page(s.documents.filter((d) => d.status === 'adopted' || d.status === 'notice').map(summary), input),
    'document.history': (input: { kind: string; limit: number; offset: number }) =>
      page(s.documents.filter((d) => d.kind === input.kind).sort((x, y) => y.version - x.version).map(summary), input),
    'document.get': (input: { documentId: string }) => {
      const d = s.documents.find((x) => x.id === input.documentId)
      if (!d) return { __error: 'NOT_FOUND' }
      const prev = s.documents.filter((x) => x.kind === d.kind && x.version < d.version && x.status !== 'notice').sort((x, y) => y.version - x.version)[0]
      const own = s.comments.filter((c) => c.documentId === d.id && c.mine)
      return {
        document: { ...summary(d), villageName: '十字村', body: d.body },
        previous: prev ? { id: prev.id, version: prev.version, adoptedAt: prev.adoptedAt } : null,
        changes: documentDiff(prev?.body ?? null, d.body), // the server's own rule, so the fake cannot drift
        comments: { scope: 'own', items: own, total: own.length },
        canComment: d.status === 'notice' && Date.parse(d.notice!.endsAt) > NOW,
      }
    },
    'document.comment': (input: { documentId: string; text: string }) => {
      const c = { id: `cm${++seq}`, documentId: input.documentId, name: be.me.name!, text: input.text, at: new Date(NOW).toISOString(), mine: true }
      s.comments.push(c)
      return { commentId: c.id, documentId: c.documentId, at: c.at }
    },
    'enrolment.mine': () => {
      const current = s.enrolments.find((e) => e.status === 'pending' || e.status === 'approved') ?? null
      const isHead = !!be.me.household?.isHead
      return { managementType: s.managementType, managementSince: null, current, history: s.enrolments, canApply: isHead && !current, canWithdraw: isHead && !!current }
    },
    'enrolment.apply': (input: { category: EnrolmentView['requestedCategory']; statement: string }) => {
      const at = new Date(NOW).toISOString()
      const e: EnrolmentView = {
        id: `e${++seq}`, householdLabel: '王大山户', groupName: '一组', requestedCategory: input.category, statement: input.statement,
        status: 'pending', category: null, reason: null, appliedAt: at, updatedAt: at,
        history: [{ status: 'pending', at, byName: be.me.name!, byRole: 'household-head', category: input.category, reason: null }],
      }
      s.enrolments.unshift(e)
      return enrolmentOut(e)
    },
    'enrolment.withdraw': (input: { enrolmentId: string }) => {
      const e = s.enrolments.find((x) => x.id === input.enrolmentId)!
      const at = new Date(NOW).toISOString()
      e.status = 'withdrawn'
      e.history = [...e.history, { status: 'withdrawn', at, byName: be.me.name!, byRole: 'household-head', category: null, reason: null }]
      s.managementType = 'contract'
      return enrolmentOut(e)
    },
    'inbox.list': (input: { limit: number; offset: number; unreadOnly?: boolean }) => {
      const all = s.inbox.filter((m) => !input.unreadOnly || !m.readAt)
      return { ...page(all, input), unread: s.inbox.filter((m) => !m.readAt).length }
    },
    'inbox.read': (input: { id?: string; all?: true }) => {
      let marked = 0
      for (const m of s.inbox) if (!m.readAt && (input.all || m.id === input.id)) { m.readAt = new Date(NOW).toISOString(); marked++ }
      return { marked, unread: s.inbox.filter((m) => !m.readAt).length }
    },
    'subscription.list': () => ({
      items: ['commitment-complete', 'enrolment-decided', 'document-decided'].map((t) => ({ template: t, label: t, templateId: `tmpl-${t}`, remaining: 0 })),
    }),
    'subscription.grant': (input: { results: Array<{ template: string; answer: string }> }) => {
      s.grants.push(...input.results)
      return { items: input.results.map((r) => ({ template: r.template, remaining: r.answer === 'accept' ? 1 : 0 })) }
    },
    'household.views': (input: { limit: number; offset: number }) => page(s.views, input),
  })
  return s
}
