/**
 * 客户端的 zod 不做运行时代码生成：微信小程序不支持 new Function / eval，
 * zod 4 默认会先试探 new Function("")、可用时再用它编译校验器。jitless 下两者都不发生，
 * 校验走解释执行（结果相同）。客户端在运行时用 zod 的模块（features/observations/draft.ts）第一个导入本模块，
 * zod 因此只进分包、不进主包；云函数端不受影响。新增客户端运行时校验时同样先导入本模块。
 */
import { z } from 'zod'

z.config({ jitless: true })
