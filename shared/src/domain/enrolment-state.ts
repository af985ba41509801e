// Integrity management enrolment (诚信管理申请). Pure: the cloud function asks whether an
// event is allowed and what the household's management type becomes, then writes
// conditionally on the old state.

export type EnrolmentCategory = 'recognised' | 'committed' | 'behavioural'
/** How a household is managed: under contract (协议) unless an approved enrolment says otherwise. */
export type ManagementType = 'contract' | EnrolmentCategory
export type EnrolmentState = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'revoked'
export type EnrolmentEvent = 'approve' | 'reject' | 'withdraw' | 'revoke'

const TRANSITIONS: Record<EnrolmentState, Partial<Record<EnrolmentEvent, EnrolmentState>>> = {
  pending: { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  // Joining is voluntary: an enrolled household can leave on its own, the village only with a reason.
  approved: { withdraw: 'withdrawn', revoke: 'revoked' },
  rejected: {},
  withdrawn: {},
  revoked: {},
}

/** The state after `event`, or null when the event is not allowed in `state`. */
export function nextEnrolmentState(state: EnrolmentState, event: EnrolmentEvent): EnrolmentState | null {
  return TRANSITIONS[state][event] ?? null
}

/** A pending or approved application blocks a new one: one application in force per household. */
export function isOpen(state: EnrolmentState): boolean {
  return state === 'pending' || state === 'approved'
}

export interface ManagementChange {
  managementType: ManagementType
  /** The application that put the household under this type; null under contract. */
  managementEnrolmentId: string | null
}

/**
 * What the household's management must become after an application reached `app.status`,
 * or null when it already matches. Only the application that put the household under
 * integrity management can return it to contract, so a stale one never undoes a newer one.
 * Applying it again after a retry changes nothing, which keeps a retried decision convergent.
 */
export function managementAfter(
  app: { id: string; status: EnrolmentState; category: EnrolmentCategory | null },
  household: { managementType: ManagementType; managementEnrolmentId?: string | null },
): ManagementChange | null {
  const ours = household.managementEnrolmentId === app.id
  if (app.status === 'approved' && app.category) {
    return ours && household.managementType === app.category ? null : { managementType: app.category, managementEnrolmentId: app.id }
  }
  if ((app.status === 'withdrawn' || app.status === 'revoked') && ours) {
    return { managementType: 'contract', managementEnrolmentId: null }
  }
  return null
}

export const CATEGORY_LABELS: Record<ManagementType, string> = {
  contract: '协议管理',
  recognised: '公认诚信',
  committed: '承诺诚信',
  behavioural: '行为诚信',
}

/** The one word for each state, on every screen and export (residents and cadres alike). */
export const ENROLMENT_STATUS_LABELS: Record<EnrolmentState, string> = {
  pending: '待村里审核',
  approved: '已批准',
  rejected: '未获批准',
  withdrawn: '已撤回',
  revoked: '已被村里取消',
}
