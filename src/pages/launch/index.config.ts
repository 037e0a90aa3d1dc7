export default definePageConfig({
  navigationBarTitleText: '心桥',
  navigationStyle: 'custom',
})
