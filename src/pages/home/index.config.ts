export default definePageConfig({
  navigationBarTitleText: '心桥',
  enablePullDownRefresh: true,
})
