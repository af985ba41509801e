import { z } from 'zod'
import { Id, Page, PageOf } from '../common'
import { Location, SiteView } from './checkup'

const SiteName = z.string().trim().min(1, '请填写检查点名称').max(30, '名称最多30个字')
const Address = z.string().trim().min(1, '请填写地址').max(100, '地址最多100个字')

/** A township officer adds a check-up site. */
export const SiteCreateInput = z.object({ name: SiteName, address: Address, location: Location.nullable().default(null) }).strict()
export const SiteCreateOutput = z.object({ site: SiteView })

/** A township officer edits a site or takes it out of use (active: false). */
export const SiteUpdateInput = z.object({
  siteId: Id,
  name: SiteName.optional(),
  address: Address.optional(),
  location: Location.nullable().optional(),
  active: z.boolean().optional(),
}).strict().refine((i) => Object.keys(i).length > 1, '没有要修改的内容')
export const SiteUpdateOutput = z.object({ site: SiteView })

/** Sites of the caller's township; sites out of use only for the township office. */
export const SiteListInput = Page.extend({ includeInactive: z.boolean().default(false) }).strict()
export const SiteListOutput = PageOf(SiteView)

export type SiteCreateInput = z.input<typeof SiteCreateInput>
export type SiteCreateOutput = z.infer<typeof SiteCreateOutput>
export type SiteUpdateInput = z.input<typeof SiteUpdateInput>
export type SiteUpdateOutput = z.infer<typeof SiteUpdateOutput>
export type SiteListInput = z.input<typeof SiteListInput>
export type SiteListOutput = z.infer<typeof SiteListOutput>
