// The callers and the households the security suite aims at, and the few records the demo
// seed lacks so that every action has something of each household to act on (a booking still
// to come, an offered waitlist place, a pending proof and application, a draft …).
import { createHmac } from 'crypto'
import { contentHash } from '../../shared/src/domain/commitment-content'
import { planPeriod } from '../../shared/src/domain/checkup-plan'
import { businessQuarter } from '../../shared/src/domain/dates'
import { generateRubric, previousQuarter, roundSettings } from '../../shared/src/domain/review-rules'
import { HOUSEHOLD_ITEMS, VILLAGE_ITEMS } from '../../emulator-app/seed/template'
import { certificatePng } from '../../emulator-app/seed/proofs'
import { DEV_ID_HASH_KEY } from '../../shared/src/server/id-hash'
import { startEmulator, type Emulator } from '../../emulator-app/start'

export type RoleName = 'resident head' | 'resident member' | 'migrant' | 'panel member' | 'cadre' | 'township officer' | 'stranger'
export type ScopeName = 'own household' | 'same village' | 'other village'

export interface Caller {
  openid: string
  /** What the seed binds it to (null: no household, or for the stranger no account at all). */
  householdId: string | null
  villageId: string | null
  isHead: boolean
  roles: string[]
}

export const CALLERS: Record<RoleName, Caller> = {
  'resident head': { openid: 'o-resident-head', householdId: 'h-shizi-001', villageId: 'v-shizi', isHead: true, roles: ['resident'] },
  'resident member': { openid: 'o-resident-spouse', householdId: 'h-shizi-001', villageId: 'v-shizi', isHead: false, roles: ['resident'] },
  migrant: { openid: 'o-migrant', householdId: 'h-shizi-001', villageId: 'v-shizi', isHead: false, roles: ['resident'] },
  'panel member': { openid: 'o-panel-member', householdId: 'h-shizi-002', villageId: 'v-shizi', isHead: true, roles: ['resident', 'panel'] },
  cadre: { openid: 'o-cadre-shizi', householdId: null, villageId: 'v-shizi', isHead: false, roles: ['cadre'] },
  'township officer': { openid: 'o-township-officer', householdId: null, villageId: null, isHead: false, roles: ['township'] },
  stranger: { openid: 'o-matrix-stranger', householdId: null, villageId: null, isHead: false, roles: [] },
}

const TARGET_HOUSEHOLDS = ['h-shizi-001', 'h-shizi-002', 'h-baizi-001'] as const

/**
 * The household a scope aims at for a caller. Callers without a household (cadre, township,
 * stranger) aim "own household" at h-shizi-001, a household of the cadre's village.
 */
export function targetHousehold(caller: Caller, scope: ScopeName): string {
  const own = caller.householdId ?? 'h-shizi-001'
  if (scope === 'own household') return own
  if (scope === 'same village') return own === 'h-shizi-001' ? 'h-shizi-002' : 'h-shizi-001'
  return 'h-baizi-001'
}

/** Everything a sample input may name about one target household and its village. */
export interface Target {
  householdId: string
  villageId: string
  groupId: string
  /** m1 is the head; m3 is unbound and (after the fixtures) working away. */
  member: (n: 1 | 2 | 3 | 4) => string
  /** A member with a bound resident account (the head for every target). */
  boundMemberId: string
  commitmentId: string
  contentHash: string
  /** A second instance awaiting the village's countersignature. */
  countersignId: string
  pendingEnrolmentId: string
  approvedEnrolmentId: string
  /** A booking of m2 on `slotId`, still to come. */
  bookingId: string
  /** A past, attended booking (to correct to no-show). */
  attendedBookingId: string
  /** The village's own open slots, the latest first. */
  slotId: string
  otherSlotId: string
  /** m1's offered place on `slotId`. */
  waitlistId: string
  pendingProofId: string
  inviteCode: string
  draftDocumentId: string
  /** On notice, notice ended: ready for the vote. */
  endedDocumentId: string
  /** Of the village, on notice (open in 十字村, ended in 百子村). */
  noticeDocumentId: string
  adoptedDocumentId: string
  /** A pending ledger entry about the household, recorded by a finance member of its village who is not a demo caller. */
  pendingLedgerId: string
  /** The village's open review round of the current quarter, the panel member's conflicts declared (installReviewTargets). */
  reviewRoundId: string
  /** Last quarter's round, published, notice running, a pending appeal of each target household. */
  publishedRoundId: string
  /** An earlier round, published, notice running, no appeal yet. */
  appealRoundId: string
}

const INVITES: Record<string, string> = { 'h-shizi-001': 'MXSZAAA2', 'h-shizi-002': 'MXSZBBB3', 'h-baizi-001': 'MXBZCCC4' }
const DAY = 86400000

