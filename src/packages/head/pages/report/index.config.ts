export default definePageConfig({
  navigationBarTitleText: '周报详情',
})
