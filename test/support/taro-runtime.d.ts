/** @tarojs/plugin-framework-react 的 React 运行时没有类型声明：这里只声明测试垫片用到的导出 */
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  type Fn = (...args: any[]) => any
  export const connectReactPage: Fn
  export const createH5NativeComponentConfig: Fn
  export const createNativeComponentConfig: Fn
  export const createNativePageConfig: Fn
  export const createReactApp: Fn
  export const setReconciler: Fn
  export const useAddToFavorites: Fn
  export const useDidHide: Fn
  export const useDidShow: Fn
  export const useError: Fn
  export const useKeyboardHeight: Fn
  export const useLaunch: Fn
  export const useLoad: Fn
  export const useOptionMenuClick: Fn
  export const usePageNotFound: Fn
  export const usePageScroll: Fn
  export const usePullDownRefresh: Fn
  export const usePullIntercept: Fn
  export const useReachBottom: Fn
  export const useReady: Fn
  export const useResize: Fn
  export const useRouter: Fn
  export const useSaveExitState: Fn
  export const useScope: Fn
  export const useShareAppMessage: Fn
  export const useShareTimeline: Fn
  export const useTabItemTap: Fn
  export const useTitleClick: Fn
  export const useUnhandledRejection: Fn
  export const useUnload: Fn
}
