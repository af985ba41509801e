export default definePageConfig({ navigationBarTitleText: '小组成员' })
