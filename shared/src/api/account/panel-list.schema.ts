import { z } from 'zod'
import { Page, PageOf } from '../common'
import { PanelGroup, PanelMember } from './panel'

/** The cadre's village's panel members, optionally those of one group. */
export const PanelListInput = Page.extend({ group: PanelGroup.optional() }).strict()
export const PanelListOutput = PageOf(PanelMember)
export type PanelListInput = z.input<typeof PanelListInput>
export type PanelListOutput = z.infer<typeof PanelListOutput>
