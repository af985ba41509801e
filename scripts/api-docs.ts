// npm run docs: writes docs/api.json and docs/api.md from the zod schemas.
import fs from 'fs'
import path from 'path'
import { apiMarkdown, apiReference } from '../shared/src/api/reference'

const docs = path.resolve(__dirname, '../docs')
const ref = apiReference()
fs.mkdirSync(docs, { recursive: true })
fs.writeFileSync(path.join(docs, 'api.json'), JSON.stringify(ref, null, 2) + '\n')
fs.writeFileSync(path.join(docs, 'api.md'), apiMarkdown(ref))
console.log(`docs/api.json and docs/api.md: ${ref.actions.length} actions`)
