import type { IncomingMessage, ServerResponse } from 'node:http'
import { databaseActions } from '../db/actions'
import type { DbContext } from '../db/context'
import type { Storage } from '../storage/storage'
import type { OpenApi } from '../openapi/openapi'
import type { Stats } from './stats'
import { errorBody, fail, requestId, WireError } from './wire-error'
import { parseMultipart, readBody, sendBytes, sendJson } from './http-io'

export interface AdminDeps {
  env: string
  dbContext: DbContext
  storage: Storage
  openapi: OpenApi
  stats: Stats
  invokeFunction?: (name: string, data: unknown, tag: string) => Promise<unknown>
  /** Runs an action; if it changed anything, resolves only once that is durable (persistence.ts). */
  settle?: <T>(work: () => T | Promise<T>) => Promise<T>
  /** Fault injection: true drops this request unanswered and unapplied (see Wire.setFault). */
  fault?: (tag: string, params: Record<string, unknown>) => boolean
}

type Params = Record<string, unknown>

async function readParams(req: IncomingMessage): Promise<{ params: Params; form?: Record<string, Buffer> }> {
  const body = await readBody(req)
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = parseMultipart(body, type)
    const params: Params = {}
    for (const [k, v] of Object.entries(form)) if (k !== 'requestData') params[k] = v.toString('utf8')
    return { params, form }
  }
  try {
    return { params: body.length ? (JSON.parse(body.toString('utf8')) as Params) : {} }
  } catch {
    return fail('INVALID_PARAM', 'request body is not JSON')
  }
}

function runDatabase(deps: AdminDeps, name: string, params: Params): unknown {
  const action = databaseActions[name]
  if (!action) return fail('INVALID_ACTION', `emulator does not implement database.${name}`)
  try {
    return action(deps.dbContext, params)
  } catch (err) {
    // mingo's own errors (unknown operator, update conflict) are database errors to the caller.
    if (err instanceof WireError) throw err
    return fail('DATABASE_REQUEST_FAILED', (err as Error).message)
  }
}

async function invoke(deps: AdminDeps, params: Params, tag: string): Promise<unknown> {
  if (!deps.invokeFunction) return fail('FUNCTIONS_REQUEST_FAIL', 'emulator: no function runner is attached')
  const name = String(params.function_name ?? '')
  const data = typeof params.request_data === 'string' && params.request_data ? JSON.parse(params.request_data) : {}
  try {
    const result = await deps.invokeFunction(name, data, tag)
    return { data: { response_data: JSON.stringify(result ?? null) } }
  } catch (err) {
    if (err instanceof WireError) throw err
    return fail('FUNCTIONS_EXECUTE_FAIL', (err as Error).message)
  }
}

/** One POST to /admin: a CloudBase action, answered with HTTP 200 whatever happens. */
export async function handleAdmin(deps: AdminDeps, req: IncomingMessage, res: ServerResponse, tag: string): Promise<void> {
  try {
    const { params, form } = await readParams(req)
    const action = String(params.action ?? '')
    if (deps.fault?.(tag, params)) return void res.destroy()
    deps.stats.record(tag, action)
    const envName = params.envName
    if (typeof envName === 'string' && envName && envName !== deps.env) fail('INVALID_ENV', `environment ${envName} not found (the emulator serves ${deps.env})`)
    if (action === 'wx.openApi') return sendBytes(res, await deps.openapi.call(form ?? {}, tag), 'application/octet-stream')
    const run = async (): Promise<unknown> => {
      if (action.startsWith('database.')) return runDatabase(deps, action.slice('database.'.length), params)
      if (action === 'storage.getUploadMetadata') return deps.storage.uploadMetadata(String(params.path ?? ''))
      if (action === 'storage.batchGetDownloadUrl') return deps.storage.downloadUrls((params.file_list ?? []) as Array<{ fileid: string; max_age?: number }>)
      if (action === 'storage.batchDeleteFile') return deps.storage.deleteFiles((params.fileid_list ?? []) as string[])
      if (action === 'functions.invokeFunction') return invoke(deps, params, tag)
      return fail('INVALID_ACTION', `emulator does not implement ${action || '(no action)'}`)
    }
    // An acknowledged write survives a crash: nothing is answered before what it changed is on disk.
    const reply = await (deps.settle ? deps.settle(run) : run())
    sendJson(res, { ...(reply as object), requestId: requestId() })
  } catch (err) {
    if (!(err instanceof WireError)) console.error('emulator: unexpected error on /admin:', err)
    if (!res.headersSent) sendJson(res, errorBody(err))
  }
}
