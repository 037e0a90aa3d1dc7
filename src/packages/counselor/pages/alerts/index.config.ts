export default definePageConfig({
  navigationBarTitleText: '即时报告',
})
