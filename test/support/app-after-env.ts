/**
 * 页面测试的公共设置：页面背后是真实的云函数与模拟器，CI 的 2 核机器上一次往返可能超过 Testing Library
 * 默认的 1 秒等待。findBy…/waitFor 的等待放宽到 8 秒（只在元素迟迟不出现时才会等这么久）。
 */
import { configure } from '@testing-library/react'
import '@testing-library/jest-dom'

configure({ asyncUtilTimeout: 8000 })
