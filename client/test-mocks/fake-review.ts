// Quarterly-review answers for component tests, built through the actions' own schemas so a
// fake cannot drift from the contract (STYLE 15).
import { AppealView, HouseholdResult, MemberConflicts, RoundView, type RubricItem } from '@chengxin/shared/src/api'
import { ROUND_STATUS_LABELS, SCORE_DESCRIPTORS, type RoundStatus } from '@chengxin/shared/src/domain/review-labels'

const item = (id: string, side: 'household' | 'village', text: string): RubricItem => ({ id, side, text, descriptors: [...SCORE_DESCRIPTORS] })
export const RUBRIC = {
  templateVersion: 2,
  householdItems: [item('h-1', 'household', '按约参加免费健康服务'), item('h-2', 'household', '遵守村规民约')],
  villageItems: [item('v-1', 'village', '按时兑现奖励优惠待遇'), item('v-2', 'village', '公开村务')],
}

export function makeRound(status: RoundStatus = 'open', over: Partial<RoundView> = {}): RoundView {
  const published = status === 'published' || status === 'final'
  return RoundView.parse({
    id: 'v1:2026Q4', villageId: 'v1', villageName: '十字村', quarter: '2026Q4', status, statusLabel: ROUND_STATUS_LABELS[status],
    settings: { quorum: 3, noticeDays: 7, appealDays: 7 }, rubric: RUBRIC,
    openedAt: '2026-11-20T02:00:00.000Z', openedBy: '李村专干',
    closedAt: status === 'open' ? null : '2026-11-25T02:00:00.000Z',
    publishedAt: published ? '2026-11-26T02:00:00.000Z' : null,
    noticeEndsAt: published ? '2026-12-03T02:00:00.000Z' : null,
    appealEndsAt: published ? '2026-12-03T02:00:00.000Z' : null,
    close: status === 'open' ? null : { processed: 0, total: 0 },
    canScore: false, canSupervise: false, canManage: false,
    ...over,
  })
}

export function makeResult(over: Partial<HouseholdResult> = {}): HouseholdResult {
  return HouseholdResult.parse({
    householdId: 'h1', householdLabel: '王大山户', groupName: '一组', outcome: 'fulfilled', outcomeLabel: '诚信户',
    total: 5.5, maxTotal: 8, scorers: 5, version: 1, helper: null,
    items: [{ itemId: 'h-1', text: '按约参加免费健康服务', median: 3 }, { itemId: 'h-2', text: '遵守村规民约', median: 2.5 }],
    ...over,
  })
}

export function makeConflicts(over: Partial<MemberConflicts> = {}): MemberConflicts {
  return MemberConflicts.parse({
    memberName: '赵评议', conflicts: [{ householdId: 'h9', householdLabel: '赵评议户', groupName: '一组', kind: 'own' }],
    declaredAt: null, declarations: [], recusals: [], ...over,
  })
}

export function makeAppeal(over: Partial<AppealView> = {}): AppealView {
  return AppealView.parse({
    id: 'v1:2026Q4#h1', roundId: 'v1:2026Q4', householdId: 'h1', householdLabel: '王大山户', reason: '已按约参加体检，有记录',
    status: 'pending', statusLabel: '待监督小组处理', filedAt: '2026-11-27T02:00:00.000Z', decisionReason: null, decidedAt: null, decidedBy: null,
    fromOutcome: 'support', toOutcome: null, canDecide: true, ...over,
  })
}
