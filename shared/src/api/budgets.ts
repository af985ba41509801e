import { ACTIONS, type ActionName } from './index'

/**
 * Database round trips a user action may cost (ARCHITECTURE.md's budget, checked by the
 * action tests and `npm run bench`). A change costs one more than a read: its pending record
 * is claimed before it runs and completed after (shared/src/server/change.ts), which is what
 * lets every concurrent twin get the first answer and a crashed change be finished.
 */
export const READ_ROUND_TRIPS = 4
export const CHANGE_ROUND_TRIPS = READ_ROUND_TRIPS + 1

export function roundTripBudget(action: string): number {
  return Object.hasOwn(ACTIONS, action) && ACTIONS[action as ActionName].mutation ? CHANGE_ROUND_TRIPS : READ_ROUND_TRIPS
}
