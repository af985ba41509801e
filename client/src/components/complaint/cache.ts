// The complaint a list row opened, so its page shows at once (and a named complaint, which its
// author reads only through complaint.mine, needs no second list read). In memory only.
import type { ComplaintView } from './api'

const byId = new Map<string, ComplaintView>()
export const rememberComplaint = (c: ComplaintView) => { byId.set(c.id, c) }
export const cachedComplaint = (id: string) => byId.get(id) ?? null
