import { Image } from '@tarojs/components'
import { cx } from '../cx'
import { ICONS, type IconName } from './icons'
import './index.scss'

export type { IconName } from './icons'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** ASCII 串 → base64（小程序里没有 btoa；图标 SVG 只含 ASCII） */
function base64(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=')
  }
  return out
}

const cache = new Map<string, string>()

/** 图标的 data URI（按名称与颜色缓存） */
export function iconSrc(name: IconName, color: string): string {
  const key = `${name}|${color}`
  let src = cache.get(key)
  if (!src) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ICONS[name]}</svg>`
    src = `data:image/svg+xml;base64,${base64(svg)}`
    cache.set(key, src)
  }
  return src
}

export interface IconProps {
  name: IconName
  /** 描边颜色（十六进制） */
  color?: string
  size?: 'sm' | 'md' | 'lg'
  className?: string
}

/** 线性图标（心桥图标集，见 ./icons.ts） */
export function Icon({ name, color = '#3a6cf4', size = 'md', className }: IconProps) {
  return <Image className={cx('xq-icon', `xq-icon--${size}`, className)} src={iconSrc(name, color)} mode='aspectFit' aria-hidden />
}
