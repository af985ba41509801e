import type http from 'http'
import { readCapped } from './read-capped'

// callFunction's data becomes the function's event; an SCF synchronous invocation event is at
// most 6 MB (Tencent Cloud SCF 配额限制: 同步请求事件大小 6MB), so the cloud never delivers more.
export const MAX_CALL_BYTES = 6 * 1024 * 1024

/** What the gateway answers instead of invoking: HTTP status, body, extra headers. */
export interface Refusal {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** Close the connection shortly after answering, without reading the rest of the body. */
  linger?: boolean
}

/** How long a refused client gets to read its answer before the connection goes. */
const LINGER_MS = 2000

/**
 * A lingering close, as web servers do after refusing a body: closing at once would reset the
 * connection while the client is still sending, and its next write (EPIPE) can then beat the
 * answer to the client. Whatever still arrives is discarded meanwhile, never kept.
 */
export function lingerThenClose(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.on('data', () => undefined)
  res.on('finish', () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref())
}

// The connection is closed after this answer (see `lingerThenClose`), so the rest of an
// oversized body is never read in full.
const tooLarge: Refusal = {
  status: 413,
  linger: true,
  // Not in the SDK's code table, so, like any such CloudBase code, it reaches callers as SYS_ERR.
  body: { errCode: -501001, errMsg: `EXCEED_MAX_PAYLOAD_SIZE: callFunction data is over ${MAX_CALL_BYTES} bytes` },
}

/**
 * The event of POST /functions/<name>, or the answer that replaces the invocation: over the
 * size cap, not JSON, or whatever the app's `screen` answers instead (an app whose functions
 * refuse hostile shapes in their handler answers the same here, so the H5 build sees what the
 * mini-program sees). An event the runner cannot pass on (nested thousands deep) fails as an
 * invocation does in the cloud.
 */
export async function readCallEvent(req: http.IncomingMessage, screen?: (event: unknown) => { result: unknown } | undefined): Promise<{ event: unknown } | Refusal> {
  const bytes = await readCapped(req, MAX_CALL_BYTES)
  if (!bytes) return tooLarge
  let event: unknown
  try {
    // Bytes that are not UTF-8 decode to U+FFFD, as they do in the cloud; an app's screen may refuse them.
    event = JSON.parse(bytes.toString('utf8') || '{}')
  } catch {
    return { status: 400, body: { errCode: -1, errMsg: 'body must be JSON: the data passed to callFunction' } }
  }
  const answer = screen?.(event)
  if (!answer) return { event }
  return { status: 200, body: answer, headers: { 'X-Emulator-Round-Trips': '0' } }
}
