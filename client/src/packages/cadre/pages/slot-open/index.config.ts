export default definePageConfig({ navigationBarTitleText: '开放检查时段' })
