export default definePageConfig({ navigationBarTitleText: '登记账目' })
