export default definePageConfig({
  navigationBarTitleText: '考核比较',
})
