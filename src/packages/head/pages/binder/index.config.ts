import { pageConfig } from '../../../../routes'

// 标题取自 src/routes.ts（types/routes.ts）
export default definePageConfig(pageConfig('head', 'binder'))
