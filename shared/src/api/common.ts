import { z } from 'zod'

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_:.-]+$/, '编号格式不正确')
/** Lists are paginated: at most 50 a page. */
export const Page = z.object({
  limit: z.number().int().min(1).max(50).default(20),
  offset: z.number().int().min(0).max(100000).default(0),
})
export const PageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), offset: z.number().int(), limit: z.number().int() })
/** Instants cross the wire as ISO strings; the server stores Dates. */
export const Instant = z.string()
