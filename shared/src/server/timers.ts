import { callerOpenid } from './cloud'

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

/**
 * A function's entry when it also has timer triggers (named as in its config.json): timer
 * events run their job; everything else (what a client sends, the kit's own `recover`
 * trigger) goes to the actions' handler.
 */
export function withTimers<C>(triggers: Record<string, () => Promise<unknown>>, handle: (event: unknown, context?: C) => Promise<unknown>) {
  return async function main(event: unknown, context?: C): Promise<unknown> {
    if (!isTimer(event)) return handle(event, context)
    const run = triggers[event.TriggerName]
    // Triggers of the kit itself (`recover`) belong to the actions' handler.
    return run ? run() : handle(event, context)
  }
}
