// Answers the time as the function sees it, and writes a server date through the real SDK.
const cloud = require('wx-server-sdk')

exports.main = async (event) => {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const db = cloud.database()
  if (event.write) await db.collection('bulk').doc('clock').set({ data: { at: db.serverDate() } })
  return { now: Date.now(), date: new Date().toISOString(), explicit: new Date(0).toISOString(), trigger: event.Time ?? null }
}
