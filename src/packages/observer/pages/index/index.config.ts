export default definePageConfig({
  navigationBarTitleText: '宿舍工作台',
})
