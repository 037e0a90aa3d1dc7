/**
 * 页面清单的小程序入口：清单本身在 types/routes.ts（云函数的消息链接也用它），这里原样导出。
 * 新增页面、页面地址与标题的写法见 types/routes.ts 与 docs/CONVENTIONS.md「新增列表页」。
 */
export * from '../types/routes'
