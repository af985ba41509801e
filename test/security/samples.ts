// One sample input per action, built from the target household's seed ids (targets.ts): the
// matrix sends it for each scope, the property tests start their mutations from it. Typed
// by the action's input schema, and complete by construction (one row per ACTIONS entry).
import type { ActionName, ErrorCode, InputOf } from '../../shared/src/api'
import type { Target } from './targets'
import { businessQuarter } from '../../shared/src/domain/dates'

export interface Me {
  /** A certificate photo already uploaded to the caller's own folder. */
  photo(): string
}

type Build<A extends ActionName> = (t: Target, me: Me) => InputOf<A>
export interface SampleRow<A extends ActionName> {
  build: Build<A> | { variants: Record<string, Build<A>> }
  /**
   * When an allowed caller cannot get `ok` from the seeded state, the code it gets instead:
   * proof that the call passed the access checks and stopped at a rule of the action itself.
   */
  allowed?: ErrorCode
}

const row = <A extends ActionName>(build: SampleRow<A>['build'], allowed?: ErrorCode): SampleRow<A> => ({ build, allowed })
const MEMBER = [{ name: '张新', relation: '户主', isHead: true }]
const SIX_GOODS = (['organisation', 'rules', 'openness', 'service', 'family', 'civility'] as const).map((key) => ({ key, score: 8, comment: '' }))
const FUTURE_DAY = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10)

