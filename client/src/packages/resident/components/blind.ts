// PROVISIONAL until shared/src/domain's blind-token code lands: the client's half of the blind
// signature (blind a random message with the week's key; unblind and check the signature).
import type { FilingToken, TokenKey } from '../../../components/complaint/api'

export interface PendingToken { blinded: string; finish: (signature: string | undefined) => FilingToken | null }

export function blindTokens(_key: TokenKey, _count: number): PendingToken[] {
  return []
}
