export default definePageConfig({
  navigationBarTitleText: '普测参测',
})
