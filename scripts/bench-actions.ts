// Every client action once, as the demo identities would call it, with the database round
// trips the emulator counted. Used by scripts/bench.ts.
import { randomUUID } from 'crypto'
import type { Emulator } from '../emulator-app/start'
import { blindToken, unblindToken } from '../shared/src/domain/blind-token'

export interface Measured { action: string; who: string; roundTrips: number; ms: number; ok: boolean; error?: string }

export async function measureActions(emu: Emulator): Promise<Measured[]> {
  const rows: Measured[] = []
  const step = async (who: string, fn: string, action: string, input: unknown, change = false) => {
    const started = Date.now()
    const out = await emu.call(fn, { action, input, requestId: change ? randomUUID() : undefined }, who)
    const ok = !!out.result?.ok
    rows.push({ action, who, roundTrips: out.roundTrips, ms: Date.now() - started, ok, error: ok ? undefined : JSON.stringify(out.result?.error ?? out.error) })
    return out.result?.data
  }
  const HEAD = 'o-resident-head', CADRE = 'o-cadre-shizi', TOWN = 'o-township-officer'

  // Organisation
  await step(CADRE, 'household', 'household.list', { limit: 20 })
  const { household } = await step(CADRE, 'household', 'household.create', {
    groupId: 'v-shizi-g1', label: '测试户', members: [{ name: '测试户主', relation: '户主', isHead: true }, { name: '测试配偶', relation: '配偶', isHead: false }],
  }, true)
  await step(CADRE, 'household', 'household.get', { householdId: household.id })
  await step(CADRE, 'household', 'household.update', { householdId: household.id, groupId: 'v-shizi-g2' }, true)
  await step(CADRE, 'account', 'invite.create', { kind: 'member', householdId: household.id, memberId: household.members[0].id }, true)
  await step(CADRE, 'account', 'invite.list', { limit: 20 })
  await step(TOWN, 'account', 'invite.create', { kind: 'cadre', villageId: 'v-baizi', name: '新村专干' }, true)
  await step(CADRE, 'account', 'panel.assign', { householdId: 'h-shizi-001', memberId: 'h-shizi-001-m1', groups: ['review'] }, true)
  await step(CADRE, 'account', 'panel.list', { limit: 20 })
  await step(CADRE, 'household', 'household.archive', { householdId: household.id, reason: '测试后归档' }, true)
  await step(HEAD, 'household', 'household.views', { limit: 20 })

  // Documents
  const draft = await step(CADRE, 'document', 'document.draft', { kind: 'integrity-standards', title: '诚信管理标准', body: '第一条 诚实守信。\n第二条 按时参加评议。' }, true)
  await step(CADRE, 'document', 'document.publish', { documentId: draft.documentId, noticeDays: 7 }, true)
  const docs = await step(HEAD, 'document', 'document.list', { limit: 20 })
  await step(HEAD, 'document', 'document.get', { documentId: draft.documentId })
  await step(HEAD, 'document', 'document.comment', { documentId: draft.documentId, text: '同意' }, true)
  await step(HEAD, 'document', 'document.history', { kind: docs.items[0].kind, limit: 20 })
  const ended = (await step('o-cadre-baizi', 'document', 'document.list', { limit: 50 })).items.find((d: { status: string }) => d.status === 'notice')
  if (ended) await step('o-cadre-baizi', 'document', 'document.adopt', { documentId: ended.id, meetingDate: new Date().toISOString().slice(0, 10), for: 120, against: 3, abstain: 2, outcome: 'adopted' }, true)

  // Enrolment
  await step(HEAD, 'enrolment', 'enrolment.mine', {})
  const applied = await step(HEAD, 'enrolment', 'enrolment.apply', { category: 'committed', statement: '本户自愿申请承诺诚信管理。' }, true)
  await step(CADRE, 'enrolment', 'enrolment.list', { status: 'pending', limit: 20 })
  await step(CADRE, 'enrolment', 'enrolment.decide', { enrolmentId: applied.enrolment.id, outcome: 'approved', category: 'committed' }, true)
  await step(CADRE, 'enrolment', 'enrolment.revoke', { enrolmentId: applied.enrolment.id, reason: '测试撤销' }, true)
  const again = await step(HEAD, 'enrolment', 'enrolment.apply', { category: 'behavioural', statement: '再次申请。' }, true)
  await step(HEAD, 'enrolment', 'enrolment.withdraw', { enrolmentId: again.enrolment.id }, true)

  // Commitments
  await step(CADRE, 'commitment', 'commitment.template.get', {})
  await step(CADRE, 'commitment', 'commitment.stats', {})
  await step(TOWN, 'commitment', 'commitment.stats', {})
  await step(CADRE, 'commitment', 'commitment.template.publish', {
    title: '2027年度双诚信双承诺书', villageItems: [{ text: '村务每月公开' }], householdItems: [{ text: '遵守村规民约' }],
  }, true)
  await step(HEAD, 'commitment', 'commitment.mine', {})

  // Check-ups, bookings, remote proofs. Attendance is marked on the slot's day, so one slot is
  // late today (Beijing); changes are allowed until 12 hours before, so the others are in two days.
  const beijing = (days: number) => new Date(Date.now() + 8 * 3600e3 + days * 86400e3).toISOString().slice(0, 10)
  const lateToday = new Date(Date.now() + 8 * 3600e3).getUTCHours() < 22
  await step(HEAD, 'checkup', 'plan.mine', {})
  const sites = await step(TOWN, 'checkup', 'site.list', { limit: 20 })
  await step(TOWN, 'checkup', 'site.create', { name: '十字镇卫生院二楼', address: '十字镇十字街88号', location: { latitude: 31.48, longitude: 117.05 } }, true)
  const siteId = sites.items[0].id
  const later = await step(CADRE, 'checkup', 'slot.open', { kind: 'single', siteId, day: beijing(2), start: '09:00', end: '10:00', capacity: 20 }, true)
  const weekly = await step(CADRE, 'checkup', 'slot.open', { kind: 'weekly', siteId, from: beijing(2), to: beijing(8), weekdays: [1, 2, 3, 4, 5, 6, 7], times: [{ start: '14:00', end: '15:00' }], capacity: 10 }, true)
  await step(HEAD, 'checkup', 'slot.list', { limit: 20 })
  if (lateToday) {
    const today = await step(CADRE, 'checkup', 'slot.open', { kind: 'single', siteId, day: beijing(0), start: '23:00', end: '23:30', capacity: 5 }, true)
    const booked = await step(HEAD, 'booking', 'booking.create', { slotId: today.slots[0].id, memberId: 'h-shizi-001-m2' }, true)
    await step(CADRE, 'booking', 'slot.bookings', { slotId: today.slots[0].id, limit: 50 })
    await step(CADRE, 'booking', 'attendance.mark', { code: booked.booking.code, outcome: 'attended' }, true)
  }
  const second = await step(HEAD, 'booking', 'booking.create', { slotId: later.slots[0].id, memberId: 'h-shizi-001-m1' }, true)
  await step(HEAD, 'booking', 'booking.mine', { limit: 20 })
  await step(HEAD, 'booking', 'booking.reschedule', { bookingId: second.booking.id, slotId: weekly.slots[0].id }, true)
  await emu.runner.fireTimer('booking', 'tick')
  await step(HEAD, 'booking', 'booking.cancel', { bookingId: second.booking.id }, true)
  await step(HEAD, 'booking', 'waitlist.mine', {})
  await step(CADRE, 'checkup', 'slot.close', { slotId: later.slots[0].id, reason: '医生临时出诊' }, true)
  await step(CADRE, 'checkup', 'due.list', { limit: 50 })
  await step(CADRE, 'checkup', 'due.export', {})
  await step(TOWN, 'checkup', 'savings.get', {})
  const pending = await step(CADRE, 'proof', 'proof.list', { limit: 20 })
  if (pending.items[0]) await step(CADRE, 'proof', 'proof.decide', { proofId: pending.items[0].id, outcome: 'rejected', reason: '照片看不清检查日期' }, true)
  await step('o-migrant', 'proof', 'proof.mine', {})
  const { cloudPath } = await step('o-migrant', 'proof', 'proof.uploadPath', {})
  emu.wire.storage.put(cloudPath, Buffer.from('certificate'), 'image/jpeg')
  const migrant = emu.wire.db.collection('accounts').findOne({ _id: 'o-migrant' }) as unknown as { memberId: string }
  await step('o-migrant', 'proof', 'proof.submit', {
    memberId: migrant.memberId, clinicName: '上海市浦东新区社区卫生服务中心', checkupDay: new Date(Date.now() - 86400e3 * 3).toISOString().slice(0, 10),
    fileId: emu.wire.storage.fileIdOf(cloudPath), previousProofId: pending.items[0]?.id,
  }, true)

  // Ledger: two finance members, a reversal, the public views
  const F1 = 'o-panel-member', F2 = 'o-finance-member'
  // An item of the village's newest commitment (the bench published a new version above).
  const [template] = emu.wire.db.collection('commitment_templates').find({ villageId: 'v-shizi' }).sort((a, b) => Number(b.version) - Number(a.version)) as unknown as Array<{ villageItems: Array<{ id: string }> }>
  const fee = await step(F2, 'ledger', 'ledger.record', { kind: 'village-fee', householdId: 'h-shizi-001', amountFen: 30000, itemId: template.villageItems[0].id, purpose: '未按期兑现奖励，付违约金' }, true)
  await step(F1, 'ledger', 'ledger.list', { view: 'pending', limit: 20 })
  const linked = await step(F1, 'ledger', 'ledger.approve', { entryId: fee.entry.id }, true)
  const wrong = await step(F2, 'ledger', 'ledger.record', { kind: 'income', amountFen: 100, purpose: '误记' }, true)
  await step(F1, 'ledger', 'ledger.reject', { entryId: wrong.entry.id, reason: '没有这笔收入' }, true)
  const reversal = await step(F2, 'ledger', 'ledger.record', { kind: 'reversal', reversesEntryId: fee.entry.id, reason: '金额错了' }, true)
  await step(F1, 'ledger', 'ledger.approve', { entryId: reversal.entry.id }, true)
  await step(HEAD, 'ledger', 'ledger.list', { limit: 20 })
  await step(HEAD, 'ledger', 'ledger.summary', {})
  await step(TOWN, 'ledger', 'ledger.summary', {})
  await step(HEAD, 'ledger', 'ledger.verify', {})
  await step(HEAD, 'ledger', 'ledger.export', {})
  await step(F1, 'ledger', 'ledger.publish', { quarter: linked.entry.quarter }, true)

  // Complaints: a filing token blinded as the phone does, then an anonymous and a named complaint's life
  const SUP = 'o-panel-member'
  const { key } = await step(HEAD, 'complaint', 'complaint.tokens', {}, true)
  const message = randomUUID().replace(/-/g, '').padEnd(64, '0')
  const blind = blindToken(message, randomUUID().replace(/-/g, '').repeat(4), key)!
  const signed = await step(HEAD, 'complaint', 'complaint.tokens', { keyId: key.keyId, blinded: [blind.blinded] }, true)
  const token = { period: key.period, message, signature: unblindToken(signed.signatures[0], blind.r, key) }
  const anon = await step(HEAD, 'complaint', 'complaint.file', { anonymous: true, category: 'conduct', text: '有干部上班时间不在村部', token }, true)
  const filed = await step(HEAD, 'complaint', 'complaint.file', { anonymous: false, category: 'service', text: '窗口经常没有人' }, true)
  const receipt = { receipt: anon.receipt }
  const cid = filed.complaint.id
  await step(HEAD, 'complaint', 'complaint.mine', { limit: 20 })
  await step(SUP, 'complaint', 'complaint.list', { limit: 20 })
  await step(SUP, 'complaint', 'complaint.get', { complaintId: cid })
  await step(SUP, 'complaint', 'complaint.accept', { complaintId: cid }, true)
  await step(SUP, 'complaint', 'complaint.extend', { complaintId: cid, days: 3, reason: '需要开会核实' }, true)
  await step(SUP, 'complaint', 'complaint.respond', { as: 'answer', complaintId: anon.complaint.id, text: '已提醒按时坐班' }, true)
  await step(HEAD, 'complaint', 'complaint.follow', { receipts: [anon.receipt] })
  await step(HEAD, 'complaint', 'complaint.rate', { locator: receipt, stars: 2, comment: '', resolved: false }, true)
  await step(HEAD, 'complaint', 'complaint.reopen', { locator: receipt, reason: '还是找不到人' }, true)
  await step(SUP, 'complaint', 'complaint.escalate', { complaintId: cid, reason: '请镇里协调' }, true)
  await step(TOWN, 'complaint', 'complaint.close', { complaintId: cid, reason: '不属于村里办理的事项' }, true)
  await step(HEAD, 'complaint', 'complaint.stats', {})

  // Reports (issue 11)
  const PANEL = 'o-panel-member'
  await step(CADRE, 'report', 'work.today', {})
  await step(PANEL, 'report', 'work.today', {})
  await step(TOWN, 'report', 'work.today', {})
  await step(CADRE, 'report', 'dashboard.village', {})
  await step(CADRE, 'report', 'dashboard.village', { households: { filter: 'checkup-overdue' }, limit: 20 })
  await step(TOWN, 'report', 'dashboard.township', { county: true })
  await step(CADRE, 'report', 'dashboard.trend', {})
  const { opened } = await step(TOWN, 'report', 'assessment.list', {})
  const goods = ['organisation', 'rules', 'openness', 'service', 'family', 'civility'].map((key) => ({ key, score: 8, comment: '' }))
  await step(TOWN, 'report', 'assessment.score', { villageId: 'v-shizi', quarter: opened[0], goods, submit: true }, true)
  await step(CADRE, 'report', 'assessment.list', {})
  emu.wire.db.collection('assessment_rounds').remove({ _id: `t-shizi:${opened[0]}` })
  await step(TOWN, 'report', 'assessment.open', { quarter: opened[0] }, true)
  await step(CADRE, 'report', 'report.export', {})
  await step(CADRE, 'report', 'notice.sheet', {})

  // Notifications
  await emu.runner.fireTimer('notify', 'relay')
  await step(HEAD, 'notify', 'subscription.list', {})
  await step(HEAD, 'notify', 'subscription.grant', { results: [{ template: 'enrolment-decided', answer: 'accept' }] }, true)
  const inbox = await step(HEAD, 'notify', 'inbox.list', { limit: 20 })
  if (inbox.items[0]) await step(HEAD, 'notify', 'inbox.read', { id: inbox.items[0].id }, true)
  await step(HEAD, 'notify', 'inbox.read', { all: true }, true)
  return rows
}
