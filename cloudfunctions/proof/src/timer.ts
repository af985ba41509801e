import { callerOpenid } from '@chengxin/shared/src/server'
import { deleteExpiredPhotos } from './retention'

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
}

/** A timer invocation has no caller; a client sending `{ Type: 'Timer' }` is handled as a (malformed) action. */
export function isTimer(event: unknown): event is TimerEvent {
  return (event as TimerEvent | null)?.Type === 'Timer' && !callerOpenid()
}

// Trigger names as in config.json.
const TRIGGERS: Record<string, () => Promise<unknown>> = { retention: () => deleteExpiredPhotos() }

export async function onTimer(event: TimerEvent): Promise<unknown> {
  const run = TRIGGERS[event.TriggerName]
  if (!run) {
    console.error(`[proof] no timer named ${event.TriggerName}`)
    return { skipped: event.TriggerName }
  }
  return run()
}
