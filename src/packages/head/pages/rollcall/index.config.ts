export default definePageConfig({
  navigationBarTitleText: '晚点名',
})
