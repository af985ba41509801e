// Complaint answers for component tests, passed through the actions' own schemas so the fake
// cannot drift from the contract.
import { ComplaintFollowOutput, ComplaintListOutput, ComplaintMineOutput, ComplaintStatsOutput, ComplaintView, type ComplaintSummary } from '@chengxin/shared/src/api'

const CAN = { accept: false, answer: false, note: false, extend: false, close: false, escalate: false, add: false, rate: false, reopen: false }

export type ComplaintOver = Omit<Partial<ComplaintView>, 'can'> & { can?: Partial<ComplaintView['can']> }

export function complaint(over: ComplaintOver = {}): ComplaintView {
  const { can, ...rest } = over
  return ComplaintView.parse({
    id: 'cp-1', villageId: 'v1', villageName: '十字村', category: 'promise', status: 'submitted', level: 'village',
    escalation: null, anonymous: false, author: { name: '王大山', householdLabel: '王大山户' }, about: null,
    text: '去年承诺的路灯还没有修好', photos: [], filedDay: '2026-11-20', acceptBy: '2026-11-22', answerBy: '2026-12-05',
    overdue: false, extension: null, reopenCount: 0, reopenUntil: null, rating: null, closeReason: null,
    events: [{ kind: 'filed', day: '2026-11-20', by: '投诉人', text: null, photos: [] }],
    ...rest,
    can: { ...CAN, ...can },
  })
}

export const summary = (c: ComplaintView): ComplaintSummary => ({
  id: c.id, villageId: c.villageId, villageName: c.villageName, category: c.category, status: c.status, level: c.level,
  anonymous: c.anonymous, excerpt: c.text.slice(0, 40), filedDay: c.filedDay, acceptBy: c.acceptBy, answerBy: c.answerBy, overdue: c.overdue,
})

export const FILING = {
  villageName: '十字村',
  categories: [
    { id: 'promise', label: '承诺未兑现', acceptDays: 2, answerDays: 15 },
    { id: 'conduct', label: '干部作风', acceptDays: 2, answerDays: 15 },
  ],
  people: [{ ref: 'p-cadre', name: '李村长', roleLabel: '村专干' }, { ref: 'p-sup', name: '赵监督', roleLabel: '监督小组成员' }],
  namedNote: '实名投诉：办理人能看到您的姓名和户名，答复会发到您的消息里。',
  anonymousNote: '匿名投诉：谁也查不出是您投诉的，请记下回执码，凭它查看答复；忘了回执码就无法再查看。',
}

export const mine = (items: ComplaintView[]) => ComplaintMineOutput.parse({ items, total: items.length, offset: 0, limit: 20, filing: FILING })
export const follow = (items: Array<{ receipt: string; complaint: ComplaintView }>, unknown: string[] = []) => ComplaintFollowOutput.parse({ items, unknown })
export const list = (items: ComplaintView[], over: object = {}) =>
  ComplaintListOutput.parse({ items: items.map(summary), total: items.length, offset: 0, limit: 20, desk: 'supervision', overdue: items.filter((c) => c.overdue).length, ...over })
export const stats = (rows: object[]) => ComplaintStatsOutput.parse({ villageId: 'v1', villageName: '十字村', minCell: 3, rows })
