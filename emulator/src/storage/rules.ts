import fs from 'fs'
import path from 'path'
import jsep, { type Expression } from 'jsep'
import jsepRegex from '@jsep-plugin/regex'

jsep.plugins.register(jsepRegex)

/**
 * CloudBase's storage security rules, as the docs define them (微信云开发 / CloudBase
 * 存储安全规则): `{ "read": bool | expression, "write": bool | expression }` for the whole
 * bucket, checked only for client requests (mini-program); the server SDK (admin) is never
 * checked. `write` covers upload, overwrite and delete. A missing key is false. An expression
 * allows only when it evaluates to exactly `true`; it sees `auth` (`openid` for a WeChat caller,
 * null when signed out) and `resource` (`openid`: the file's owner, its creator; `path`: the
 * key, no bucket, no leading `/`). Regular expressions are literals called as
 * `/re/.test(x) == true`. Anything else the emulator does not know is refused when the rules
 * load, not silently allowed at request time.
 */
export type Operation = 'read' | 'write'

export interface RuleContext {
  auth: { openid: string } | null
  resource: { openid?: string; path: string }
}

export interface StorageRules {
  allows(op: Operation, ctx: RuleContext): boolean
}

type Rule = boolean | Expression

const IDENTIFIERS = new Set(['auth', 'resource'])
const BINARY = new Set(['==', '!=', '&&', '||', '<', '<=', '>', '>='])

class RuleError extends Error {}

/** Refuses, at load, every construct the evaluator below does not give CloudBase's meaning. */
function check(node: Expression): void {
  switch (node.type) {
    case 'Literal':
      return
    case 'Identifier':
      if (!IDENTIFIERS.has(node.name as string)) throw new RuleError(`unknown name ${node.name}`)
      return
    case 'MemberExpression':
      if (node.computed) throw new RuleError('computed member access')
      return check(node.object as Expression)
    case 'CallExpression': {
      const callee = node.callee as Expression
      const regex = callee.type === 'MemberExpression' && (callee.object as Expression).type === 'Literal' && (callee.object as Expression).value instanceof RegExp
      if (!regex || (callee.property as Expression).name !== 'test') throw new RuleError('only /regex/.test(value) may be called')
      if ((node.arguments as Expression[]).length !== 1) throw new RuleError('test() takes one argument')
      return check((node.arguments as Expression[])[0])
    }
    case 'UnaryExpression':
      if (node.operator !== '!') throw new RuleError(`operator ${node.operator}`)
      return check(node.argument as Expression)
    case 'BinaryExpression':
      if (!BINARY.has(node.operator as string)) throw new RuleError(`operator ${node.operator}`)
      check(node.left as Expression)
      return check(node.right as Expression)
    default:
      throw new RuleError(`${node.type} is not supported`)
  }
}

/** Reading a field of null (`auth.openid` signed out) is an evaluation error: the request is denied. */
function evaluate(node: Expression, ctx: RuleContext): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value
    case 'Identifier':
      return ctx[node.name as keyof RuleContext]
    case 'MemberExpression': {
      const object = evaluate(node.object as Expression, ctx)
      const key = (node.property as Expression).name as string
      if (object === null || typeof object !== 'object') throw new RuleError(`cannot read ${key} of ${String(object)}`)
      return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined
    }
    case 'CallExpression': {
      const re = ((node.callee as Expression).object as Expression).value as RegExp
      const arg = evaluate((node.arguments as Expression[])[0], ctx)
      if (typeof arg !== 'string') throw new RuleError('test() of a value that is not a string')
      return new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(arg)
    }
    case 'UnaryExpression':
      return !evaluate(node.argument as Expression, ctx)
    case 'BinaryExpression': {
      const left = () => evaluate(node.left as Expression, ctx)
      const right = () => evaluate(node.right as Expression, ctx)
      switch (node.operator) {
        case '&&': return left() === true && right() === true
        case '||': return left() === true || right() === true
        case '==': return left() === right()
        case '!=': return left() !== right()
        default: {
          const [a, b] = [left(), right()]
          if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) throw new RuleError('comparing values of different kinds')
          const x = a as number, y = b as number
          return node.operator === '<' ? x < y : node.operator === '<=' ? x <= y : node.operator === '>' ? x > y : x >= y
        }
      }
    }
    default:
      throw new RuleError(`${node.type} is not supported`)
  }
}

function compile(op: Operation, value: unknown): Rule {
  if (value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') throw new Error(`storage rules: "${op}" must be true, false or an expression string`)
  try {
    const ast = jsep(value)
    check(ast)
    return ast
  } catch (e) {
    throw new Error(`storage rules: "${op}": ${(e as Error).message} in ${value}`)
  }
}

export function storageRules(source: Record<string, unknown>): StorageRules {
  const rules = { read: compile('read', source.read), write: compile('write', source.write) }
  return {
    allows(op, ctx) {
      const rule = rules[op]
      if (typeof rule === 'boolean') return rule
      try {
        return evaluate(rule, ctx) === true
      } catch {
        return false
      }
    },
  }
}

/** `<databaseDir>/storage-rules.json`; without one, CloudBase's default rules: `{}`, clients may do nothing. */
export function readStorageRules(databaseDir: string): StorageRules {
  const file = path.join(databaseDir, 'storage-rules.json')
  return storageRules(fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {})
}
