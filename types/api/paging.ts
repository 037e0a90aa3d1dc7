/**
 * 唯一的分页约定：每个列表动作的输入带 `{ page, pageSize }`（page 从 1 开始），输出为 `Paged<T>`。
 * 契约里 `paged: true` 的动作都用它；客户端逐页读到 `items` 累计达到 `total` 为止。
 */
import { z } from 'zod'

/** 列表输入的分页字段：`z.strictObject({ ...filters, ...pageInput(20, 100) })` */
export function pageInput(defaultSize = 20, maxSize = 100) {
  return {
    page: z.number().int().min(1).max(100000).default(1),
    pageSize: z.number().int().min(1).max(maxSize).default(defaultSize),
  }
}

/** 列表输出：本页条目、符合条件的总数、本页页码与每页条数 */
export interface Paged<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

/** 第几页对应跳过多少条 */
export const skipOf = (p: { page: number; pageSize: number }): number => (p.page - 1) * p.pageSize
