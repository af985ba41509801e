// One word per booking and remote-proof status, used by residents', cadres' and the
// township's screens alike. Beside the check-up rules (checkup-slots.ts, proof-rules.ts),
// without their dayjs, so client pages import it alone.
export type BookingState = 'booked' | 'cancelled' | 'attended' | 'no-show'
export type ProofState = 'pending' | 'verified' | 'rejected'

export const BOOKING_STATUS_LABELS: Record<BookingState, string> = {
  booked: '已预约',
  cancelled: '已取消',
  attended: '已到场',
  'no-show': '未到场',
}

export const PROOF_STATUS_LABELS: Record<ProofState, string> = {
  pending: '待审核',
  verified: '已认可',
  rejected: '未通过',
}
