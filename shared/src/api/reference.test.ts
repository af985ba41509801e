import fs from 'fs'
import path from 'path'
import { apiMarkdown, apiReference } from './reference'

const docs = path.resolve(__dirname, '../../../docs')

describe('API reference', () => {
  it('is committed exactly as the schemas generate it (run npm run docs after changing a schema)', () => {
    const ref = apiReference()
    expect(JSON.parse(fs.readFileSync(path.join(docs, 'api.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(ref)))
    expect(fs.readFileSync(path.join(docs, 'api.md'), 'utf8')).toBe(apiMarkdown(ref))
  })

  it('describes inputs as JSON Schema with their constraints', () => {
    const sign = apiReference().actions.find((a) => a.name === 'commitment.sign')!
    expect(sign.mutation).toBe(true)
    expect(sign.roles).toEqual(['resident'])
    expect(JSON.stringify(sign.input)).toContain('^[0-9a-f]{64}$')
  })
})
