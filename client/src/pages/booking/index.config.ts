export default definePageConfig({ navigationBarTitleText: '检查预约' })
