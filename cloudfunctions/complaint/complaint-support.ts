// Test helpers for the complaint function: a phone's half of the filing tokens, and callers.
import { randomBytes, randomUUID } from 'crypto'
import { blindToken, unblindToken, verifyToken } from '@chengxin/shared/src/domain'
import type { useEmulator } from '../../test/support/actions'

export const SUPERVISOR = 'o-panel-member' // 十字村 supervision group, head of h-shizi-002
export const HEAD = 'o-resident-head' // head of h-shizi-001
export const SPOUSE = 'o-resident-spouse'
export const MIGRANT = 'o-migrant'
export const NEIGHBOUR = 'o-resident-neighbour'
export const CADRE = 'o-cadre-shizi'
export const TOWN = 'o-township-officer'
export const BAIZI = 'o-resident-baizi'
export const FINANCE = 'o-finance-member' // panel, finance group only

type T = ReturnType<typeof useEmulator>

export function complaintCalls(t: T) {
  const call = (openid: string, action: string, input: object = {}) => t.call(openid, 'complaint', action, input)
  const change = (openid: string, action: string, input: object, requestId?: string) => t.change(openid, 'complaint', action, input, requestId)

  /** What the phone does: fetch the key, blind n random messages, unblind the answers. */
  async function tokens(openid: string, n = 1) {
    const key = (await change(openid, 'complaint.tokens', {})).data.key
    const messages = Array.from({ length: n }, () => randomBytes(32).toString('hex'))
    const blinds = messages.map((m) => blindToken(m, randomBytes(256).toString('hex'), key)!)
    const res = await change(openid, 'complaint.tokens', { keyId: key.keyId, blinded: blinds.map((b) => b.blinded) })
    if (!res.ok) throw new Error(`tokens: ${res.error?.code}`)
    return messages.map((message, i) => {
      const signature = unblindToken(res.data.signatures[i], blinds[i].r, key)
      if (!verifyToken(message, signature, key)) throw new Error('token does not verify')
      return { period: key.period, message, signature }
    })
  }

  const named = (openid: string, over: object = {}, requestId?: string) =>
    change(openid, 'complaint.file', { anonymous: false, category: 'service', text: '村部办事窗口上班时间经常没有人', ...over }, requestId)

  async function anonymous(openid: string, over: object = {}, requestId: string = randomUUID()) {
    const [token] = await tokens(openid)
    const input = { anonymous: true, category: 'conduct', text: '有干部在办低保时收取好处费', token, ...over }
    return { res: await change(openid, 'complaint.file', input, requestId), input, requestId }
  }

  /** The ref the filing form offers for a person, by their account's name. */
  async function refOf(openid: string, who: string) {
    const name = t.findOne('accounts', { _id: who }).name
    const people = (await call(openid, 'complaint.mine')).data.filing.people as Array<{ ref: string; name: string }>
    return people.find((p) => p.name === name)!.ref
  }

  return { call, change, tokens, named, anonymous, refOf }
}