/** A photo in the caller's own upload folder (the folder proof.submit accepts, see proof/src/photo-folder). */
export function photoOf(emu: Emulator, openid: string): string {
  const key = createHmac('sha256', DEV_ID_HASH_KEY).update(`proof-photos\n${openid}`).digest('hex').slice(0, 32)
  return emu.wire.storage.put(`proofs/${key}/matrix.png`, certificatePng(), 'image/png').fileID
}

/** Adds the fixtures to a freshly seeded database and returns the facts of each target household. */
export function installTargets(emu: Emulator): Record<string, Target> {
  const db = emu.wire.db
  const now = new Date()
  const out: Record<string, Target> = {}
  for (const villageId of ['v-shizi', 'v-baizi']) {
    const village = db.collection('villages').findOne({ _id: villageId })!
    db.collection('village_documents').insertMany([
      { _id: `${villageId}:benefits:v1`, villageId, villageName: village.name, kind: 'benefits', version: 1, title: '奖励优惠待遇', body: '第一条 诚信示范户优先享受村集体福利。', status: 'draft', notice: null, vote: null, adoptedAt: null, supersededAt: null, createdAt: now, updatedAt: now },
      { _id: `${villageId}:integrity-standards:v1`, villageId, villageName: village.name, kind: 'integrity-standards', version: 1, title: '诚信管理标准', body: '第一条 按约参加检查。', status: 'notice', notice: { days: 7, startsAt: new Date(now.getTime() - 10 * DAY), endsAt: new Date(now.getTime() - 3 * DAY), requestId: 'matrix-notice' }, vote: null, adoptedAt: null, supersededAt: null, createdAt: new Date(now.getTime() - 11 * DAY), updatedAt: now },
    ])
  }
  for (const householdId of TARGET_HOUSEHOLDS) {
    const hh = db.collection('households').findOne({ _id: householdId })! as any
    const m = (n: number) => `${householdId}-m${n}`
    hh.members = hh.members.map((x: any) => (x.id === m(3) ? { ...x, workingAway: { city: '深圳' } } : x))
    db.put('households', householdId, hh)

    const slots = db.collection('checkup_slots').find({ villageIds: [hh.villageId], status: 'open' })
      .filter((s: any) => new Date(s.startsAt) > now).sort((a: any, b: any) => +new Date(b.startsAt) - +new Date(a.startsAt))
    const [slot, other] = slots as any[]
    const period = planPeriod(slot.day, 4)
    const commitment = db.collection('commitments').findOne({ _id: `${householdId}:v1` })! as any
    const signedAt = new Date(now.getTime() - DAY)
    const countersign = { ...commitment, _id: `${householdId}:matrix`, status: 'awaiting-village', contentHash: contentHash(commitment), householdSignature: { name: '户主', openid: 'seed', memberId: m(1), role: 'household-head', at: signedAt, templateVersion: 1, contentHash: contentHash(commitment), requestId: 'matrix-sign' } }
    db.collection('commitments').insertOne(countersign)

    const step = (status: string, category: string | null) => ({ status, at: signedAt, by: { openid: 'seed', name: '户主', role: 'household-head' }, category, reason: null, requestId: `matrix-${status}` })
    const enrolment = (seq: number, status: string, category: string | null) => ({
      _id: `${householdId}:e${seq}`, householdId, villageId: hh.villageId, householdLabel: hh.label, groupName: '', seq,
      requestedCategory: 'committed', statement: '申请承诺诚信', status, category, reason: null, appliedAt: signedAt, updatedAt: signedAt,
      history: status === 'pending' ? [step('pending', 'committed')] : [step('pending', 'committed'), step(status, category)],
    })
    db.collection('enrolments').insertMany([enrolment(1, 'approved', 'committed'), enrolment(2, 'pending', null)])

    const booking = {
      _id: `${m(2)}#${period}`, householdId, villageId: hh.villageId, groupId: hh.groupId, memberId: m(2), memberName: '成员二', period,
      slotId: slot._id, siteName: slot.siteName, day: slot.day, startsAt: new Date(slot.startsAt), status: 'booked', code: 'MXBK2345',
      releaseSlotId: null, remindedAt: null, markedBy: null, markedAt: null, createdAt: now, updatedAt: now, requestId: 'matrix-booking',
    }
    db.collection('bookings').insertOne(booking)
    db.collection('waitlist').insertOne({
      _id: `${slot._id}#${m(1)}`, slotId: slot._id, householdId, villageId: hh.villageId, memberId: m(1), memberName: '户主', period,
      siteName: slot.siteName, startsAt: new Date(slot.startsAt), status: 'offered', joinedAt: signedAt, offeredAt: now,
      offerExpiresAt: new Date(now.getTime() + 3600_000), requestId: 'matrix-waitlist',
    })
    const attended = db.collection('bookings').find({ householdId, status: 'attended' })[0]
    const pendingProofId = `${m(4)}:p1`
    if (!db.collection('proofs').findOne({ _id: pendingProofId })) {
      db.collection('proofs').insertOne({
        _id: pendingProofId, seq: 1, householdId, householdLabel: hh.label, villageId: hh.villageId, groupId: hh.groupId, groupName: '',
        memberId: m(4), memberName: '成员四', city: '苏州', clinicName: '苏州市妇幼保健院', checkupDay: '2026-01-05', fileId: null,
        mediaCheckTraceId: null, status: 'pending', reason: null, previousProofId: null, submittedAt: signedAt, decidedAt: null,
        decidedBy: null, photoDeletedAt: signedAt, requestId: 'matrix-proof', decisionRequestId: null,
      })
    }
    const pendingLedgerId = `le-matrix-${householdId}`
    db.collection('ledger_entries').insertOne({
      _id: pendingLedgerId, villageId: hh.villageId, townshipId: 't-shizi', kind: 'household-fee', amountFen: 5000, signedFen: 5000,
      householdId, householdLabel: hh.label, itemId: 'h1', itemText: '按约参加检查', source: null, purpose: '未按约参加检查', receiptFileId: null,
      reversesEntryId: null, reversesSeq: null, reason: null, nonce: '0f'.repeat(16), status: 'pending',
      recordedBy: { openid: 'o-matrix-finance', name: '理财小组成员', householdId: null }, recordedAt: signedAt, requestId: 'matrix-ledger',
      decidedBy: null, decidedAt: null, rejectReason: null, decisionRequestId: null,
    })
    const invite = { ...db.collection('invites').findOne({ _id: 'SZHEAD23' })!, _id: INVITES[householdId] } as any
    Object.assign(invite, { villageId: hh.villageId, householdId, householdLabel: hh.label, memberId: m(3), memberName: '成员三', isHead: false })
    db.collection('invites').insertOne(invite)

    out[householdId] = {
      householdId, villageId: hh.villageId, groupId: hh.groupId, member: m, boundMemberId: m(1),
      commitmentId: commitment._id, contentHash: commitment.contentHash, countersignId: countersign._id,
      pendingEnrolmentId: `${householdId}:e2`, approvedEnrolmentId: `${householdId}:e1`,
      bookingId: booking._id, attendedBookingId: attended._id, slotId: slot._id, otherSlotId: other._id,
      waitlistId: `${slot._id}#${m(1)}`, pendingProofId, inviteCode: INVITES[householdId],
      draftDocumentId: `${hh.villageId}:benefits:v1`, endedDocumentId: `${hh.villageId}:integrity-standards:v1`,
      noticeDocumentId: `${hh.villageId}:village-rules:v2`, adoptedDocumentId: `${hh.villageId}:charter:v1`, pendingLedgerId,
      ...reviewRounds(hh.villageId, now),
    }
  }
  installReviewTargets(emu, now)
  return out
}

