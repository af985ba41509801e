// proof.list returns whole proofs and there is no proof.get, so the list hands the tapped one
// to the detail page here (both pages live in this subpackage).
import type { ProofView } from '@chengxin/shared/src/api'

const cache = new Map<string, ProofView>()
export const rememberProofs = (items: ProofView[]) => items.forEach((p) => cache.set(p.id, p))
export const cachedProof = (id: string) => cache.get(id)
