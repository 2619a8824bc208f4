/**
 * The one error type of the platform. `code` is stable (clients and tests match on it),
 * `message` is shown to people (Chinese first), `status` is the HTTP status it maps to.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, message: string, status = 400, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export const unauthenticated = (message = '请先登录或提供有效的接口凭证') => new AppError('UNAUTHENTICATED', message, 401);

export const forbidden = (message = '无权执行此操作') => new AppError('FORBIDDEN', message, 403);

export const notFound = (message = '未找到所请求的资源') => new AppError('NOT_FOUND', message, 404);

export const invalidInput = (message: string, details?: unknown) => new AppError('INVALID_INPUT', message, 400, details);
