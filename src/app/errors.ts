import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../shared/errors';

/** The error body of every API error (SPEC §5). */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('稳定的错误代码，例如 NOT_FOUND、INVALID_INPUT'),
      message: z.string().describe('错误说明（中文）'),
      details: z.unknown().optional().describe('补充信息，例如出错的字段'),
    }),
  })
  .describe('错误');

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Translates every error into the one error shape, in one place. */
export function handleError(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof AppError) {
    void reply.status(err.status).send(errorBody(err.code, err.message, err.details));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      message: v.message ?? '无效',
    }));
    const first = details[0];
    const where = err.validationContext === 'querystring' ? '查询参数' : err.validationContext === 'params' ? '路径参数' : '请求内容';
    void reply
      .status(400)
      .send(errorBody('INVALID_INPUT', `${where}无效${first ? `：${first.field ? `${first.field} ` : ''}${first.message}` : ''}`, details));
    return;
  }
  const fe = err as FastifyError;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'UNSUPPORTED_MEDIA_TYPE'
        : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'BODY_TOO_LARGE'
          : 'BAD_REQUEST';
    const message =
      code === 'BODY_TOO_LARGE' ? '请求内容过大' : code === 'UNSUPPORTED_MEDIA_TYPE' ? '不支持的内容类型' : `请求无效：${fe.message}`;
    void reply.status(fe.statusCode).send(errorBody(code, message));
    return;
  }
  req.log.error({ err }, 'unhandled error');
  void reply.status(500).send(errorBody('INTERNAL', '服务器内部错误，请稍后重试'));
}
