import { callerOpenid } from '@chengxin/shared/src/server'
import { dueNotice } from './due-notice'

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time?: string
}

/** A timer invocation has no caller; a client sending `{ Type: 'Timer' }` is handled as a (malformed) action. */
export function isTimer(event: unknown): event is TimerEvent {
  return (event as TimerEvent | null)?.Type === 'Timer' && !callerOpenid()
}

// Trigger names as in config.json.
const TRIGGERS: Record<string, () => Promise<unknown>> = { 'due-notice': () => dueNotice() }

export async function onTimer(event: TimerEvent): Promise<unknown> {
  const run = TRIGGERS[event.TriggerName]
  if (!run) {
    console.error(`[checkup] no timer named ${event.TriggerName}`)
    return { skipped: event.TriggerName }
  }
  return run()
}
