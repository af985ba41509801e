export default definePageConfig({ navigationBarTitleText: '近8个季度趋势', enablePullDownRefresh: true })
