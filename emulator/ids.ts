import { randomBytes } from 'crypto'

let counter = randomBytes(3).readUIntBE(0, 3)

/**
 * 生成与 CloudBase 相同形态的 _id：32 位小写十六进制。
 * 前 8 位为秒级时间戳，随后 6 位递增计数，再 18 位随机数——同一进程内不重复且大致按时间递增。
 */
export function newId(): string {
  counter = (counter + 1) & 0xffffff
  const ts = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0').slice(-8)
  return ts + counter.toString(16).padStart(6, '0') + randomBytes(9).toString('hex')
}
