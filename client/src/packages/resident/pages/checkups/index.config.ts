export default definePageConfig({ navigationBarTitleText: '检查计划' })
