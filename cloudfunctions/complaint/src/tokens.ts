import { constants, generateKeyPairSync, privateDecrypt } from 'crypto'
import type { ComplaintTokensOutput } from '@chengxin/shared/src/api'
import { isBlindedValue, tokenKeyId, tokenPeriod, TOKENS_PER_WEEK } from '@chengxin/shared/src/domain'
import type { ActionContext, ComplaintGrantDoc, ComplaintKeyDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, householdOf, isDuplicateKey, listOf, seal, unseal, updatedCount } from '@chengxin/shared/src/server'
import { today } from './change'

/**
 * Filing tokens, issued blind: the household's phone sends blinded values, the server signs
 * them with the week's key without learning what it signed. The grant counter is per
 * household and week (who obtained tokens is known; which complaint spent one is not).
 * One key per week for everyone, so a token cannot be tagged by its key. Round trips:
 * context, claim, grant, record (4); the week's first call also creates the key (5).
 */
export const tokens = defineAction<'complaint.tokens'>()({
  preload: () => {
    const period = tokenPeriod(today())
    return {
      key: { from: 'complaint_keys', match: { _id: period } },
      grant: { from: 'complaint_grants', match: { period }, ofCaller: { householdId: 'householdId' } },
    }
  },

  async run(ctx, input): Promise<ComplaintTokensOutput> {
    const { householdId } = householdOf(ctx.caller)
    const period = tokenPeriod(today())
    const key = ctx.preloaded.key[0] ?? (await createKey(ctx, period))
    const publicKey = { period, n: key.n, e: key.e, keyId: key.keyId }
    const grant: ComplaintGrantDoc | undefined = ctx.preloaded.grant[0]
    const used = grant?.count ?? 0
    const blinded = input.blinded ?? []
    ctx.note({ target: { collection: 'complaint_grants', id: `${householdId}#${period}`, villageId: null, householdId }, summary: `领取匿名投诉凭证${blinded.length}张` })
    if (blinded.length === 0) return { key: publicKey, signatures: [], remaining: TOKENS_PER_WEEK - used, perWeek: TOKENS_PER_WEEK }

    // Values blinded for last week's key would unblind to nothing usable: say so rather than sign.
    assert(!input.keyId || input.keyId === key.keyId, 'TOKEN_INVALID')
    assert(blinded.every((b) => isBlindedValue(b, key)), 'TOKEN_INVALID')
    assert(used + blinded.length <= TOKENS_PER_WEEK, 'TOKENS_USED_UP')
    await takeFromAllowance(ctx, householdId, period, grant, blinded.length)
    const privateKey = unseal(key.sealedPrivateKey) as string
    const size = Math.ceil(key.n.length / 2)
    const signatures = blinded.map((b) => rawSign(privateKey, b, size))
    return { key: publicKey, signatures, remaining: TOKENS_PER_WEEK - used - blinded.length, perWeek: TOKENS_PER_WEEK }
  },
})

/** RSA without padding (m^d mod n): the blind signature. Node's own RSA, with its CRT speed. */
function rawSign(privateKeyPem: string, blindedHex: string, size: number): string {
  const input = Buffer.from(blindedHex.padStart(size * 2, '0'), 'hex')
  const out = privateDecrypt({ key: privateKeyPem, padding: constants.RSA_NO_PADDING }, input)
  return BigInt(`0x${out.toString('hex')}`).toString(16)
}

/** The week's key, made on its first use; two first calls racing keep whichever was stored first. */
async function createKey(ctx: ActionContext, period: string): Promise<ComplaintKeyDoc> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 })
  const jwk = privateKey.export({ format: 'jwk' }) as { n: string; e: string }
  const hex = (b64: string) => BigInt(`0x${Buffer.from(b64, 'base64url').toString('hex')}`).toString(16)
  const pub = { n: hex(jwk.n), e: Number(BigInt(`0x${Buffer.from(jwk.e, 'base64url').toString('hex')}`)) }
  const doc: ComplaintKeyDoc = { _id: period, ...pub, keyId: tokenKeyId(pub), sealedPrivateKey: seal(privateKey.export({ format: 'pem', type: 'pkcs1' }).toString()) }
  try {
    await ctx.db.collection('complaint_keys').add({ data: doc })
    return doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    return listOf<ComplaintKeyDoc>(await ctx.db.collection('complaint_keys').where({ _id: period }).limit(1).get())[0]
  }
}

/** A conditional update, so two phones of one household cannot both take the last token. */
async function takeFromAllowance(ctx: ActionContext, householdId: string, period: string, grant: ComplaintGrantDoc | undefined, n: number): Promise<void> {
  const _id = `${householdId}#${period}`
  if (!grant) {
    try {
      await ctx.db.collection('complaint_grants').add({ data: { _id, householdId, period, count: n } satisfies ComplaintGrantDoc })
      return
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
  }
  const res = await ctx.db.collection('complaint_grants').where({ _id, count: ctx._.lte(TOKENS_PER_WEEK - n) }).update({ data: { count: ctx._.inc(n) } })
  assert(updatedCount(res) === 1, 'TOKENS_USED_UP')
}
