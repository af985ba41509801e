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
  ALREADY_BOUND: '您已经绑定了这个身份',
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
  IDEMPOTENCY_CONFLICT: '重复提交的内容不一致，请刷新后重试',
  INTERNAL: '服务暂时不可用，请稍后重试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[]

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
