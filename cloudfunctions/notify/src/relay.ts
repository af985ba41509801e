import { randomUUID } from 'crypto'
import { database } from '@chengxin/shared/src/server'
import { deliver } from './deliver'
import { fanOut } from './fan-out'
import { sweep } from './sweep'
import type { Run } from './relay-run'

/**
 * The outbox relay (timer `relay`, every minute): settles what earlier runs left, turns
 * pending audit outboxes into inbox messages, and sends WeChat subscribe messages to the
 * people who subscribed. Several runs may overlap; every step is a claim or a conditional
 * update, so each inbox message exists once and each WeChat message goes out at most once.
 */
export async function relay(): Promise<Record<string, number>> {
  const run: Run = { db: database(), token: randomUUID(), now: new Date() }
  const swept = await sweep(run)
  const fanned = await fanOut(run)
  const tally = await deliver(run, [...swept.owned, ...fanned.claimed])
  const summary = { entries: fanned.entries, claimed: fanned.claimed.length, takenOver: swept.owned.length, unknown: swept.unknown, ...tally }
  if (Object.values(summary).some((n) => n > 0)) console.log('[notify] relay', JSON.stringify(summary))
  return summary
}
