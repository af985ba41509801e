export default definePageConfig({ navigationBarTitleText: '公开栏张贴页' })
