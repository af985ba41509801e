export default definePageConfig({ navigationBarTitleText: '我家的预约', enablePullDownRefresh: true })
