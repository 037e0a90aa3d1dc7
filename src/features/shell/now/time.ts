/** 工作台的时间文字（纯函数；只做时长运算，不涉及时区——日期文字由服务端按北京时间给出） */

const pad = (n: number) => String(n).padStart(2, '0')

/** 剩余毫秒 → '还剩 12:05' / '已超时 3 分钟'（超时为红色） */
export function countdownText(leftMs: number): { text: string; overdue: boolean } {
  if (leftMs > 0) {
    const s = Math.ceil(leftMs / 1000)
    const h = Math.floor(s / 3600)
    const body = h > 0 ? `${h}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
    return { text: `还剩 ${body}`, overdue: false }
  }
  const m = Math.floor(-leftMs / 60_000)
  return { text: m < 1 ? '已超时' : m < 60 ? `已超时 ${m} 分钟` : `已超时 ${Math.floor(m / 60)} 小时 ${m % 60} 分`, overdue: true }
}

/** 'YYYY-MM' → 'M月' */
export function monthText(month: string): string {
  return `${Number(month.split('-')[1])}月`
}

/** 角标：0 不显示，超过 99 显示 99+ */
export function badgeText(n: number): string {
  return n > 99 ? '99+' : String(n)
}
