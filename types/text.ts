/**
 * 文本输入的共用规则（各函数的 schema 共用）。
 */
import { z } from 'zod'

/** 控制字符（C0、DEL、C1）：数据库的正则匹配拒绝 NUL，其余也不会出现在正常的筛选文本里 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/

export const CONTROL_CHARS_MESSAGE = '不能包含控制字符（如不可见的 NUL、制表符），请删除后重试'

/** 自由文本筛选（搜索框等）：去首尾空白，限长，含控制字符即 INPUT.INVALID */
export const filterText = (max: number) =>
  z.string().trim().max(max).refine((s) => !CONTROL_CHARS.test(s), CONTROL_CHARS_MESSAGE)
