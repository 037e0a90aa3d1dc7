export default definePageConfig({
  navigationBarTitleText: '周报看板',
})
