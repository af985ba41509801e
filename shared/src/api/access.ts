// Who may do what to whose data: the authorisation matrix, written down once per action.
// The security suite (test/security/) calls every action as every demo role against its own
// household, another household of the same village and another village, and derives each
// cell's expected answer from this table alone. The audience is restated here on purpose:
// widening an action's audience in ACTIONS without changing this table fails the matrix.
import type { ActionName } from './index'
import type { ErrorCode } from './errors'
import type { Audience, Role } from './roles'

/**
 * Whose data an action reaches, once the caller's role is in its audience:
 * - `self`: the caller's own account or household, named by the session, never by the input;
 * - `own-household`: a record the input names, which must be of the caller's household
 *   (another village's: `otherVillage`, another household's of the village: `otherHousehold`);
 * - `own-village`: a record of the caller's village (another village's: NOT_IN_VILLAGE);
 *   a township officer reaches every village of their township;
 * - `township`: the caller's township as a whole (sites, savings);
 * - `unbound`: only a WeChat identity holding no role yet (a bound one: ALREADY_BOUND).
 */
export type ScopeRule = 'self' | 'own-household' | 'own-village' | 'township' | 'unbound'

export interface AccessRule {
  audience: Audience
  scope: ScopeRule
  /** Only the household head (NOT_HOUSEHOLD_HEAD for the other members). */
  headOnly?: true
  /** What `own-household` answers for another household of the caller's own village (default NOT_FOUND). */
  otherHousehold?: ErrorCode
  /** What `own-household` answers for another village's (default NOT_IN_VILLAGE). */
  otherVillage?: ErrorCode
  /** What a caller gets on a record of their own household (a conflict of interest), once in scope. */
  ownHousehold?: ErrorCode
}

/** One rule, or one per kind of input when the kinds have different audiences (keyed by the kind's name). */
export type Access = AccessRule | { variants: Record<string, AccessRule> }

const RESIDENT: Role[] = ['resident']
const CADRE: Role[] = ['cadre']
const TOWNSHIP: Role[] = ['township']
const BOUND: Role[] = ['resident', 'cadre', 'panel', 'township']
const READERS: Role[] = ['resident', 'panel', 'cadre', 'township']

