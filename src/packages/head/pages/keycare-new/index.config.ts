export default definePageConfig({
  navigationBarTitleText: '加入重点关注',
})
