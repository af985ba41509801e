export default definePageConfig({ navigationBarTitleText: '为各村开放检查时段' })
