import { spec } from '../spec'
import { ComplaintFileInput, ComplaintFileOutput } from './file.schema'
import { ComplaintTokensInput, ComplaintTokensOutput } from './tokens.schema'
import { ComplaintFollowInput, ComplaintFollowOutput } from './follow.schema'
import { ComplaintMineInput, ComplaintMineOutput } from './mine.schema'
import { ComplaintListInput, ComplaintListOutput } from './list.schema'
import { ComplaintGetInput, ComplaintGetOutput } from './get.schema'
import { ComplaintAcceptInput, ComplaintAcceptOutput, ComplaintCloseInput, ComplaintCloseOutput, ComplaintEscalateInput, ComplaintEscalateOutput, ComplaintExtendInput, ComplaintExtendOutput } from './handle.schema'
import { ComplaintRespondInput, ComplaintRespondOutput } from './respond.schema'
import { ComplaintReopenInput, ComplaintReopenOutput } from './reopen.schema'
import { ComplaintRateInput, ComplaintRateOutput } from './rate.schema'
import { ComplaintStatsInput, ComplaintStatsOutput } from './stats.schema'

const HANDLER = ['NOT_HANDLER', 'NOT_FOUND', 'NOT_IN_VILLAGE', 'COMPLAINT_STATE', 'IDEMPOTENCY_CONFLICT'] as const
const AUTHOR = ['RECEIPT_UNKNOWN', 'NOT_FOUND', 'COMPLAINT_STATE', 'IDEMPOTENCY_CONFLICT'] as const

export const COMPLAINT_ACTIONS = {
  'complaint.tokens': spec({ fn: 'complaint', input: ComplaintTokensInput, output: ComplaintTokensOutput, audience: ['resident'], mutation: true, summary: '领取本周匿名投诉的盲签名凭证（每户每周3张，使用时无法对应到户）', errors: ['TOKENS_USED_UP', 'TOKEN_INVALID', 'IDEMPOTENCY_CONFLICT'] }),
  'complaint.file': spec({ fn: 'complaint', input: ComplaintFileInput, output: ComplaintFileOutput, audience: ['resident'], mutation: true, summary: '村民提交投诉（实名或匿名），交本村监督小组或镇里办理', errors: ['TOKEN_INVALID', 'TOKEN_SPENT', 'PERSON_UNKNOWN', 'CONTENT_UNSAFE', 'PHOTO_INVALID', 'IDEMPOTENCY_CONFLICT'] }),
  'complaint.follow': spec({ fn: 'complaint', input: ComplaintFollowInput, output: ComplaintFollowOutput, audience: ['resident'], mutation: false, summary: '凭回执码查看投诉的办理进度和答复', errors: [] }),
  'complaint.mine': spec({ fn: 'complaint', input: ComplaintMineInput, output: ComplaintMineOutput, audience: ['resident'], mutation: false, summary: '我的实名投诉，以及投诉表单的分类、期限和可选的被投诉人', errors: [] }),
  'complaint.list': spec({ fn: 'complaint', input: ComplaintListInput, output: ComplaintListOutput, audience: ['panel', 'township'], mutation: false, summary: '监督小组或镇里的投诉办理台：超期的在前，可按状态和分类筛选', errors: ['NOT_HANDLER'] }),
  'complaint.get': spec({ fn: 'complaint', input: ComplaintGetInput, output: ComplaintGetOutput, audience: ['panel', 'township'], mutation: false, summary: '办理人查看一件投诉（查看实名投诉会记入投诉人家的查看记录）', errors: ['NOT_HANDLER', 'NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'complaint.accept': spec({ fn: 'complaint', input: ComplaintAcceptInput, output: ComplaintAcceptOutput, audience: ['panel', 'township'], mutation: true, summary: '受理投诉', errors: [...HANDLER] }),
  'complaint.respond': spec({ fn: 'complaint', input: ComplaintRespondInput, output: ComplaintRespondOutput, audience: ['resident', 'panel', 'township'], mutation: true, summary: '办理人答复或写内部备注；投诉人补充情况', errors: [...HANDLER, 'RECEIPT_UNKNOWN', 'CONTENT_UNSAFE', 'PHOTO_INVALID'] }),
  'complaint.extend': spec({ fn: 'complaint', input: ComplaintExtendInput, output: ComplaintExtendOutput, audience: ['panel', 'township'], mutation: true, summary: '说明理由延长答复期限（投诉人可见理由）', errors: [...HANDLER] }),
  'complaint.close': spec({ fn: 'complaint', input: ComplaintCloseInput, output: ComplaintCloseOutput, audience: ['panel', 'township'], mutation: true, summary: '办结未解决，写明原因', errors: [...HANDLER] }),
  'complaint.reopen': spec({ fn: 'complaint', input: ComplaintReopenInput, output: ComplaintReopenOutput, audience: ['resident'], mutation: true, summary: '投诉人答复后7天内重新提出；第二次重新提出交镇里', errors: [...AUTHOR, 'REOPEN_EXPIRED'] }),
  'complaint.rate': spec({ fn: 'complaint', input: ComplaintRateInput, output: ComplaintRateOutput, audience: ['resident'], mutation: true, summary: '投诉人评价答复（1–5星）并确认是否已解决', errors: [...AUTHOR] }),
  'complaint.escalate': spec({ fn: 'complaint', input: ComplaintEscalateInput, output: ComplaintEscalateOutput, audience: ['panel'], mutation: true, summary: '监督小组把投诉移交镇里办理', errors: [...HANDLER] }),
  'complaint.stats': spec({ fn: 'complaint', input: ComplaintStatsInput, output: ComplaintStatsOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '投诉公开统计：按月份和分类的件数、答复用时中位数、按期答复比例（不足3件不显示）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
} as const
