export default definePageConfig({ navigationBarTitleText: '各村账目', enablePullDownRefresh: true })
