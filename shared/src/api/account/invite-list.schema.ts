import { z } from 'zod'
import { Id, Page, PageOf } from '../common'
import { InviteView } from './invite-create.schema'

/** Open invites (unused, unexpired), newest first: a cadre sees their village's member invites, the township its cadre invites. */
export const InviteListInput = Page.extend({ villageId: Id.optional() }).strict()
export const InviteListOutput = PageOf(InviteView)
export type InviteListInput = z.input<typeof InviteListInput>
export type InviteListOutput = z.infer<typeof InviteListOutput>
