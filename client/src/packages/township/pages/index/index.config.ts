export default definePageConfig({ navigationBarTitleText: '镇工作台', enablePullDownRefresh: true })
