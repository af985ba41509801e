import { z } from 'zod'
import { ACTIONS, CallRequest, errorOf, type ActionName, type Result } from '../api'
import type { Role } from '../api/roles'
import type { AccountDoc, OutboxEntry } from './documents'
import { ActionFailure } from './failure'
import { callerOpenid, database, type Database } from './cloud'
import { loadContext, type Preload, type Preloaded } from './context'
import { claimChange, settlePrior, type Lease } from './change'
import { completeRecord, dropClaim, inputHash, releaseClaim, type ChangeNote } from './record'
import { isTimer } from './timers'
import { checkEvent } from './event-guard'
import { recoverChanges, RECOVER_TRIGGER } from './recover'
import { anonymousChange, anonymousFailure, recordAnonymous, type AnonymousChange } from './anonymous'

// Field messages in INVALID_INPUT are shown to villagers: Chinese, not English.
z.config(z.locales.zhCN())

export interface Caller {
  openid: string
  account: AccountDoc | null
  roles: Role[]
}

export interface ActionContext<L = Record<string, unknown[]>> {
  db: Database
  _: Database['command']
  caller: Caller
  /** Present for changes; written into what the change stores so a retry recognises it. */
  requestId: string
  /** What the action's `preload` declared, typed by it when the action is made with defineAction. */
  preloaded: L
  /** What this change did, for the audit log (required for changes). */
  note(change: ChangeNote): void
  /** A notification to deliver after the change is stored (outbox, never fails the change). */
  notify(entry: OutboxEntry): void
  /**
   * Set for a change the action declared anonymous (ActionDef.anonymous): `requestId` is ''
   * and nothing of the caller may be stored; see anonymous.ts.
   */
  anonymous?: AnonymousChange
}

type Input<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['input']>
type Output<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['output']>

export interface ActionDef<A extends ActionName, P extends Preload = Preload> {
  preload?: (input: Input<A>, caller: { openid: string }) => P
  /**
   * A change that must record no actor (an anonymous complaint): no claim, no sealed input,
   * no actor in the log; the action's own write must recognise a retry (ctx.anonymous).
   */
  anonymous?: (input: Input<A>) => boolean
  run(ctx: ActionContext<Preloaded<P>>, input: Input<A>): Promise<Output<A>>
}

/**
 * Declares an action so `ctx.preloaded` is typed from its `preload` (no casts in `run`):
 * `export const cancel = defineAction<'booking.cancel'>()({ preload: …, async run(ctx) { … } })`.
 * Two calls because TypeScript infers the preload only when the action name is given apart.
 */
export const defineAction = <A extends ActionName>() => <P extends Preload>(def: ActionDef<A, P>): ActionDef<A, P> => def

export type ActionMap = { [A in ActionName]?: ActionDef<A> }

/** What SCF passes as main's second argument (the part the kit reads). */
export interface InvocationContext {
  time_limit_in_ms?: number
}

/** A call parsed: the action's registry entry and definition, its typed input, its requestId ('' for reads). */
export interface Call {
  name: ActionName
  spec: (typeof ACTIONS)[ActionName]
  def: ActionDef<ActionName>
  input: unknown
  /** The input as sent, before parsing: what a pending change keeps (sealed) to run again. */
  raw: unknown
  requestId: string
}

const DEFAULT_TIME_LIMIT_MS = 20_000

const fail = (code: Parameters<typeof errorOf>[0], fields?: Record<string, string>): Result<never> => ({ ok: false, error: errorOf(code, fields) })

function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) fields[issue.path.join('.') || 'input'] ??= issue.message
  return fields
}

export function parseCall(actions: ActionMap, event: unknown): Call | Result<never> {
  // Hostile shapes (nesting thousands deep, undecodable text) are refused before anything walks them.
  const shape = checkEvent(event)
  if (shape) return fail('INVALID_INPUT', { [shape.field.replace(/^input\.?/, '') || 'input']: shape.message })
  const request = CallRequest.safeParse(event)
  if (!request.success) return fail('INVALID_INPUT', zodFields(request.error))
  const name = request.data.action as ActionName
  // Own properties only: `constructor` or `toString` is no action, whatever objects inherit.
  const spec = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined
  const def = Object.hasOwn(actions, name) ? (actions[name] as ActionDef<ActionName>) : undefined
  if (!spec || !def) return fail('UNKNOWN_ACTION')
  if (spec.mutation && !request.data.requestId) return fail('INVALID_INPUT', { requestId: '缺少请求编号' })
  const parsed = spec.input.safeParse(request.data.input ?? {})
  if (!parsed.success) return fail('INVALID_INPUT', zodFields(parsed.error))
  return { name, spec, def, input: parsed.data, raw: request.data.input ?? {}, requestId: spec.mutation ? request.data.requestId! : '' }
}

/**
 * The cloud function entry: `export const main = createHandler({ 'commitment.sign': sign })`.
 * Parses, resolves the caller, checks the audience, answers retries from the audit record,
 * runs the action, records the change. Always resolves to a Result; never throws. Its timer
 * trigger `recover` finishes changes whose function died before their record was complete.
 */
export function createHandler(actions: ActionMap, options: { db?: () => Database } = {}) {
  const db = () => (options.db ?? database)()
  return async function main(event: unknown, context?: InvocationContext): Promise<Result<unknown>> {
    const deadline = Date.now() + (context?.time_limit_in_ms ?? DEFAULT_TIME_LIMIT_MS)
    if (isTimer(event) && event.TriggerName === RECOVER_TRIGGER) {
      return recoverChanges(db(), Object.keys(actions), deadline, (record, raw) => {
        const call = parseCall(actions, { action: record.action, input: raw, requestId: record._id })
        return 'def' in call ? perform(call, record.actor.openid, db(), deadline) : Promise.resolve(call)
      })
    }
    const call = parseCall(actions, event)
    if (!('def' in call)) return call
    const openid = callerOpenid()
    if (!openid) return fail('NOT_SIGNED_IN')
    return perform(call, openid, db(), deadline)
  }
}

