export default definePageConfig({
  navigationBarTitleText: '月报总览',
})
