import { z } from 'zod'
import { ACTIONS, CallRequest, errorOf, type ActionName, type Result } from '../api'
import type { Role } from '../api/roles'
import type { AccountDoc, OutboxEntry } from './documents'
import { ActionFailure } from './failure'
import { callerOpenid, database, type Database } from './cloud'
import { loadContext, type Preload } from './context'
import { inputHash, writeRecord, type ChangeNote } from './record'

// Field messages in INVALID_INPUT are shown to villagers: Chinese, not English.
z.config(z.locales.zhCN())

export interface Caller {
  openid: string
  account: AccountDoc | null
  roles: Role[]
}

export interface ActionContext {
  db: Database
  _: Database['command']
  caller: Caller
  /** Present for changes; written into what the change stores so a retry recognises it. */
  requestId: string
  preloaded: Record<string, unknown[]>
  /** What this change did, for the audit log (required for changes). */
  note(change: ChangeNote): void
  /** A notification to deliver after the change is stored (outbox, never fails the change). */
  notify(entry: OutboxEntry): void
}

type Input<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['input']>
type Output<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['output']>

export interface ActionDef<A extends ActionName> {
  preload?: (input: Input<A>, caller: { openid: string }) => Preload
  run: (ctx: ActionContext, input: Input<A>) => Promise<Output<A>>
}

export type ActionMap = { [A in ActionName]?: ActionDef<A> }

const fail = (code: Parameters<typeof errorOf>[0], fields?: Record<string, string>): Result<never> => ({ ok: false, error: errorOf(code, fields) })

function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) fields[issue.path.join('.') || 'input'] ??= issue.message
  return fields
}

/**
 * The cloud function entry: `export const main = createHandler({ 'commitment.sign': sign })`.
 * Parses, resolves the caller, checks the audience, answers retries from the audit record,
 * runs the action, records the change. Always resolves to a Result; never throws.
 */
export function createHandler(actions: ActionMap, options: { db?: () => Database } = {}) {
  return async function main(event: unknown): Promise<Result<unknown>> {
    const request = CallRequest.safeParse(event)
    if (!request.success) return fail('INVALID_INPUT', zodFields(request.error))
    const name = request.data.action as ActionName
    const spec = ACTIONS[name]
    const def = actions[name] as ActionDef<ActionName> | undefined
    if (!spec || !def) return fail('UNKNOWN_ACTION')
    if (spec.mutation && !request.data.requestId) return fail('INVALID_INPUT', { requestId: '缺少请求编号' })
    const parsed = spec.input.safeParse(request.data.input ?? {})
    if (!parsed.success) return fail('INVALID_INPUT', zodFields(parsed.error))
    const input = parsed.data

    try {
      const openid = callerOpenid()
      if (!openid) return fail('NOT_SIGNED_IN')
      const db = (options.db ?? database)()
      const requestId = spec.mutation ? request.data.requestId! : ''
      const hash = spec.mutation ? inputHash(name, input) : ''
      const loaded = await loadContext(db, openid, requestId || undefined, def.preload?.(input as never, { openid }) ?? {})
      if (loaded.prior) {
        return loaded.prior.inputHash === hash ? (loaded.prior.response as Result<unknown>) : fail('IDEMPOTENCY_CONFLICT')
      }

      const roles = loaded.account?.roles ?? []
      if (spec.audience !== 'anyone') {
        if (!loaded.account) return fail('NOT_SIGNED_IN')
        if (!spec.audience.some((r) => roles.includes(r))) return fail('FORBIDDEN_ROLE')
      }

      let change: ChangeNote | null = null
      const outbox: OutboxEntry[] = []
      const ctx: ActionContext = {
        db,
        _: db.command,
        caller: { openid, account: loaded.account, roles },
        requestId,
        preloaded: loaded.preloaded,
        note: (c) => (change = c),
        notify: (entry) => outbox.push(entry),
      }
      // Output is parsed too: zod drops every field the schema does not name, so nothing
      // the caller's role may not see can leave by accident.
      const data = spec.output.parse(await def.run(ctx, input as never))
      const response: Result<unknown> = { ok: true, data: JSON.parse(JSON.stringify(data)) }
      if (!spec.mutation) return response
      if (!change) throw new Error(`${name} changed something without noting it for the audit log`)

      const { target, summary } = change as ChangeNote
      // 'duplicate' means a concurrent twin of this request stored the same change first.
      await writeRecord(db, {
        _id: requestId, kind: 'change', action: name,
        actor: { openid, name: loaded.account?.name ?? null, roles },
        target, summary, inputHash: hash, response, outbox, outboxPending: outbox.length > 0,
      })
      return response
    } catch (e) {
      if (e instanceof ActionFailure) return fail(e.code, e.fields)
      console.error(`[${name}]`, e)
      return fail('INTERNAL')
    }
  }
}
