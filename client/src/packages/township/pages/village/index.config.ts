export default definePageConfig({ navigationBarTitleText: '村签约情况' })