export const ACCESS: { [A in ActionName]: Access } = {
  'account.whoami': { audience: 'anyone', scope: 'self' },
  'invite.redeem': { audience: 'anyone', scope: 'unbound' },
  'invite.create': {
    variants: {
      cadre: { audience: TOWNSHIP, scope: 'own-village' },
      member: { audience: CADRE, scope: 'own-village' },
    },
  },
  'invite.list': { audience: ['township', 'cadre'], scope: 'own-village' },
  'panel.assign': { audience: CADRE, scope: 'own-village' },
  'panel.list': { audience: CADRE, scope: 'self' },

  'household.list': { audience: ['cadre', 'township'], scope: 'own-village' },
  'household.get': { audience: ['cadre', 'township'], scope: 'own-village' },
  'household.create': { audience: CADRE, scope: 'own-village' },
  'household.update': { audience: CADRE, scope: 'own-village' },
  'household.archive': { audience: CADRE, scope: 'own-village' },
  'household.views': { audience: RESIDENT, scope: 'self' },
  'household.consent': { audience: RESIDENT, scope: 'self', headOnly: true },

  'commitment.mine': { audience: RESIDENT, scope: 'self' },
  // Another household's commitment is named as such: signing it is not the caller's to do.
  'commitment.sign': { audience: RESIDENT, scope: 'own-household', headOnly: true, otherHousehold: 'FORBIDDEN_ROLE' },
  'commitment.list': { audience: CADRE, scope: 'self' },
  'commitment.get': { audience: CADRE, scope: 'own-village' },
  'commitment.countersign': { audience: CADRE, scope: 'own-village' },
  'commitment.template.get': { audience: CADRE, scope: 'self' },
  'commitment.template.publish': { audience: CADRE, scope: 'self' },
  'commitment.stats': { audience: ['cadre', 'township'], scope: 'own-village' },

  'inbox.list': { audience: BOUND, scope: 'self' },
  'inbox.read': { audience: BOUND, scope: 'self' },
  'subscription.list': { audience: BOUND, scope: 'self' },
  'subscription.grant': { audience: BOUND, scope: 'self' },

  'enrolment.mine': { audience: RESIDENT, scope: 'self' },
  'enrolment.apply': { audience: RESIDENT, scope: 'self', headOnly: true },
  'enrolment.withdraw': { audience: RESIDENT, scope: 'own-household', headOnly: true, otherHousehold: 'FORBIDDEN_ROLE' },
  'enrolment.list': { audience: CADRE, scope: 'self' },
  'enrolment.decide': { audience: CADRE, scope: 'own-village' },
  'enrolment.revoke': { audience: CADRE, scope: 'own-village' },

  'document.list': { audience: READERS, scope: 'own-village' },
  'document.get': { audience: READERS, scope: 'own-village' },
  'document.history': { audience: READERS, scope: 'own-village' },
  'document.draft': { audience: CADRE, scope: 'self' },
  'document.publish': { audience: CADRE, scope: 'own-village' },
  'document.adopt': { audience: CADRE, scope: 'own-village' },
  'document.comment': { audience: RESIDENT, scope: 'own-village' },

  'proof.uploadPath': { audience: RESIDENT, scope: 'self' },
  // A member is looked up in the caller's own household: anyone else's is simply not there.
  'proof.submit': { audience: RESIDENT, scope: 'own-household', otherVillage: 'NOT_FOUND' },
  'proof.mine': { audience: RESIDENT, scope: 'self' },
  'proof.list': { audience: CADRE, scope: 'self' },
  'proof.decide': { audience: CADRE, scope: 'own-village' },

  'booking.create': { audience: RESIDENT, scope: 'own-household', otherVillage: 'NOT_FOUND' },
  'booking.cancel': { audience: RESIDENT, scope: 'own-household' },
  'booking.reschedule': { audience: RESIDENT, scope: 'own-household' },
  'booking.mine': { audience: RESIDENT, scope: 'self' },
  'waitlist.mine': { audience: RESIDENT, scope: 'self' },
  'waitlist.accept': { audience: RESIDENT, scope: 'own-household' },
  'waitlist.leave': { audience: RESIDENT, scope: 'own-household' },
  'slot.bookings': { audience: CADRE, scope: 'own-village' },
  'attendance.mark': { audience: CADRE, scope: 'own-village' },

  'plan.mine': { audience: RESIDENT, scope: 'self' },
  'site.create': { audience: TOWNSHIP, scope: 'township' },
  'site.update': { audience: TOWNSHIP, scope: 'township' },
  'site.list': { audience: ['resident', 'cadre', 'township'], scope: 'self' },
  'slot.open': { audience: ['cadre', 'township'], scope: 'own-village' },
  'slot.list': { audience: ['resident', 'cadre', 'township'], scope: 'self' },
  'slot.close': { audience: ['cadre', 'township'], scope: 'own-village' },
  'due.list': { audience: CADRE, scope: 'self' },
  'due.export': { audience: CADRE, scope: 'self' },
  'savings.get': { audience: TOWNSHIP, scope: 'township' },
  'savings.assumptions.update': { audience: TOWNSHIP, scope: 'township' },

  // The ledger's work is the finance group's (panel members with the 'finance' group): the
  // seeded panel member sits on it. Nobody decides an entry about their own household.
  'ledger.record': { audience: ['panel'], scope: 'own-village' },
  'ledger.approve': { audience: ['panel'], scope: 'own-village', ownHousehold: 'LEDGER_OWN_HOUSEHOLD' },
  'ledger.reject': { audience: ['panel'], scope: 'own-village', ownHousehold: 'LEDGER_OWN_HOUSEHOLD' },
  'ledger.list': { audience: ['resident', 'panel', 'cadre'], scope: 'self' },
  'ledger.summary': { audience: READERS, scope: 'own-village' },
  'ledger.verify': { audience: READERS, scope: 'own-village' },
  'ledger.export': { audience: READERS, scope: 'own-village' },
  'ledger.publish': { audience: ['panel', 'cadre'], scope: 'self' },
  'ledger.households': { audience: ['panel'], scope: 'self' },

  // The quarterly review: cadres run the round, the review group (panel with 'review') scores,
  // the supervision group ('supervision') sees conflicts and decides appeals. Nobody scores or
  // decides about their own household. A round id names its village: another village's is refused.
  'review.open': { audience: CADRE, scope: 'self' },
  'review.rubric': { audience: READERS, scope: 'own-village' },
  'review.declareConflict': { audience: ['panel'], scope: 'own-village' },
  'review.queue': { audience: ['panel', 'cadre'], scope: 'own-village' },
  'review.score': { audience: ['panel'], scope: 'own-village', ownHousehold: 'REVIEW_CONFLICT' },
  'review.confirmGroup': { audience: ['panel'], scope: 'own-village' },
  'review.close': { audience: CADRE, scope: 'own-village' },
  'review.publish': { audience: CADRE, scope: 'own-village' },
  'review.results': { audience: READERS, scope: 'own-village' },
  'review.mine': { audience: RESIDENT, scope: 'self' },
  'review.appeal': { audience: RESIDENT, scope: 'own-village', headOnly: true },
  'review.decideAppeal': { audience: ['panel'], scope: 'own-village', ownHousehold: 'REVIEW_CONFLICT' },
  'village.rate': { audience: RESIDENT, scope: 'own-village' },
  'review.history': { audience: READERS, scope: 'own-village' },
  // Complaints are handled by the village's supervision group (panel members with the
  // 'supervision' group) and the township; cadres see only the public stats. The author
  // reaches their complaint by id (named) or receipt (anonymous), never by household.
  'complaint.tokens': { audience: RESIDENT, scope: 'self' },
  'complaint.file': { audience: RESIDENT, scope: 'self' },
  'complaint.follow': { audience: RESIDENT, scope: 'self' },
  'complaint.mine': { audience: RESIDENT, scope: 'self' },
  'complaint.list': { audience: ['panel', 'township'], scope: 'self' },
  'complaint.get': { audience: ['panel', 'township'], scope: 'own-village' },
  'complaint.accept': { audience: ['panel', 'township'], scope: 'own-village' },
  'complaint.respond': {
    variants: {
      answer: { audience: ['panel', 'township'], scope: 'own-village' },
      note: { audience: ['panel', 'township'], scope: 'own-village' },
      addition: { audience: RESIDENT, scope: 'self' },
    },
  },
  'complaint.extend': { audience: ['panel', 'township'], scope: 'own-village' },
  'complaint.close': { audience: ['panel', 'township'], scope: 'own-village' },
  'complaint.reopen': { audience: RESIDENT, scope: 'self' },
  'complaint.rate': { audience: RESIDENT, scope: 'self' },
  'complaint.escalate': { audience: ['panel'], scope: 'own-village' },
  'complaint.stats': { audience: READERS, scope: 'own-village' },
  // Reports (issue 11): counts and sums only. Township officers see their township's villages,
  // cadres their own village; panel members only their 首页 counts; residents only the public
  // notice of their own village. Household lists behind a number: cadres and township only.
  'work.today': { audience: ['cadre', 'panel', 'township'], scope: 'self' },
  'dashboard.village': { audience: ['cadre', 'township'], scope: 'own-village' },
  'dashboard.township': { audience: TOWNSHIP, scope: 'township' },
  'dashboard.trend': { audience: ['cadre', 'township'], scope: 'own-village' },
  'assessment.open': { audience: TOWNSHIP, scope: 'township' },
  'assessment.score': { audience: TOWNSHIP, scope: 'own-village' },
  'assessment.list': { audience: ['cadre', 'township'], scope: 'own-village' },
  'report.export': { audience: ['cadre', 'township'], scope: 'own-village' },
  'notice.sheet': { audience: READERS, scope: 'own-village' },
}

/** The rules of an action, one per kind of input. */
export function accessRules(access: Access): Array<[string | null, AccessRule]> {
  return 'variants' in access ? Object.entries(access.variants) : [[null, access]]
}
