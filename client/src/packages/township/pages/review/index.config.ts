export default definePageConfig({ navigationBarTitleText: '村评议结果' })
