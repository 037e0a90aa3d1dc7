export default definePageConfig({
  navigationBarTitleText: '重点关注详情',
})
