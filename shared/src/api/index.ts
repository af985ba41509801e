// Every action of every function. Each bounded context declares its own in
// `<context>/actions.ts`; clients import only the types from here.
import type { z } from 'zod'
import { ACCOUNT_ACTIONS } from './account/actions'
import { COMMITMENT_ACTIONS } from './commitment/actions'

export const ACTIONS = {
  ...ACCOUNT_ACTIONS,
  ...COMMITMENT_ACTIONS,
} as const

export type ActionName = keyof typeof ACTIONS
export type InputOf<A extends ActionName> = z.input<(typeof ACTIONS)[A]['input']>
export type OutputOf<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['output']>

export * from './spec'
export * from './errors'
export * from './roles'
export * from './envelope'
export * from './common'
export * from './account/whoami.schema'
export * from './account/invite-redeem.schema'
export * from './commitment/commitment'
export * from './commitment/mine.schema'
export * from './commitment/sign.schema'
export * from './commitment/countersign.schema'
export * from './commitment/list.schema'
export * from './commitment/get.schema'
