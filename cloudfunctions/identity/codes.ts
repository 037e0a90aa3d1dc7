/** 邀请码与建站码：不可猜测、只存散列。 */
import { createHash, randomInt } from 'node:crypto'

/** 32 个字符：去掉易混淆的 I、O、0、1 */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const CODE_LENGTH = 10

/** 生成 10 位码（约 50 比特熵），显示为 XXXXX-XXXXX */
export function generateCode(): string {
  let s = ''
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return `${s.slice(0, 5)}-${s.slice(5)}`
}

/** 规范化用户输入：去空白与连字符、转大写 */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

/** 库中保存的散列 */
export function hashCode(input: string): string {
  return createHash('sha256').update(normalizeCode(input)).digest('hex')
}

export const DAY_MS = 86_400_000
