export default definePageConfig({ navigationBarTitleText: '修订承诺书' })
