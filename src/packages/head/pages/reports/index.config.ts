export default definePageConfig({
  navigationBarTitleText: '周报查询',
})
