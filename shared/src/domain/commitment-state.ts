// The signing state machine of one household's commitment instance. Pure: the cloud
// function asks it whether an event is allowed, then writes conditionally on the old state.

export type CommitmentState = 'awaiting-household' | 'awaiting-village' | 'complete' | 'superseded'
export type CommitmentEvent = 'household-sign' | 'village-sign' | 'supersede'

const TRANSITIONS: Record<CommitmentState, Partial<Record<CommitmentEvent, CommitmentState>>> = {
  'awaiting-household': { 'household-sign': 'awaiting-village', supersede: 'superseded' },
  'awaiting-village': { 'village-sign': 'complete', supersede: 'superseded' },
  complete: { supersede: 'superseded' },
  superseded: {},
}

/** The state after `event`, or null when the event is not allowed in `state`. */
export function nextState(state: CommitmentState, event: CommitmentEvent): CommitmentState | null {
  return TRANSITIONS[state][event] ?? null
}

/** The one word for each state, on every screen and export (residents and cadres alike). */
export const COMMITMENT_STATUS_LABELS: Record<CommitmentState, string> = {
  'awaiting-household': '待户主签署',
  'awaiting-village': '待村里会签',
  complete: '双方已签署',
  superseded: '已被新版本替代',
}
