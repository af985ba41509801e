import type http from 'http'
import type { Clock } from '../clock'

/**
 * GET /_emulator/clock → { offsetMs, now }; POST /_emulator/clock { offsetMs } moves it
 * (journeys use it to let deadlines pass). Only the emulator has a clock to move.
 */
export async function handleClock(clock: Clock, req: http.IncomingMessage, res: http.ServerResponse): Promise<true> {
  const answer = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(body))
    return true as const
  }
  if (req.method === 'POST') {
    let text = ''
    for await (const chunk of req) {
      text += chunk
      if (text.length > 1000) return answer(413, { errMsg: 'body too large' })
    }
    let offsetMs: unknown
    try {
      offsetMs = (JSON.parse(text || '{}') as { offsetMs?: unknown }).offsetMs
    } catch {
      return answer(400, { errMsg: 'body must be JSON: { "offsetMs": number }' })
    }
    if (typeof offsetMs !== 'number' || !Number.isFinite(offsetMs)) return answer(400, { errMsg: 'offsetMs must be a number of milliseconds' })
    clock.set(offsetMs)
  } else if (req.method !== 'GET') {
    return answer(405, { errMsg: 'GET or POST' })
  }
  return answer(200, { offsetMs: clock.offsetMs(), now: clock.now().toISOString() })
}
