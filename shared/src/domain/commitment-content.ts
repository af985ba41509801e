import { sha256 } from '@noble/hashes/sha256'
import { bytesToHex } from '@noble/hashes/utils'
import { utf8Bytes } from './utf8'

export interface CommitmentContent {
  villageName: string
  householdLabel: string
  title: string
  templateVersion: number
  villageItems: ReadonlyArray<{ id: string; text: string }>
  householdItems: ReadonlyArray<{ id: string; text: string }>
}

/**
 * The exact text a signature covers, in a canonical form: both parties, the version and
 * every item in order. Any change to a word, an item's order or the version changes it.
 */
export function canonicalText(c: CommitmentContent): string {
  const items = (side: string, list: CommitmentContent['villageItems']) =>
    list.map((it, i) => `${side}${i + 1}[${it.id}] ${it.text.trim()}`)
  return [
    `双向承诺书 ${c.title.trim()}`,
    `村：${c.villageName}`,
    `户：${c.householdLabel}`,
    `版本：${c.templateVersion}`,
    ...items('村', c.villageItems),
    ...items('户', c.householdItems),
  ].join('\n')
}

/** SHA-256 of the canonical text, hex. Stored with each signature so tampering shows. */
export function contentHash(c: CommitmentContent): string {
  return bytesToHex(sha256(utf8Bytes(canonicalText(c))))
}
