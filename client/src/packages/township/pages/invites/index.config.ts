export default definePageConfig({ navigationBarTitleText: '村专干邀请码' })