const reviewRounds = (villageId: string, now: Date) => {
  const current = businessQuarter(now)
  return {
    reviewRoundId: `${villageId}:${current}`,
    publishedRoundId: `${villageId}:${previousQuarter(current)}`,
    appealRoundId: `${villageId}:${previousQuarter(previousQuarter(current))}`,
  }
}

/**
 * Review rounds of both target villages: the current quarter's open, with the panel member's
 * declaration; the last two published a day ago (notice running), with a result for every
 * target household; a pending appeal of each target household in the last quarter's.
 */
function installReviewTargets(emu: Emulator, now: Date) {
  const db = emu.wire.db
  const rubric = generateRubric({ version: 1, villageItems: VILLAGE_ITEMS, householdItems: HOUSEHOLD_ITEMS })!
  const settings = roundSettings()
  const published = new Date(now.getTime() - DAY)
  for (const villageId of ['v-shizi', 'v-baizi']) {
    const village = db.collection('villages').findOne({ _id: villageId })! as any
    const ids = reviewRounds(villageId, now)
    const round = (id: string, status: string) => ({
      _id: id, villageId, villageName: village.name, townshipId: village.townshipId, quarter: id.slice(villageId.length + 1), status, settings, rubric,
      openedAt: new Date(now.getTime() - 10 * DAY), openedBy: { openid: 'seed', name: '村专干' },
      close: status === 'open' ? null : { total: 3, startedAt: published, requestId: 'matrix-close' }, closedAt: status === 'open' ? null : published,
      publishedAt: status === 'open' ? null : published, publishRequestId: status === 'open' ? null : 'matrix-publish',
      noticeEndsAt: status === 'open' ? null : new Date(now.getTime() + 6 * DAY), appealEndsAt: status === 'open' ? null : new Date(now.getTime() + 6 * DAY),
      village: status === 'open' ? null : { items: [], ratings: 0, panelScorers: 0, comments: [] }, remindedOn: null, requestId: 'matrix-open',
    })
    for (const [id, status] of [[ids.reviewRoundId, 'open'], [ids.publishedRoundId, 'published'], [ids.appealRoundId, 'published']] as const) {
      db.collection('review_rounds').remove({ _id: id })
      db.collection('review_rounds').insertOne(round(id, status))
    }
    for (const householdId of TARGET_HOUSEHOLDS.filter((h) => h.startsWith(`h-${villageId.slice(2)}-`))) {
      const hh = db.collection('households').findOne({ _id: householdId })! as any
      for (const roundId of [ids.publishedRoundId, ids.appealRoundId]) {
        db.collection('review_results').remove({ _id: `${roundId}#${householdId}` })
        db.collection('review_results').insertOne({
          _id: `${roundId}#${householdId}`, roundId, villageId, householdId, householdLabel: hh.label, groupId: hh.groupId, groupName: '', seq: 1,
          current: { version: 1, outcome: 'fulfilled', total: 15, maxTotal: 20, scorers: 3, medians: rubric.householdItems.map((i) => ({ itemId: i.id, median: 3 })), spread: [], helper: null, at: published, replacedBecause: null, requestId: null },
          versions: [],
        })
      }
      db.collection('review_appeals').insertOne({
        _id: `${ids.publishedRoundId}#${householdId}`, roundId: ids.publishedRoundId, villageId, householdId, householdLabel: hh.label, reason: '请核实',
        status: 'pending', filedAt: published, filedBy: { openid: 'seed', name: '户主' }, fromOutcome: 'fulfilled', toOutcome: null,
        decisionReason: null, decidedAt: null, decidedBy: null, requestId: 'matrix-appeal', decisionRequestId: null,
      })
    }
  }
  const panel = CALLERS['panel member']
  const roundId = reviewRounds('v-shizi', now).reviewRoundId
  db.collection('review_members').insertOne({
    _id: `${roundId}#${panel.openid}`, roundId, villageId: 'v-shizi', openid: panel.openid, name: '评议小组成员', householdId: panel.householdId,
    relatives: [], declarations: [{ at: now, householdIds: [], requestId: 'matrix-declare' }], recusals: [], declaredAt: now,
  })
}

