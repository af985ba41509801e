// The closed set of error codes an action may return, each with the plain Chinese message
// a villager sees. Nothing else reaches the client: unknown failures become INTERNAL.
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容有误，请检查后再提交',
  UNKNOWN_ACTION: '暂不支持这个操作，请升级小程序',
  NOT_SIGNED_IN: '请先用邀请码绑定身份',
  FORBIDDEN_ROLE: '您没有进行这个操作的权限',
  NOT_IN_VILLAGE: '不能查看或办理其他村的事务',
  NOT_FOUND: '没有找到这条记录',
  INVITE_INVALID: '邀请码不正确或已过期，请向村里重新索取',
  INVITE_USED: '这个邀请码已经用过了',
  ALREADY_BOUND: '这个微信已经绑定了别的身份，不能用这个邀请码。邀请码没有用掉，请交给本人绑定',
  ALREADY_HELD: '您已经有这个身份了，不用再绑定',
  CONFIRM_ADD_ROLE: '这个邀请码会给您增加一个身份，您原来的身份和姓名不变，请确认后再绑定',
  NOT_HOUSEHOLD_HEAD: '只有户主可以办理本户的这项事务',
  COMMITMENT_STATE: '承诺书当前的状态不能进行这个操作',
  CONTENT_CHANGED: '承诺书内容已更新，请重新阅读后再签署',
  CONTENT_MISMATCH: '承诺书内容校验不一致，已停止签署，请联系村里核实',
  VERSION_CONFLICT: '内容刚被他人更新，请刷新后再试',
  ENROLMENT_OPEN: '本户已有在办理中的申请或已纳入诚信管理，不能重复申请',
  ENROLMENT_STATE: '申请当前的状态不能进行这个操作',
  DOCUMENT_STATE: '文件当前的状态不能进行这个操作，请刷新后再试',
  NOTICE_NOT_ENDED: '公示期还没有结束，期满后才能登记表决结果',
  NOTICE_CLOSED: '这份文件不在公示期内，不能再提意见',
  VOTE_MISMATCH: '表决结果与票数不符：赞成票多于反对票才算通过',
  HOUSEHOLD_ARCHIVED: '这一户已经归档，不能再修改或邀请',
  MEMBER_BOUND: '这位成员已经绑定了微信，不能删除或重复邀请',
  MEMBER_NOT_BOUND: '这位成员还没有绑定微信，请先发邀请码',
  NOT_WORKING_AWAY: '这位家庭成员没有登记在外务工，请到村里预约检查',
  PROOF_PENDING: '这位成员已有待村里审核的证明，请等审核后再提交',
  PROOF_STATE: '证明当前的状态不能进行这个操作，请刷新后再试',
  PHOTO_INVALID: '证明照片无效或已失效，请重新拍照上传',
  SLOT_FULL: '这个时段已经约满了，可以选择排队候补或换一个时段',
  SLOT_CLOSED: '这个时段已结束或已停止预约，请换一个时段',
  ALREADY_BOOKED: '这位成员本期已经预约过或已完成检查，不能重复预约',
  BOOKING_STATE: '预约当前的状态不能进行这个操作，请刷新后再试',
  BOOKING_BUSY: '刚刚改过这个预约，请一分钟后再试',
  CANCEL_TOO_LATE: '离检查开始太近，已不能在线取消或改约，请联系村里',
  NOT_SAME_PERIOD: '只能改到同一计划期内的时段',
  OFFER_EXPIRED: '候补空位已过期或已让给下一位',
  WAITLIST_STATE: '候补当前的状态不能进行这个操作，请刷新后再试',
  ATTENDANCE_TOO_EARLY: '检查当天才能登记是否到场',
  SITE_INACTIVE: '这个检查点已停用，请选择其他检查点',
  NOT_FINANCE_MEMBER: '只有本村理财小组成员可以登记、审核和公示账目',
  LEDGER_ITEM_UNKNOWN: '本村承诺书里没有这一项，请重新选择承诺事项',
  LEDGER_SAME_PERSON: '登记人不能审核自己登记的账目，请由另一名理财小组成员审核',
  LEDGER_OWN_HOUSEHOLD: '这笔账涉及您自己家，请由其他理财小组成员审核',
  LEDGER_STATE: '这笔账已经审核过了，不能再改；如有错误请登记冲正',
  LEDGER_NOT_REVERSIBLE: '只能冲正已入账的账目，冲正记录本身不能再冲正',
  LEDGER_REVERSED: '这笔账已经冲正过或正在冲正中',
  LEDGER_QUARTER: '这个季度还没有开始，不能公示',
  NOT_REVIEW_MEMBER: '只有本村评议小组成员可以评分',
  NOT_SUPERVISION_MEMBER: '只有本村监督小组成员可以查看回避申报和处理申诉',
  REVIEW_EXISTS: '本村这个季度已经开启过评议，每季度只评议一次',
  REVIEW_NO_TEMPLATE: '本村还没有发布双向承诺书，不能生成评议细则',
  REVIEW_QUARTER: '只能开启本季度或上一季度的评议',
  REVIEW_STATE: '评议当前的阶段不能进行这个操作，请刷新后再试',
  REVIEW_CONFLICT: '这一户是您本户或申报回避的亲属户，您不能评议或处理',
  REVIEW_DECLARE_FIRST: '请先申报需要回避的亲属户（没有也请确认），再开始评分',
  REVIEW_ITEMS: '评分项目与评议细则不符，请逐项打0到4分',
  REVIEW_UNSCORED: '本组还有标记了但没有逐项打分的农户，请先打分再确认',
  REVIEW_ALREADY_RATED: '本户这一轮已经评价过村里了，每户一次',
  REVIEW_APPEAL_CLOSED: '申诉期已过，不能再申诉',
  REVIEW_APPEAL_EXISTS: '本户这一轮已经提出过申诉，请等待监督小组处理',
  REVIEW_APPEAL_DECIDED: '这条申诉已经处理过了',
  REVIEW_NO_RESULT: '本户这一轮没有评议结果，不能申诉',
  NOT_HANDLER: '这件投诉不归您办理',
  COMPLAINT_STATE: '投诉当前的状态不能进行这个操作，请刷新后再试',
  TOKEN_INVALID: '匿名投诉凭证无效或已过期，请重新打开投诉页面后再提交',
  TOKEN_SPENT: '这张匿名投诉凭证已经用过了，请换一张',
  TOKENS_USED_UP: '本周的匿名投诉凭证已经领完，下周再来；也可以实名投诉',
  RECEIPT_UNKNOWN: '没有找到这个回执码对应的投诉，请核对后再输入',
  REOPEN_EXPIRED: '答复已超过7天，不能再重新提出；可以另提一件投诉',
  PERSON_UNKNOWN: '没有找到所选的人员，请重新选择或直接填写姓名',
  CONTENT_UNSAFE: '内容或照片未通过安全检查，请修改后再提交',
  ASSESSMENT_EXISTS: '这个季度的六好考评已经开启过了',
  ASSESSMENT_QUARTER: '只能开启本季度或上一季度的考评',
  ASSESSMENT_NOT_OPEN: '这个季度的考评还没有开启',
  ASSESSMENT_SUBMITTED: '这个村本季度的考评已经提交，不能再修改',
  ASSESSMENT_GOODS: '六好每一项都要打分，而且每项只能打一次',
  IDEMPOTENCY_CONFLICT: '重复提交的内容不一致，请刷新后重试',
  REQUEST_IN_PROGRESS: '上一次提交还在处理中，请稍等片刻再试',
  INTERNAL: '服务暂时不可用，请稍后重试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[]

/**
 * The codes a plain retry can fix: the service or network failed, the first try is still
 * running, or someone changed the record a moment ago. Every other code is an answer
 * (a refusal, a state, bad input) that the same request gets again, so no 重试 is offered.
 */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INTERNAL', 'REQUEST_IN_PROGRESS', 'VERSION_CONFLICT', 'BOOKING_BUSY'])

export const isRetryable = (code: ErrorCode): boolean => RETRYABLE_CODES.has(code)

export interface ActionError {
  code: ErrorCode
  message: string
  /** Field-level detail for INVALID_INPUT, e.g. `{ code: '邀请码应为8位' }`. */
  fields?: Record<string, string>
}

/** The envelope every cloud function returns. Nothing is thrown to the client. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ActionError }

export function errorOf(code: ErrorCode, fields?: ActionError['fields']): ActionError {
  return fields ? { code, message: ERROR_MESSAGES[code], fields } : { code, message: ERROR_MESSAGES[code] }
}
