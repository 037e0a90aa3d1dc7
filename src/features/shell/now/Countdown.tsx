import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { cx } from '../../../components/cx'
import { countdownText } from './time'

/**
 * 即时报告的确认倒计时：每秒刷新；超时变红并显示已超时多久。
 * skewMs = 服务器时刻 − 本机时刻（由工作台的 now 算出），倒计时不受手机时钟误差影响。
 */
export function Countdown({ deadline, skewMs }: { deadline: string; skewMs: number }) {
  const [now, setNow] = useState(() => Date.now() + skewMs)
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now() + skewMs), 1000)
    return () => clearInterval(t)
  }, [skewMs])
  const { text, overdue } = countdownText(new Date(deadline).getTime() - now)
  return <Text className={cx('xq-wb-countdown', overdue && 'xq-wb-countdown--overdue')}>{text}</Text>
}
