export default definePageConfig({
  navigationBarTitleText: '宣教活动',
})