export const SAMPLES: { [A in ActionName]: SampleRow<A> } = {
  'account.whoami': row(() => ({})),
  'invite.redeem': row((t) => ({ code: t.inviteCode, privacyVersion: '2026-11' })),
  'invite.create': row({
    variants: {
      cadre: (t) => ({ kind: 'cadre', villageId: t.villageId, name: '新任村专干' }),
      member: (t) => ({ kind: 'member', householdId: t.householdId, memberId: t.member(3) }),
    },
  }),
  'invite.list': row((t) => ({ villageId: t.villageId })),
  'panel.assign': row((t) => ({ householdId: t.householdId, memberId: t.boundMemberId, groups: ['finance'] })),
  'panel.list': row(() => ({})),

  'household.list': row((t) => ({ villageId: t.villageId })),
  'household.get': row((t) => ({ householdId: t.householdId })),
  'household.create': row((t) => ({ groupId: t.groupId, label: '张新户', members: MEMBER })),
  'household.update': row((t) => ({ householdId: t.householdId, label: '改名户' })),
  'household.archive': row((t) => ({ householdId: t.householdId, reason: '全家迁出本村' })),
  'household.views': row(() => ({})),
  'household.consent': row(() => ({ ledgerNamed: true })),

  'commitment.mine': row(() => ({})),
  'commitment.sign': row((t) => ({ commitmentId: t.commitmentId, contentHash: t.contentHash })),
  'commitment.list': row(() => ({})),
  'commitment.get': row((t) => ({ commitmentId: t.commitmentId })),
  'commitment.countersign': row((t) => ({ commitmentId: t.countersignId, contentHash: t.contentHash })),
  'commitment.template.get': row(() => ({})),
  'commitment.template.publish': row(() => ({ title: '双向承诺书', villageItems: [{ text: '按时公开村务' }], householdItems: [{ text: '按约参加检查' }] })),
  'commitment.stats': row((t) => ({ villageId: t.villageId })),

  'inbox.list': row(() => ({})),
  'inbox.read': row(() => ({ all: true })),
  'subscription.list': row(() => ({})),
  'subscription.grant': row(() => ({ results: [{ template: 'booking-confirmed', answer: 'accept' }] })),

  'enrolment.mine': row(() => ({})),
  // The fixtures leave every target household with a pending application (for withdraw and decide).
  'enrolment.apply': row(() => ({ category: 'committed', statement: '本户承诺按时参加检查' }), 'ENROLMENT_OPEN'),
  'enrolment.withdraw': row((t) => ({ enrolmentId: t.pendingEnrolmentId })),
  'enrolment.list': row(() => ({})),
  'enrolment.decide': row((t) => ({ enrolmentId: t.pendingEnrolmentId, outcome: 'rejected', reason: '材料不全' })),
  'enrolment.revoke': row((t) => ({ enrolmentId: t.approvedEnrolmentId, reason: '评议未达标' })),

  'document.list': row((t) => ({ villageId: t.villageId })),
  'document.get': row((t) => ({ documentId: t.adoptedDocumentId })),
  'document.history': row((t) => ({ villageId: t.villageId, kind: 'charter' })),
  'document.draft': row(() => ({ kind: 'charter', title: '章程修订稿', body: '第一条 总则。' })),
  'document.publish': row((t) => ({ documentId: t.draftDocumentId, noticeDays: 7 })),
  'document.adopt': row((t) => ({ documentId: t.endedDocumentId, meetingDate: new Date().toISOString().slice(0, 10), for: 30, against: 2, abstain: 1, outcome: 'adopted' })),
  'document.comment': row((t) => ({ documentId: t.noticeDocumentId, text: '建议写清楚适用范围' })),

  'proof.uploadPath': row(() => ({})),
  'proof.submit': row((t, me) => ({ memberId: t.member(3), clinicName: '深圳市妇幼保健院', checkupDay: '2026-11-20', fileId: me.photo() })),
  'proof.mine': row(() => ({})),
  'proof.list': row(() => ({})),
  'proof.decide': row((t) => ({ proofId: t.pendingProofId, outcome: 'rejected', reason: '照片不清楚' })),

  'booking.create': row((t) => ({ slotId: t.slotId, memberId: t.member(1) })),
  'booking.cancel': row((t) => ({ bookingId: t.bookingId })),
  'booking.reschedule': row((t) => ({ bookingId: t.bookingId, slotId: t.otherSlotId })),
  'booking.mine': row(() => ({})),
  'waitlist.mine': row(() => ({})),
  'waitlist.accept': row((t) => ({ waitlistId: t.waitlistId })),
  'waitlist.leave': row((t) => ({ waitlistId: t.waitlistId })),
  'slot.bookings': row((t) => ({ slotId: t.slotId })),
  'attendance.mark': row((t) => ({ bookingId: t.attendedBookingId, outcome: 'no-show' })),

  'plan.mine': row(() => ({})),
  'site.create': row(() => ({ name: '十字镇新检查点', address: '十字镇人民路20号' })),
  'site.update': row(() => ({ siteId: 'site-town', name: '十字镇卫生院' })),
  'site.list': row(() => ({})),
  'slot.open': row((t) => ({ kind: 'single', siteId: 'site-town', day: FUTURE_DAY, start: '09:00', end: '11:00', capacity: 10, villageIds: [t.villageId] })),
  'slot.list': row(() => ({})),
  'slot.close': row((t) => ({ slotId: t.slotId, reason: '医生临时外出' })),
  'due.list': row(() => ({})),
  'due.export': row(() => ({})),
  'savings.get': row(() => ({})),
  'savings.assumptions.update': row(() => ({ perVillageRoundFen: 300000, householdsPerVillage: 1200, perTripFen: 15000 })),

  'ledger.record': row((t) => ({ kind: 'village-fee', householdId: t.householdId, amountFen: 20000, itemId: 'v1', purpose: '村里未按约修好道路，按承诺付违约金' })),
  // The fixtures leave every target household with a pending entry recorded by another member.
  'ledger.approve': row((t) => ({ entryId: t.pendingLedgerId })),
  'ledger.reject': row((t) => ({ entryId: t.pendingLedgerId, reason: '金额与会议记录不符' })),
  'ledger.list': row(() => ({})),
  'ledger.summary': row((t) => ({ villageId: t.villageId })),
  'ledger.verify': row((t) => ({ villageId: t.villageId })),
  'ledger.export': row((t) => ({ villageId: t.villageId })),
  'ledger.publish': row(() => ({ quarter: '2026Q1' })),
  'ledger.households': row(() => ({})),

  // The fixtures give each target village two review rounds (targets.ts): the current
  // quarter's, open, with the panel member's conflicts declared (`reviewRoundId`), and last
  // quarter's, published with its notice running and a pending appeal of each target household
  // (`publishedRoundId`).
  'review.open': row(() => ({ quarter: businessQuarter(new Date()) }), 'REVIEW_EXISTS'),
  'review.rubric': row((t) => ({ roundId: t.reviewRoundId })),
  'review.declareConflict': row((t) => ({ roundId: t.reviewRoundId, householdIds: [] })),
  'review.queue': row((t) => ({ view: 'conflicts', roundId: t.reviewRoundId })),
  'review.score': row((t) => ({ roundId: t.reviewRoundId, householdId: t.householdId, mark: 'discuss' })),
  'review.confirmGroup': row((t) => ({ roundId: t.reviewRoundId, groupId: t.groupId })),
  'review.close': row((t) => ({ roundId: t.reviewRoundId })),
  // Only a closed round can be published: the open one stops at the round's state.
  'review.publish': row((t) => ({ roundId: t.reviewRoundId }), 'REVIEW_STATE'),
  'review.results': row((t) => ({ view: 'notice', roundId: t.publishedRoundId })),
  'review.mine': row(() => ({})),
  'review.appeal': row((t) => ({ roundId: t.appealRoundId, reason: '本户按约参加了全部检查，请核实' })),
  'review.decideAppeal': row((t) => ({ appealId: `${t.publishedRoundId}#${t.householdId}`, decision: 'upheld', reason: '经核实，维持原结果' })),
  'village.rate': row((t) => ({ roundId: t.reviewRoundId, scores: { v1: 3, v2: 3, v3: 3, v4: 3, v5: 3, v6: 3 } })),
  'review.history': row((t) => ({ view: 'village', villageId: t.villageId })),
  // Tokens: the first call of the week only fetches the key. Anonymous filing needs a token the
  // matrix cannot blind in one call, so its sample files a named complaint.
  'complaint.tokens': row(() => ({})),
  'complaint.file': row(() => ({ anonymous: false, category: 'service', text: '村部办事窗口经常没有人', photos: [], about: null })),
  'complaint.follow': row((t) => ({ receipts: [t.complaintReceipt] })),
  'complaint.mine': row(() => ({})),
  'complaint.list': row(() => ({})),
  // The fixtures leave every target village with a named complaint routed to its supervision group.
  'complaint.get': row((t) => ({ complaintId: t.complaintId })),
  'complaint.accept': row((t) => ({ complaintId: t.complaintId })),
  'complaint.respond': row({
    variants: {
      answer: (t) => ({ as: 'answer', complaintId: t.complaintId, text: '已经安排人员在工作日值守窗口' }),
      note: (t) => ({ as: 'note', complaintId: t.complaintId, text: '已与村专干核实' }),
      // Whoever holds a receipt acts as its complainant: the receipt is the key, not the household.
      addition: (t) => ({ as: 'addition', locator: { receipt: t.complaintReceipt }, text: '补充：周三下午也没人', photos: [] }),
    },
  }),
  'complaint.extend': row((t) => ({ complaintId: t.complaintId, days: 5, reason: '需要召开村民代表会议核实' })),
  'complaint.close': row((t) => ({ complaintId: t.complaintId, reason: '经核实不属于村里办理的事项' })),
  'complaint.reopen': row((t) => ({ locator: { receipt: t.complaintReceipt }, reason: '答复没有说清楚' })),
  'complaint.rate': row((t) => ({ locator: { receipt: t.complaintReceipt }, stars: 3, comment: '', resolved: false })),
  'complaint.escalate': row((t) => ({ complaintId: t.complaintId, reason: '涉及村干部，请镇里办理' })),
  'complaint.stats': row((t) => ({ villageId: t.villageId })),
  // Reports (issue 11). The demo seed opens the current quarter's assessment (assessment.open
  // stops there), and every village of the township is in it (a draft score saves).
  'work.today': row(() => ({})),
  'dashboard.village': row((t) => ({ villageId: t.villageId, households: { filter: 'unsigned' } })),
  'dashboard.township': row(() => ({})),
  'dashboard.trend': row((t) => ({ villageId: t.villageId })),
  'assessment.open': row(() => ({ quarter: businessQuarter(new Date()) }), 'ASSESSMENT_EXISTS'),
  'assessment.score': row((t) => ({ villageId: t.villageId, quarter: businessQuarter(new Date()), goods: SIX_GOODS })),
  'assessment.list': row((t) => ({ villageId: t.villageId })),
  'report.export': row((t) => ({ villageId: t.villageId, table: 'signing' })),
  'notice.sheet': row((t) => ({ villageId: t.villageId })),
}

/** The sample inputs of an action, one per kind of input (null: a single kind). */
export function sampleBuilds<A extends ActionName>(action: A): Array<[string | null, Build<A>]> {
  const b = SAMPLES[action].build
  return typeof b === 'function' ? [[null, b]] : Object.entries(b.variants)
}
