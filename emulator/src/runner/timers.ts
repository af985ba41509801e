import { Cron } from 'croner'
import type { FunctionInfo } from './functions'

/**
 * Timer triggers on schedule. CloudBase cron has seven fields (second … weekday year);
 * croner takes the first six.
 */
export function scheduleTimers(fns: FunctionInfo[], fire: (fn: string, trigger: string) => void): () => void {
  const jobs = fns.flatMap((f) =>
    f.triggers.map((t) => new Cron(t.config.trim().split(/\s+/).slice(0, 6).join(' '), { protect: true }, () => fire(f.name, t.name))),
  )
  return () => jobs.forEach((j) => j.stop())
}
