import type { InviteCreateInput } from '@chengxin/shared/src/api'
import type { AccountDoc, ActionContext, HouseholdDoc, InviteDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, assertSameVillage, defineAction, isDuplicateKey, listOf } from '@chengxin/shared/src/server'
import { randomCode, requestCode } from './invite-code'
import { inviteQrFile, tempUrls } from './invite-qr'
import { inviteView } from './invite-view'

/** Whom the invite binds to what; the rest (code, expiry, use) is filled in when storing. */
type Target = Omit<InviteDoc, '_id' | 'qrFileId' | 'requestId' | 'expiresAt' | 'usedBy' | 'usedAt' | 'createdBy' | 'createdAt'>
type Draft = Omit<InviteDoc, '_id' | 'qrFileId' | 'requestId'>
const DAY = 86400000
/** What a member invite preloads: the household, the cadre's village, accounts already bound to the member. */
type MemberPreloads = { household?: HouseholdDoc[]; village: VillageDoc[]; bound?: AccountDoc[] }

/** The township office names a village and invites its new cadre. */
function cadreDraft(ctx: ActionContext, village: VillageDoc | undefined, input: Extract<InviteCreateInput, { kind: 'cadre' }>): Target {
  assert(ctx.caller.roles.includes('township'), 'FORBIDDEN_ROLE')
  const account = accountOf(ctx.caller)
  assert(village, 'NOT_FOUND')
  assert(village.townshipId === account.townshipId, 'NOT_IN_VILLAGE')
  return {
    kind: 'role', role: 'cadre', townshipId: village.townshipId, townshipName: account.townshipName ?? '',
    villageId: village._id, villageName: village.name, householdId: null, householdLabel: null, groupName: null,
    memberId: null, memberName: input.name ?? '新任村专干', isHead: false,
  }
}

/** A cadre invites one member of a household of their village who has no WeChat bound yet. */
function memberDraft(ctx: ActionContext<MemberPreloads>, input: Extract<InviteCreateInput, { kind: 'member' }>): Target {
  assert(ctx.caller.roles.includes('cadre'), 'FORBIDDEN_ROLE')
  const hh: HouseholdDoc | undefined = ctx.preloaded.household?.[0]
  const village: VillageDoc | undefined = ctx.preloaded.village[0]
  assert(hh, 'NOT_FOUND')
  assertSameVillage(ctx.caller, hh.villageId)
  assert(!hh.archived, 'HOUSEHOLD_ARCHIVED')
  const member = hh.members.find((m) => m.id === input.memberId)
  assert(member, 'NOT_FOUND')
  assert(!ctx.preloaded.bound?.length, 'MEMBER_BOUND')
  const account = accountOf(ctx.caller)
  return {
    kind: 'member', role: 'resident', townshipId: account.townshipId ?? village?.townshipId ?? '', townshipName: account.townshipName ?? '',
    villageId: hh.villageId, villageName: village?.name ?? account.villageName, householdId: hh._id, householdLabel: hh.label,
    groupName: village?.groups.find((g) => g.id === hh.groupId)?.name ?? '', memberId: member.id, memberName: member.name, isHead: member.isHead,
  }
}

/**
 * Stores the invite under the request's own code. Taken by this same request (a retry after
 * a lost reply): that invite is the answer. Taken by another (about one in 10^12): a fresh
 * random code, with its own mini-program code.
 */
async function store(ctx: ActionContext, draft: Draft, makeQr: boolean): Promise<InviteDoc> {
  let code = requestCode(ctx.requestId)
  for (let attempt = 0; attempt < 3; attempt++) {
    const doc: InviteDoc = { ...draft, _id: code, requestId: ctx.requestId, qrFileId: makeQr ? await inviteQrFile(code) : null }
    try {
      await ctx.db.collection('invites').add({ data: doc })
      return doc
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    const [taken] = listOf<InviteDoc>(await ctx.db.collection('invites').where({ _id: code }).get())
    if (taken?.requestId === ctx.requestId) return taken
    code = randomCode()
  }
  throw new Error('invite.create: no free code after three tries')
}

export const createInvite = defineAction<'invite.create'>()({
  preload: (input) => ({
    village: input.kind === 'cadre'
      ? { from: 'villages', match: { _id: input.villageId } }
      : { from: 'villages', ofCaller: { _id: 'villageId' as const } },
    ...(input.kind === 'member'
      ? {
          household: { from: 'households', match: { _id: input.householdId } },
          bound: { from: 'accounts', match: { householdId: input.householdId, memberId: input.memberId } },
        }
      : {}),
  }),

  async run(ctx, input) {
    const draft = input.kind === 'cadre' ? cadreDraft(ctx, ctx.preloaded.village[0], input) : memberDraft(ctx, input)
    const now = new Date()
    const doc = await store(ctx, { ...draft, expiresAt: new Date(now.getTime() + input.expiresInDays * DAY), usedBy: null, usedAt: null, createdBy: ctx.caller.openid, createdAt: now }, input.kind === 'member')
    const urls = await tempUrls(doc.qrFileId ? [doc.qrFileId] : [])
    ctx.note({
      target: { collection: 'invites', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: doc.kind === 'member'
        ? `为${doc.householdLabel}成员${doc.memberName}发放邀请码（${input.expiresInDays}天内有效）`
        : `为${doc.villageName}发放村专干邀请码（${doc.memberName}，${input.expiresInDays}天内有效）`,
    })
    return { invite: inviteView(doc, doc.qrFileId ? urls[doc.qrFileId] ?? null : null) }
  },
})
