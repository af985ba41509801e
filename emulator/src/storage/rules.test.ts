import path from 'path'
import { readStorageRules, storageRules } from './rules'

const me = { openid: 'o-a' }
const ctx = (resource: { openid?: string; path: string }, auth: { openid: string } | null = me) => ({ auth, resource })

describe('storage rules, as CloudBase evaluates them', () => {
  it('closes everything by default, and takes booleans as they are', () => {
    expect(storageRules({}).allows('write', ctx({ openid: 'o-a', path: 'a.jpg' }))).toBe(false)
    expect(storageRules({}).allows('read', ctx({ openid: 'o-a', path: 'a.jpg' }))).toBe(false)
    expect(storageRules({ read: true, write: false }).allows('read', ctx({ path: 'a.jpg' }))).toBe(true)
  })

  it('allows only when the expression is exactly true', () => {
    const rules = storageRules({ write: 'resource.openid == auth.openid', read: 'resource.path' })
    expect(rules.allows('write', ctx({ openid: 'o-a', path: 'a' }))).toBe(true)
    expect(rules.allows('write', ctx({ openid: 'o-b', path: 'a' }))).toBe(false)
    expect(rules.allows('write', ctx({ path: 'a' }))).toBe(false) // an admin file has no owner openid
    expect(rules.allows('read', ctx({ path: 'a' }))).toBe(false) // a string is not true
  })

  it('denies a signed-out caller whose auth is null instead of failing', () => {
    expect(storageRules({ write: 'auth.openid == resource.openid' }).allows('write', ctx({ openid: 'o-a', path: 'a' }, null))).toBe(false)
    expect(storageRules({ write: 'auth != null' }).allows('write', ctx({ path: 'a' }, null))).toBe(false)
    expect(storageRules({ write: 'auth != null' }).allows('write', ctx({ path: 'a' }))).toBe(true)
  })

  it('tests paths with regular expression literals', () => {
    const rules = storageRules({ write: '/^public\\//.test(resource.path) == true && !(resource.path == "public/x")' })
    expect(rules.allows('write', ctx({ path: 'public/a.png' }))).toBe(true)
    expect(rules.allows('write', ctx({ path: 'public/x' }))).toBe(false)
    expect(rules.allows('write', ctx({ path: 'private/a.png' }))).toBe(false)
  })

  it('refuses, when loading, what CloudBase rules cannot say', () => {
    expect(() => storageRules({ write: 'process.exit()' })).toThrow(/storage rules: "write"/)
    expect(() => storageRules({ write: 'auth["openid"] == 1' })).toThrow(/computed/)
    expect(() => storageRules({ write: 'resource.path.startsWith("a")' })).toThrow(/only \/regex\/.test/)
    expect(() => storageRules({ write: 1 })).toThrow(/true, false or an expression/)
  })

  it("reads the repo's rules: a client creates only proof photos and overwrites only its own files", () => {
    const rules = readStorageRules(path.join(__dirname, '../../../database'))
    const photo = 'proofs/0123456789abcdef0123456789abcdef/3f2a0c1e-8d4b-4c6a-9e1f-2b7d5a9c0e11.jpg'
    expect(rules.allows('write', ctx({ openid: 'o-a', path: photo }))).toBe(true)
    expect(rules.allows('write', ctx({ openid: 'o-b', path: photo }))).toBe(false)
    expect(rules.allows('write', ctx({ openid: 'o-a', path: 'invites/ABCD1234.png' }))).toBe(false)
    expect(rules.allows('read', ctx({ openid: 'o-a', path: photo }))).toBe(false)
  })
})
