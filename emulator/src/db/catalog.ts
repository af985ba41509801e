import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface IndexSpec {
  name: string
  keys: Array<{ field: string; direction: 1 | -1 }>
}
export interface CollectionSpec {
  scan?: boolean
  indexes: IndexSpec[]
}
/** database/collections.json: the declared collections, their indexes and whether a full scan is allowed. */
export type Catalog = Map<string, CollectionSpec>

export function readCatalog(databaseDir: string): Catalog {
  const file = join(databaseDir, 'collections.json')
  const json = JSON.parse(readFileSync(file, 'utf8')) as { collections?: Record<string, CollectionSpec> }
  const catalog: Catalog = new Map()
  for (const [name, spec] of Object.entries(json.collections ?? {})) {
    catalog.set(name, { scan: spec.scan === true, indexes: spec.indexes ?? [] })
  }
  return catalog
}
