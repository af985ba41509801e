import { callerOpenid } from '@chengxin/shared/src/server'
import { relay } from './relay'

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time?: string
}

/**
 * A timer invocation has no caller. A mini-program call always has an OPENID, so a client
 * that sends `{ Type: 'Timer' }` as its data is still handled as a (malformed) action.
 * (Another cloud function could start a run; that is trusted code, and runs may overlap.)
 */
export function isTimer(event: unknown): event is TimerEvent {
  return (event as TimerEvent | null)?.Type === 'Timer' && !callerOpenid()
}

// Trigger names as in config.json.
const TRIGGERS: Record<string, () => Promise<unknown>> = { relay }

export async function onTimer(event: TimerEvent): Promise<unknown> {
  const run = TRIGGERS[event.TriggerName]
  if (!run) {
    console.error(`[notify] no timer named ${event.TriggerName}`)
    return { skipped: event.TriggerName }
  }
  return run()
}
