#!/usr/bin/env node
// npm run deploy -- --print : the steps to put this project on a real Cloud Development
// environment, generated from database/collections.json and cloudfunctions/*/config.json.
// Deploying needs the environment's credentials and network, which stay outside the repo;
// this script prints what to create and how, and checks the function bundles exist.
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { collections } = JSON.parse(fs.readFileSync(path.join(root, 'database/collections.json'), 'utf8'))
const env = process.env.CLOUD_ENV ?? '<env-id>'

console.log(`# Deploy to Cloud Development environment ${env}\n`)
console.log('## Cloud functions (云端安装依赖)')
for (const name of fs.readdirSync(path.join(root, 'cloudfunctions'))) {
  const dir = path.join(root, 'cloudfunctions', name)
  if (!fs.existsSync(path.join(dir, 'config.json'))) continue
  const built = fs.existsSync(path.join(dir, 'index.js'))
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))
  console.log(`- ${name}: tcb fn deploy ${name} --dir cloudfunctions/${name} -e ${env}   (timeout ${config.timeout ?? 3} s${built ? '' : '; NOT BUILT: run npm run build:functions'})`)
}
console.log('\n## Database collections: permission = custom rule {"read": false, "write": false}')
for (const [name, c] of Object.entries(collections)) {
  console.log(`- ${name}: ${c.description}`)
  for (const ix of c.indexes) console.log(`    index ${ix.name}: ${ix.keys.map((k) => `${k.field} ${k.direction === 1 ? 'asc' : 'desc'}`).join(', ')}${ix.unique ? ' (unique)' : ''}`)
}
if (!process.argv.includes('--print')) console.log('\n(printed only: run the commands above with your credentials, or use WeChat DevTools)')
