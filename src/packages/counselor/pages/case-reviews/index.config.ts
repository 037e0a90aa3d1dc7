export default definePageConfig({
  navigationBarTitleText: '研判会',
})
