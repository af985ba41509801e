import cloud from 'wx-server-sdk'

let ready = false

/** The function's own environment: in the cloud it is the deployed env, in the emulator the local one. */
export function sdk(): typeof cloud {
  if (!ready) {
    // DYNAMIC_CURRENT_ENV is a symbol the SDK's types don't accept as `env`.
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    ready = true
  }
  return cloud
}

export type Database = ReturnType<typeof cloud.database>
export type Command = Database['command']

export function database(): Database {
  return sdk().database()
}

export function callerOpenid(): string | undefined {
  return sdk().getWXContext().OPENID || undefined
}

/** `.get()` results: `{ data }` for queries; aggregate `.end()` answers `{ list }`. */
export function listOf<T>(res: unknown): T[] {
  const r = res as { data?: T[]; list?: T[] }
  return r.list ?? r.data ?? []
}

/** How many documents an update touched (`stats.updated`; void only under the SDK's types). */
export function updatedCount(res: unknown): number {
  return (res as { stats?: { updated?: number } })?.stats?.updated ?? 0
}