export interface Write {
  collection: string
  id: string
  /** The document as written (undefined: removed). */
  doc: Record<string, unknown> | undefined
  /** The document as it was before this watch first saw it written (JSON; 'null': absent). */
  before: string
}

/**
 * Every document the emulator's database actually changes from now on (a write of the same
 * value is not a change). Stricter than comparing snapshots, and cheap enough for every cell.
 */
export function watchWrites(emu: Emulator): Write[] {
  const writes: Write[] = []
  const db = emu.wire.db
  const put = db.put.bind(db)
  db.put = (collection, id, doc) => {
    const seen = writes.find((w) => w.collection === collection && w.id === id)
    const before = seen?.before ?? JSON.stringify(db.collection(collection).findOne({ _id: id }) ?? null)
    const changed = put(collection, id, doc)
    if (changed) writes.push({ collection, id, doc, before })
    return changed
  }
  return writes
}

/**
 * The documents a call left changed: a change's pending record, claimed before it ran and
 * removed when it was refused, was written and is gone again — stored nothing.
 */
export function lasting(writes: Write[]): string[] {
  const last = new Map<string, Write>()
  for (const w of writes) last.set(`${w.collection}/${w.id}`, w)
  return [...last].filter(([, w]) => JSON.stringify(w.doc ?? null) !== w.before).map(([key]) => key)
}

/** What a call may write when it answers a read: entries of the read log only. */
export const onlyReadLog = (writes: Write[]) => writes.every((w) => w.collection === 'audit' && w.doc?.kind === 'read')

/**
 * One emulator for a test file, holding the seed plus the fixtures; `fresh()` lays them again
 * (after any call that changed something) and forgets the writes seen so far.
 */
export function useTargets() {
  const state = { emu: undefined as unknown as Emulator, targets: {} as Record<string, Target>, writes: [] as Write[] }
  const fresh = async () => {
    await state.emu.reseed()
    state.targets = installTargets(state.emu)
    state.writes.length = 0
  }
  beforeAll(async () => {
    state.emu = await startEmulator({ strictIndexes: true, seed: {} })
    state.writes = watchWrites(state.emu)
    await fresh()
  })
  afterAll(async () => {
    await state.emu?.stop()
  })
  return { state, fresh }
}
