export default definePageConfig({ navigationBarTitleText: '历次版本', enablePullDownRefresh: true })
