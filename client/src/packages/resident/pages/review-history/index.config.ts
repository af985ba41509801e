export default definePageConfig({ navigationBarTitleText: '历次评议' })
