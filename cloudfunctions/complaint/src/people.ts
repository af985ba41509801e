import { createHash, createHmac, randomBytes } from 'crypto'
import type { PersonChoice } from '@chengxin/shared/src/api'
import type { AccountDoc, ActionContext, VillageDoc } from '@chengxin/shared/src/server'
import { idHashKey, preloadOf } from '@chengxin/shared/src/server'
import type { RoutingPerson } from '@chengxin/shared/src/domain'
import { isSupervisor } from './desk'

/** The village's cadres and panel members, loaded with the caller (one round trip with the rest). */
export const preloadPeople = preloadOf({
  village: { from: 'villages', ofCaller: { _id: 'villageId' } },
  panel: { from: 'accounts', match: { roles: 'panel' }, ofCaller: { villageId: 'villageId' }, limit: 60 },
  cadres: { from: 'accounts', match: { roles: 'cadre' }, ofCaller: { villageId: 'villageId' }, limit: 10 },
})

/** An opaque reference to a person a complaint may name: openids never leave the server. */
export const personRef = (openid: string) => `p-${createHmac('sha256', idHashKey()).update(`complaint-person\n${openid}`).digest('hex').slice(0, 24)}`

export interface People {
  village: VillageDoc | undefined
  cadres: AccountDoc[]
  panel: AccountDoc[]
}

export function peopleOf(ctx: ActionContext<{ village?: VillageDoc[]; cadres?: AccountDoc[]; panel?: AccountDoc[] }>): People {
  return {
    village: ctx.preloaded.village?.[0],
    cadres: ctx.preloaded.cadres ?? [],
    panel: ctx.preloaded.panel ?? [],
  }
}

export function roleLabel(a: AccountDoc): string {
  if (a.roles.includes('cadre')) return '村专干'
  const groups = a.panelGroups ?? []
  if (groups.includes('supervision')) return '监督小组成员'
  if (groups.includes('finance')) return '理财小组成员'
  return '评议小组成员'
}

export function choices(p: People): PersonChoice[] {
  return [...p.cadres, ...p.panel].filter((a) => a.name).map((a) => ({ ref: personRef(a._id), name: a.name!, roleLabel: roleLabel(a) }))
}

export const routingPerson = (a: AccountDoc): RoutingPerson => ({ id: a._id, householdId: a.householdId })
export const supervisorsOf = (p: People) => p.panel.filter(isSupervisor)

/** Crockford base32 without I L O U: read aloud and typed without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function newReceipt(): string {
  const bytes = randomBytes(16)
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('')
  return chars.match(/.{4}/g)!.join('-')
}

/** The only form of a receipt the database holds. The receipt has 80 random bits: no key is needed to keep it unguessable. */
export const receiptHash = (receipt: string) => createHash('sha256').update(`chengxin/receipt/v1:${receipt}`).digest('hex')
