import type { ErrorCode } from '../api/errors'

/** Thrown inside an action to answer with a code from the closed set; never reaches the client as an exception. */
export class ActionFailure extends Error {
  constructor(readonly code: ErrorCode, readonly fields?: Record<string, string>) {
    super(code)
  }
}

/** Guard clause that reads like the rule: `assert(doc.villageId === caller.villageId, 'NOT_IN_VILLAGE')`. */
export function assert(condition: unknown, code: ErrorCode, fields?: Record<string, string>): asserts condition {
  if (!condition) throw new ActionFailure(code, fields)
}
