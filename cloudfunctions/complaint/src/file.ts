import { PAGES } from '@chengxin/shared/src/api/pages'
import type { ComplaintFileInput, ComplaintFileOutput } from '@chengxin/shared/src/api'
import { COMPLAINT_CATEGORY_LABELS, deadlineRule, isOwnProofPhoto, routeComplaint, spendablePeriods, spentTokenId, verifyToken, addDays, type DeadlineRule } from '@chengxin/shared/src/domain'
import type { AccountDoc, ActionContext, ComplaintDoc, ComplaintKeyDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, householdOf, isDuplicateKey, listOf } from '@chengxin/shared/src/server'
import { photoFolderKey } from '../../proof/src/photo-folder'
import { complaintView } from './view'
import { today } from './change'
import { officersOf, preloadOfficers } from './desk'
import { textIsSafe } from './content'
import { newReceipt, peopleOf, personRef, preloadPeople, receiptHash, roleLabel, routingPerson, supervisorsOf, type People } from './people'

type Input = Extract<ComplaintFileInput, object> & { about: { personRef: string } | { name: string } | null; photos: string[] }

/**
 * A resident files a complaint about their village. Named: as any change (the kit records the
 * author). Anonymous: spends a filing token; the complaint's id comes from the token, so its
 * one insert is also the double-spending check and the retry's recognition; nothing of the
 * author is stored (see docs/complaints.md). Named: context, claim, insert, record (4);
 * anonymous: context, insert, record (3).
 */
export const file = defineAction<'complaint.file'>()({
  anonymous: (input) => input.anonymous,
  preload: (input) => ({
    ...preloadPeople,
    ...preloadOfficers,
    ...(input.anonymous ? { keys: { from: 'complaint_keys', match: { _id: { $in: spendablePeriods(today()) } }, limit: 2 } } : {}),
  }),

  async run(ctx, rawInput): Promise<ComplaintFileOutput> {
    const input = rawInput as Input
    const account = accountOf(ctx.caller)
    const home = householdOf(ctx.caller)
    const people = peopleOf(ctx)
    assert(people.village && people.village._id === home.villageId, 'NOT_IN_VILLAGE')
    const subject = subjectOf(people, input.about)
    const route = routeComplaint({
      supervisors: supervisorsOf(people).map(routingPerson), cadres: people.cadres.map(routingPerson),
      subject: subject.account ? routingPerson(subject.account) : null,
      author: input.anonymous ? null : { id: ctx.caller.openid, householdId: home.householdId },
    })
    const day = today()
    const rule: DeadlineRule = deadlineRule((people.village as { complaintRules?: never }).complaintRules, input.category)
    const base: Omit<ComplaintDoc, '_id' | 'anonymous' | 'author' | 'receiptHash' | 'claims' | 'events'> = {
      townshipId: people.village.townshipId, villageId: people.village._id, villageName: people.village.name,
      category: input.category, text: input.text, photos: input.photos,
      about: subject.about, excludedIds: route.excludedIds, excludedHouseholds: route.excludedHouseholds, handlers: route.handlers,
      level: route.level, escalation: route.level === 'township' ? 'conflict' : null, status: 'submitted',
      filedDay: day, acceptBy: addDays(day, rule.acceptDays), answerBy: addDays(day, rule.answerDays), answerDays: rule.answerDays,
      dueDay: addDays(day, rule.acceptDays), extension: null, firstAnswerDay: null, firstAnswerWithin: null, decidedDay: null,
      reopenCount: 0, rating: null, closeReason: null, version: 1,
    }
    assert(await textIsSafe(input.text, input.anonymous ? null : ctx.caller.openid), 'CONTENT_UNSAFE')

    const stored = input.anonymous
      ? await fileAnonymous(ctx, base, input as Input & { token: { period: string; message: string; signature: string } })
      : await fileNamed(ctx, base, account, home, input)
    const { doc, receipt } = stored

    const label = COMPLAINT_CATEGORY_LABELS[doc.category]
    const to = doc.level === 'village' ? doc.handlers : officersOf(ctx).map((o) => o._id)
    for (const openid of to) {
      ctx.notify({
        to: { openid }, template: 'complaint-new', title: '有一件新投诉待受理',
        body: `${doc.villageName}·${label}，请在${doc.acceptBy}前受理`,
        page: doc.level === 'village' ? PAGES.panelComplaint(doc._id) : PAGES.townshipComplaint(doc._id),
      })
    }
    ctx.note({
      target: { collection: 'complaints', id: doc._id, villageId: doc.villageId, householdId: doc.anonymous ? null : home.householdId },
      summary: `${doc.anonymous ? '匿名' : '实名'}投诉（${label}），交${doc.level === 'village' ? '村监督小组' : '镇里'}办理`,
    })
    return { complaint: complaintView(doc, { kind: 'author' }, day), receipt }
  },
})

