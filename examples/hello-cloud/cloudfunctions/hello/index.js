// A cloud function as it would be deployed: the real wx-server-sdk, nothing emulator-specific.
const cloud = require('wx-server-sdk')

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
const db = cloud.database()

exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext()
  const greetings = db.collection('greetings')
  const { _id } = await greetings.add({ data: { openid: OPENID, text: String(event.text ?? '你好'), at: db.serverDate() } })
  const { data } = await greetings.doc(_id).get()
  const { total } = await greetings.where({ openid: OPENID }).count()
  return { id: _id, text: data.text, openid: data.openid, mine: total }
}
