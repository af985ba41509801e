export default definePageConfig({ navigationBarTitleText: '起草文件' })