function subjectOf(people: People, about: Input['about']): { about: ComplaintDoc['about']; account: AccountDoc | null } {
  if (!about) return { about: null, account: null }
  const everyone = [...people.cadres, ...people.panel]
  if ('personRef' in about) {
    const account = everyone.find((a) => personRef(a._id) === about.personRef)
    assert(account, 'PERSON_UNKNOWN')
    return { about: { name: account.name ?? '', roleLabel: roleLabel(account), personId: account._id }, account }
  }
  // A typed name that is exactly one cadre's or panel member's is that person, for routing too.
  const same = everyone.filter((a) => a.name === about.name)
  const account = same.length === 1 ? same[0] : null
  return { about: { name: about.name, roleLabel: account ? roleLabel(account) : null, personId: account?._id ?? null }, account }
}

async function fileNamed(ctx: ActionContext, base: Parameters<typeof build>[0], account: AccountDoc, home: ReturnType<typeof householdOf>, input: Input) {
  const folder = photoFolderKey(ctx.caller.openid)
  assert(input.photos.every((p) => isOwnProofPhoto(p, folder)), 'PHOTO_INVALID')
  const doc = build(base, `cm-${ctx.requestId}`, {
    anonymous: false, receiptHash: null, claims: [],
    author: { openid: ctx.caller.openid, name: account.name ?? '', householdId: home.householdId, householdLabel: account.householdLabel ?? '' },
  }, ctx.requestId)
  try {
    await ctx.db.collection('complaints').add({ data: doc })
    return { doc, receipt: null }
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // Its own complaint: the first run died after the insert and the kit runs it again.
    const [mine] = listOf<ComplaintDoc>(await ctx.db.collection('complaints').where({ _id: doc._id }).limit(1).get())
    assert(mine?.author?.openid === ctx.caller.openid, 'IDEMPOTENCY_CONFLICT')
    return { doc: mine, receipt: null }
  }
}

async function fileAnonymous(ctx: ActionContext<{ keys?: ComplaintKeyDoc[] }>, base: Parameters<typeof build>[0], input: Input & { token: { period: string; message: string; signature: string } }) {
  const anonymous = ctx.anonymous!
  const key = (ctx.preloaded.keys ?? []).find((k) => k._id === input.token.period)
  assert(key && verifyToken(input.token.message, input.token.signature, key), 'TOKEN_INVALID')
  const id = `cm-${spentTokenId(input.token.message).slice(0, 32)}`
  const receipt = newReceipt()
  const doc = build(base, id, { anonymous: true, author: null, receiptHash: receiptHash(receipt), claims: [] }, anonymous.claimId)
  const answer = { complaintId: id, receipt }
  doc.claims = [{ id: anonymous.claimId, tag: anonymous.inputTag, answer: anonymous.sealAnswer(answer) }]
  try {
    await ctx.db.collection('complaints').add({ data: doc })
    return { doc, receipt }
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // The token's complaint exists: this request's own (a retry) or a second spending.
    const [stored] = listOf<ComplaintDoc>(await ctx.db.collection('complaints').where({ _id: id }).limit(1).get())
    const claim = stored?.claims.find((k) => k.id === anonymous.claimId)
    assert(claim, 'TOKEN_SPENT')
    assert(claim.tag === anonymous.inputTag, 'IDEMPOTENCY_CONFLICT')
    return { doc: stored, receipt: (anonymous.openAnswer(claim.answer) as typeof answer).receipt }
  }
}

type Base = Omit<ComplaintDoc, '_id' | 'anonymous' | 'author' | 'receiptHash' | 'claims' | 'events'>

function build(base: Base, _id: string, who: Pick<ComplaintDoc, 'anonymous' | 'author' | 'receiptHash' | 'claims'>, change: string): ComplaintDoc {
  return {
    _id, ...base, ...who,
    events: [{ kind: 'filed', day: base.filedDay, by: 'author', byName: null, text: null, photos: [], internal: false, change }],
  }
}
