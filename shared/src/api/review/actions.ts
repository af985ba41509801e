import { spec } from '../spec'
import { ReviewOpenInput, ReviewOpenOutput } from './open.schema'
import { ReviewRubricInput, ReviewRubricOutput } from './rubric.schema'
import { ReviewDeclareConflictInput, ReviewDeclareConflictOutput } from './declare-conflict.schema'
import { ReviewQueueInput, ReviewQueueOutput } from './queue.schema'
import { ReviewScoreInput, ReviewScoreOutput } from './score.schema'
import { ReviewConfirmGroupInput, ReviewConfirmGroupOutput } from './confirm-group.schema'
import { ReviewCloseInput, ReviewCloseOutput } from './close.schema'
import { ReviewPublishInput, ReviewPublishOutput } from './publish.schema'
import { ReviewResultsInput, ReviewResultsOutput } from './results.schema'
import { ReviewMineInput, ReviewMineOutput } from './mine.schema'
import { ReviewAppealInput, ReviewAppealOutput } from './appeal.schema'
import { ReviewDecideAppealInput, ReviewDecideAppealOutput } from './decide-appeal.schema'
import { VillageRateInput, VillageRateOutput } from './rate.schema'
import { ReviewHistoryInput, ReviewHistoryOutput } from './history.schema'

const ROUND = ['NOT_FOUND', 'NOT_IN_VILLAGE'] as const
const SCORER = ['NOT_REVIEW_MEMBER', 'REVIEW_STATE', ...ROUND] as const

export const REVIEW_ACTIONS = {
  'review.open': spec({ fn: 'review', input: ReviewOpenInput, output: ReviewOpenOutput, audience: ['cadre'], mutation: true, summary: '村专干开启本村一个季度的评议：按现行承诺书生成评议细则（双方各项，0–4分），通知评议小组和各户', errors: ['REVIEW_EXISTS', 'REVIEW_NO_TEMPLATE', 'REVIEW_QUARTER', 'REVIEW_ITEMS', 'NOT_IN_VILLAGE', 'IDEMPOTENCY_CONFLICT'] }),
  'review.rubric': spec({ fn: 'review', input: ReviewRubricInput, output: ReviewRubricOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '本村的评议轮次和评议细则（不含任何评分）；村专干还能看到按现行承诺书生成的草案', errors: [...ROUND] }),
  'review.declareConflict': spec({ fn: 'review', input: ReviewDeclareConflictInput, output: ReviewDeclareConflictOutput, audience: ['panel'], mutation: true, summary: '评议小组成员申报需回避的亲属户（本户自动回避），评分前必须申报', errors: [...SCORER, 'IDEMPOTENCY_CONFLICT'] }),
  'review.queue': spec({ fn: 'review', input: ReviewQueueInput, output: ReviewQueueOutput, audience: ['panel', 'cadre'], mutation: false, summary: '评议小组成员按村民小组逐组评议的进度和本组农户（只含本人的标记和评分）；监督小组查看各成员的回避申报', errors: ['NOT_REVIEW_MEMBER', 'NOT_SUPERVISION_MEMBER', ...ROUND] }),
  'review.score': spec({ fn: 'review', input: ReviewScoreInput, output: ReviewScoreOutput, audience: ['panel'], mutation: true, summary: '评议小组成员标记一户（需讨论/推荐示范）并逐项打分，或给村里的承诺逐项打分', errors: [...SCORER, 'REVIEW_CONFLICT', 'REVIEW_DECLARE_FIRST', 'REVIEW_ITEMS', 'IDEMPOTENCY_CONFLICT'] }),
  'review.confirmGroup': spec({ fn: 'review', input: ReviewConfirmGroupInput, output: ReviewConfirmGroupOutput, audience: ['panel'], mutation: true, summary: '评议小组成员确认一个村民小组：未标记的农户计为本人评“做到了”', errors: [...SCORER, 'REVIEW_DECLARE_FIRST', 'REVIEW_UNSCORED', 'IDEMPOTENCY_CONFLICT'] }),
  'review.close': spec({ fn: 'review', input: ReviewCloseInput, output: ReviewCloseOutput, audience: ['cadre'], mutation: true, summary: '村专干结束评议并分批计算每户结果（中位数、法定人数），可反复调用直到完成', errors: ['REVIEW_STATE', ...ROUND, 'IDEMPOTENCY_CONFLICT'] }),
  'review.publish': spec({ fn: 'review', input: ReviewPublishInput, output: ReviewPublishOutput, audience: ['cadre'], mutation: true, summary: '村专干公示评议结果，开始公示期和申诉期，通知各户', errors: ['REVIEW_STATE', ...ROUND, 'IDEMPOTENCY_CONFLICT'] }),
  'review.results': spec({ fn: 'review', input: ReviewResultsInput, output: ReviewResultsOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '评议结果：公示（各类户数、同意公开的户名、村里的结果）、各户结果（评议后，回避户不显示）、申诉', errors: ['REVIEW_STATE', 'NOT_REVIEW_MEMBER', 'NOT_SUPERVISION_MEMBER', ...ROUND] }),
  'review.mine': spec({ fn: 'review', input: ReviewMineInput, output: ReviewMineOutput, audience: ['resident'], mutation: false, summary: '本户在本轮的评议结果（各项中位数，不显示谁打了几分）、对村里的评价和申诉', errors: [...ROUND] }),
  'review.appeal': spec({ fn: 'review', input: ReviewAppealInput, output: ReviewAppealOutput, audience: ['resident'], mutation: true, summary: '户主在公示期内对本户评议结果提出申诉，说明理由', errors: ['REVIEW_STATE', 'REVIEW_APPEAL_CLOSED', 'REVIEW_APPEAL_EXISTS', 'REVIEW_NO_RESULT', ...ROUND, 'IDEMPOTENCY_CONFLICT'] }),
  'review.decideAppeal': spec({ fn: 'review', input: ReviewDecideAppealInput, output: ReviewDecideAppealOutput, audience: ['panel'], mutation: true, summary: '监督小组处理申诉：维持或改正结果（改正产生新版本，旧版本保留），通知该户', errors: ['NOT_SUPERVISION_MEMBER', 'REVIEW_CONFLICT', 'REVIEW_APPEAL_DECIDED', ...ROUND, 'IDEMPOTENCY_CONFLICT'] }),
  'village.rate': spec({ fn: 'review', input: VillageRateInput, output: VillageRateOutput, audience: ['resident'], mutation: true, summary: '评议期间每户对村里的承诺逐项评价（0–4分），可附意见，每户一次', errors: ['REVIEW_STATE', 'REVIEW_ALREADY_RATED', 'REVIEW_ITEMS', ...ROUND, 'IDEMPOTENCY_CONFLICT'] }),
  'review.history': spec({ fn: 'review', input: ReviewHistoryInput, output: ReviewHistoryOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '历次评议：本户每季度的结果；本村各项承诺的变化趋势', errors: [...ROUND] }),
} as const