/** Everything after parsing, as `openid`, until `deadline` (ms): also how `recover` finishes a change. */
export async function perform(call: Call, openid: string, db: Database, deadline: number): Promise<Result<unknown>> {
  const { name, spec, def, input, raw, requestId } = call
  if (spec.mutation && def.anonymous?.(input as never)) return performAnonymous(call, openid, db)
  let lease: Lease | null = null
  try {
    const hash = spec.mutation ? inputHash(name, input) : ''
    const loaded = await loadContext(db, openid, requestId || undefined, def.preload?.(input as never, { openid }) ?? {})
    if (loaded.prior) {
      const settled = await settlePrior(db, loaded.prior, openid, hash, deadline)
      if ('answer' in settled) return settled.answer
      if ('lease' in settled) lease = settled.lease
    }

    const roles = loaded.account?.roles ?? []
    const refusal = spec.audience === 'anyone' ? null
      : !loaded.account ? 'NOT_SIGNED_IN'
      : !spec.audience.some((r) => roles.includes(r)) ? 'FORBIDDEN_ROLE' : null
    // Refused before anything is claimed; a takeover refused is settled below like any refusal.
    if (refusal && !lease) return fail(refusal)
    const actor = { openid, name: loaded.account?.name ?? null, roles }
    if (spec.mutation && !lease) {
      const claimed = await claimChange(db, { requestId, action: name, actor, inputHash: hash, input: raw }, deadline)
      if ('answer' in claimed) return claimed.answer
      lease = claimed.lease
    }

    let change: ChangeNote | null = null
    const outbox: OutboxEntry[] = []
    const ctx: ActionContext = {
      db, _: db.command, caller: { openid, account: loaded.account, roles }, requestId, preloaded: loaded.preloaded,
      note: (c) => (change = c),
      notify: (entry) => outbox.push(entry),
    }
    let response: Result<unknown>
    try {
      if (refusal) throw new ActionFailure(refusal)
      // Output is parsed too: zod drops every field the schema does not name, so nothing
      // the caller's role may not see can leave by accident.
      const data = spec.output.parse(await def.run(ctx, input as never))
      response = { ok: true, data: JSON.parse(JSON.stringify(data)) }
    } catch (e) {
      if (!(e instanceof ActionFailure)) throw e
      response = fail(e.code, e.fields)
      // A refused new change stored nothing, so it leaves no record. A refused takeover is
      // that change's answer from now on (its first run may have stored part of it).
      if (lease?.fresh) await dropClaim(db, requestId, lease.id)
      if (!lease || lease.fresh) return response
      console.error(`[${name}] ${requestId} taken over and refused: ${e.code}`)
    }
    if (!spec.mutation || !lease) return response
    if (response.ok && !change) throw new Error(`${name} changed something without noting it for the audit log`)

    const { target, summary } = (change as ChangeNote | null) ?? { target: { collection: '', id: '', villageId: null, householdId: null }, summary: '' }
    const sent = response.ok ? outbox : []
    await completeRecord(db, {
      _id: requestId, kind: 'change', action: name, actor, target, summary, inputHash: hash, response, outbox: sent, outboxPending: sent.length > 0,
    })
    return response
  } catch (e) {
    if (e instanceof ActionFailure) return fail(e.code, e.fields)
    console.error(`[${name}]`, e)
    if (lease) await releaseClaim(db, requestId, lease.id).catch(() => undefined)
    return fail('INTERNAL')
  }
}

/**
 * An anonymous change: the caller is resolved and checked like any other (audience, village),
 * but nothing is claimed under the requestId and the log entry names nobody. The action's own
 * write recognises a retry by `ctx.anonymous.claimId`; the log entry follows it.
 */
async function performAnonymous(call: Call, openid: string, db: Database): Promise<Result<unknown>> {
  const { name, spec, def, input, requestId } = call
  try {
    const loaded = await loadContext(db, openid, undefined, def.preload?.(input as never, { openid }) ?? {})
    const roles = loaded.account?.roles ?? []
    if (spec.audience !== 'anyone' && !loaded.account) return fail('NOT_SIGNED_IN')
    if (spec.audience !== 'anyone' && !spec.audience.some((r) => roles.includes(r))) return fail('FORBIDDEN_ROLE')
    const anonymous = anonymousChange(requestId, name, input)
    let change: ChangeNote | null = null
    const outbox: OutboxEntry[] = []
    const ctx: ActionContext = {
      db, _: db.command, caller: { openid, account: loaded.account, roles }, requestId: '', preloaded: loaded.preloaded,
      note: (c) => (change = c),
      notify: (entry) => outbox.push(entry),
      anonymous,
    }
    let data: unknown
    try {
      data = spec.output.parse(await def.run(ctx, input as never))
    } catch (e) {
      if (e instanceof ActionFailure) return fail(e.code, e.fields)
      throw e
    }
    if (!change) throw new Error(`${name} changed something without noting it for the audit log`)
    await recordAnonymous(db, anonymous, name, change, outbox)
    return { ok: true, data: JSON.parse(JSON.stringify(data)) }
  } catch (e) {
    return anonymousFailure(name, e)
  }
}
