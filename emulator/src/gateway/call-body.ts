import type http from 'http'
import { errorOf } from '@chengxin/shared/src/api/errors'
import { checkEvent } from '@chengxin/shared/src/server/event-guard'
import { readCapped } from './read-capped'

// callFunction's data becomes the function's event; an SCF synchronous invocation event is at
// most 6 MB (Tencent Cloud SCF 配额限制: 同步请求事件大小 6MB), so the cloud never delivers more.
export const MAX_CALL_BYTES = 6 * 1024 * 1024

/** What the gateway answers instead of invoking: HTTP status, body, extra headers. */
export interface Refusal {
  status: number
  body: unknown
  headers?: Record<string, string>
}

// Connection: close makes Node end the socket once this answer is out instead of reading
// (and discarding) the rest of an oversized body first.
const tooLarge: Refusal = {
  status: 413,
  headers: { Connection: 'close' },
  // Not in the SDK's code table, so, like any such CloudBase code, it reaches callers as SYS_ERR.
  body: { errCode: -501001, errMsg: `EXCEED_MAX_PAYLOAD_SIZE: callFunction data is over ${MAX_CALL_BYTES} bytes` },
}

/**
 * The event of POST /functions/<name>, or the answer that replaces the invocation. A bad shape
 * (nested too deep, text that was not UTF-8, over the size cap) is answered with the envelope
 * the function's own handler gives once it runs the same `checkEvent`, so the H5 build sees
 * what the mini-program sees, and nothing hostile reaches the runner's structured clone.
 */
export async function readCallEvent(req: http.IncomingMessage): Promise<{ event: unknown } | Refusal> {
  const bytes = await readCapped(req, MAX_CALL_BYTES)
  if (!bytes) return tooLarge
  let event: unknown
  try {
    // Bytes that are not UTF-8 decode to U+FFFD, which checkEvent refuses wherever it lands.
    event = JSON.parse(bytes.toString('utf8') || '{}')
  } catch {
    return { status: 400, body: { errCode: -1, errMsg: 'body must be JSON: the data passed to callFunction' } }
  }
  const problem = checkEvent(event)
  if (!problem) return { event }
  return { status: 200, body: { result: { ok: false, error: errorOf('INVALID_INPUT', { [problem.field]: problem.message }) } }, headers: { 'X-Emulator-Round-Trips': '0' } }
}
