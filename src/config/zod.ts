/**
 * 客户端的 zod 不做运行时代码生成：微信小程序不支持 new Function / eval，
 * zod 4 默认会先试探 new Function("")、可用时再用它编译校验器。jitless 下两者都不发生，
 * 校验走解释执行（结果相同）。应用入口第一个导入本模块；云函数端不受影响。
 */
import { z } from 'zod'

z.config({ jitless: true })
