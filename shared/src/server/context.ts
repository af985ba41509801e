import type { AccountDoc, AuditDoc } from './documents'
import { listOf, type Database } from './cloud'

/** Documents an action wants loaded with the caller, by id or by an indexed filter. */
export type Preload = Record<string, { from: string; match: Record<string, unknown>; limit?: number }>

interface PipelineBuilder {
  match(q: object): PipelineBuilder
  limit(n: number): PipelineBuilder
  project(p: object): PipelineBuilder
  done(): object[]
}

export interface Loaded {
  account: AccountDoc | null
  prior: Pick<AuditDoc, 'inputHash' | 'response'> | null
  preloaded: Record<string, unknown[]>
}

/**
 * One round trip for everything an action needs before it runs: the caller's account, the
 * first answer to this requestId (if it was seen before) and the action's own preloads,
 * as `$lookup`s from the caller's account document. A caller without an account yet
 * (first sign-in) falls back to plain reads.
 */
export async function loadContext(db: Database, openid: string, requestId: string | undefined, preload: Preload): Promise<Loaded> {
  // `pipeline()` exists in the SDK (command.aggregate.pipeline) but not in its typings.
  const $ = db.command.aggregate as unknown as { pipeline(): PipelineBuilder }
  const lookups: Preload = { ...preload }
  if (requestId) lookups._prior = { from: 'audit', match: { _id: requestId }, limit: 1 }

  let agg = db.collection('accounts').aggregate().match({ _id: openid })
  for (const [as, spec] of Object.entries(lookups)) {
    let pipeline = $.pipeline().match(spec.match).limit(spec.limit ?? 1)
    if (as === '_prior') pipeline = pipeline.project({ inputHash: 1, response: 1 })
    agg = agg.lookup({ from: spec.from, pipeline: pipeline.done(), as } as never)
  }
  const [root] = listOf<AccountDoc & Record<string, unknown[]>>(await agg.end())
  if (root) {
    const preloaded: Record<string, unknown[]> = {}
    for (const as of Object.keys(preload)) preloaded[as] = root[as] ?? []
    const prior = (root._prior?.[0] as Loaded['prior']) ?? null
    const account = { ...root } as Record<string, unknown>
    for (const as of Object.keys(lookups)) delete account[as]
    return { account: account as unknown as AccountDoc, prior, preloaded }
  }

  const reads = Object.entries(lookups).map(async ([as, spec]) => {
    const res = await db.collection(spec.from).where(spec.match).limit(spec.limit ?? 1).get()
    return [as, listOf<unknown>(res)] as const
  })
  const found = Object.fromEntries(await Promise.all(reads))
  const { _prior, ...preloaded } = found
  return { account: null, prior: (_prior?.[0] as Loaded['prior']) ?? null, preloaded }
}
