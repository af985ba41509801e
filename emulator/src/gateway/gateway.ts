import type http from 'http'
import type { FunctionRunner } from '../runner'
import type { Identity } from '../config'
import type { Invocation } from '../runner/pool'
import { lingerThenClose, readCallEvent } from './call-body'
import { handleTempUrls, handleUpload, type UploadStorage } from './upload'
import { handleClock } from './clock-route'
import type { Clock } from '../clock'

export interface GatewayDeps {
  runner: FunctionRunner
  /** The dev sign-in list (the app's configuration; empty without it). */
  identities: () => Identity[]
  /** The app's look at an event before it is invoked (see EmulatorApp.screenCall). */
  screenCall?: (event: unknown) => { result: unknown } | undefined
  roundTrips: (tag: string) => number
  storage: UploadStorage
  clock?: Clock
}

function json(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(value))
}

/** Whatever goes wrong, a call ends as the cloud reports a failed invocation, never as an empty 500. */
async function invokeAnswering(runner: FunctionRunner, name: string, event: unknown, openid: string): Promise<Invocation & { tag: string }> {
  try {
    return await runner.invoke(name, event, openid)
  } catch (e) {
    return { error: { errCode: -504002, errMsg: `FUNCTIONS_EXECUTE_FAIL: ${(e as Error)?.message ?? e}` }, ms: 0, tag: '' }
  }
}

/**
 * The stable local gateway the H5 app and outside tools use:
 * POST /functions/<name> (X-Emulator-Openid) → { result }, GET /_emulator/identities,
 * POST /_emulator/timers/<function>/<trigger>, POST /_emulator/upload?cloudPath= (uploadFile),
 * POST /_emulator/temp-urls (getTempFileURL). Only the emulator has a demo sign-in.
 */
export async function handleGateway(deps: GatewayDeps, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x')
  const fn = url.pathname.match(/^\/functions\/([\w-]+)$/)
  if (fn && req.method === 'POST') {
    const openid = String(req.headers['x-emulator-openid'] ?? '')
    if (!openid) return json(res, 401, { errCode: -1, errMsg: 'X-Emulator-Openid header is required (pick a demo identity)' }), true
    const call = await readCallEvent(req, deps.screenCall)
    if (!('event' in call)) {
      if (call.linger) lingerThenClose(req, res)
      return json(res, call.status, call.body, call.headers), true
    }
    const out = await invokeAnswering(deps.runner, fn[1], call.event, openid)
    const headers = { 'X-Emulator-Round-Trips': String(deps.roundTrips(out.tag)), 'X-Emulator-Ms': String(out.ms) }
    if (out.error) return json(res, 200, out.error, headers), true
    return json(res, 200, { result: out.result }, headers), true
  }
  if (url.pathname === '/_emulator/upload' && req.method === 'POST') return handleUpload(deps.storage, req, res, url)
  if (url.pathname === '/_emulator/temp-urls' && req.method === 'POST') return handleTempUrls(deps.storage, req, res)
  if (url.pathname === '/_emulator/identities' && req.method === 'GET') {
    return json(res, 200, { identities: deps.identities() }), true
  }
  const timer = url.pathname.match(/^\/_emulator\/timers\/([\w-]+)\/([\w-]+)$/)
  if (timer && req.method === 'POST') {
    const out = await deps.runner.fireTimer(timer[1], timer[2])
    return json(res, 200, out.error ?? { result: out.result }), true
  }
  if (url.pathname === '/_emulator/clock' && deps.clock) return handleClock(deps.clock, req, res)
  if (url.pathname === '/_emulator/health') return json(res, 200, { ok: true, functions: deps.runner.functions().map((f) => f.name) }), true
  return false
}
