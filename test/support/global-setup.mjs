// Action and browser tests run the bundled functions, exactly what would be deployed.
import { buildFunctions } from '../../scripts/build.mjs'

export default async function globalSetup() {
  await buildFunctions()
}
