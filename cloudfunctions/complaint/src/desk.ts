// Who may see and handle a complaint (issue 8 items 2 and 5). The village's supervision group
// (panel accounts with the 'supervision' group) handles what was routed to the village; the
// township oversees every complaint of its villages and handles what went to it. The person
// named and their household never see it; nor does its named author from the handler's side.
import type { AccountDoc, ActionContext, ComplaintDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, preloadOf } from '@chengxin/shared/src/server'
import { isExcluded } from '@chengxin/shared/src/domain'

export interface HandlerDesk {
  kind: 'handler'
  desk: 'supervision' | 'township'
  openid: string
  name: string
  /** May act on it (accept, answer …); a village desk keeps reading one it escalated. */
  acts: boolean
  /** Sees a named author's name: the handlers it was routed to. */
  seesAuthor: boolean
}

export interface AuthorDesk {
  kind: 'author'
}

export type Reader = HandlerDesk | AuthorDesk

export const isSupervisor = (a: AccountDoc | null): boolean =>
  !!a?.villageId && a.roles.includes('panel') && (a.panelGroups ?? []).includes('supervision')

export const isTownshipOfficer = (a: AccountDoc | null): boolean => !!a && a.roles.includes('township') && !a.villageId

/** The caller's desk for this complaint, or null when they may not see it at all. */
export function deskOf(a: AccountDoc, c: ComplaintDoc): HandlerDesk | null {
  const name = a.name ?? ''
  if (isTownshipOfficer(a)) {
    if (a.townshipId !== c.townshipId) return null
    return { kind: 'handler', desk: 'township', openid: a._id, name, acts: true, seesAuthor: c.level === 'township' }
  }
  if (!isSupervisor(a) || a.villageId !== c.villageId) return null
  if (isExcluded(c, { id: a._id, householdId: a.householdId }) || c.author?.openid === a._id) return null
  if (c.level === 'township' && c.escalation === 'conflict') return null
  return { kind: 'handler', desk: 'supervision', openid: a._id, name, acts: c.level === 'village', seesAuthor: true }
}

/**
 * A handler's desk, checked in the order the access table reads: another village's complaint
 * is NOT_IN_VILLAGE; one the caller must never see (they are named in it) is NOT_FOUND; a
 * resident of the village who handles nothing is NOT_HANDLER.
 */
export function handlerDesk(ctx: ActionContext, c: ComplaintDoc | undefined, acting: boolean): HandlerDesk {
  const a = accountOf(ctx.caller)
  assert(c, 'NOT_FOUND')
  if (isTownshipOfficer(a)) assert(a.townshipId === c.townshipId, 'NOT_IN_VILLAGE')
  else assert(a.villageId === c.villageId, 'NOT_IN_VILLAGE')
  assert(isTownshipOfficer(a) || isSupervisor(a), 'NOT_HANDLER')
  assert(!isExcluded(c, { id: a._id, householdId: a.householdId }) && c.author?.openid !== a._id, 'NOT_FOUND')
  const desk = deskOf(a, c)
  assert(desk && (!acting || desk.acts), 'NOT_HANDLER')
  return desk
}

/** Officers of the complaint's township, preloaded as `officers`. */
export type WithOfficers = ActionContext<{ officers?: AccountDoc[] }>
export const officersOf = (ctx: WithOfficers) => ctx.preloaded.officers ?? []

export const preloadOfficers = preloadOf({ officers: { from: 'accounts', match: { roles: 'township' }, ofCaller: { townshipId: 'townshipId' }, limit: 20 } })
