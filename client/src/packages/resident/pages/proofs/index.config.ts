export default definePageConfig({ navigationBarTitleText: '异地检查证明' })
