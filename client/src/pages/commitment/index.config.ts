export default definePageConfig({ navigationBarTitleText: '双向承诺书' })
