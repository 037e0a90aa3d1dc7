// Testing Library 的 DOM 断言（toBeInTheDocument 等）类型
import '@testing-library/jest-dom'
