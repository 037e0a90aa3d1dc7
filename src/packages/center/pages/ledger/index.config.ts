export default definePageConfig({
  navigationBarTitleText: '各站台账',
})
