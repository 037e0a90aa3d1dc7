export default definePageConfig({
  navigationBarTitleText: '宿舍心理周报',
})
