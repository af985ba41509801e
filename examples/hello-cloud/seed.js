// What the emulator's database starts with, and who can sign in through its gateway.
exports.seed = () => ({
  greetings: [{ _id: 'welcome', openid: 'o-alice', text: '欢迎' }],
})

exports.identities = () => [{ openid: 'o-alice', name: 'Alice' }]
