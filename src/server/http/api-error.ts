import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DomainError, ParamsArg } from '../../core/errors.ts';
import type { ErrorCode } from '../../shared/api/errors.ts';
import { answers, type ErrorParams, type Reason } from './errors.ts';

/**
 * The one error type routes throw, made by `fail(reason)`: its status, wire code, message and
 * headers all come from the table in errors.ts. `onError` turns it into the shared JSON shape.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ErrorCode;
  readonly headers: Record<string, string>;

  constructor(
    readonly reason: Reason,
    params: object | undefined,
  ) {
    // One loosening for the whole table: `fail` and `isReason` checked the params against the reason.
    const answer = answers[reason] as {
      status: ContentfulStatusCode;
      code: ErrorCode;
      message: (params: object | undefined) => string;
      headers?: (params: object | undefined) => Record<string, string>;
    };
    super(answer.message(params));
    this.status = answer.status;
    this.code = answer.code;
    this.headers = answer.headers?.(params) ?? {};
  }
}

/** @example throw fail('letter_already_sent'); throw fail('entry_not_found', { noun: 'urge' }); */
export function fail<R extends Reason>(reason: R, ...params: ParamsArg<ErrorParams, R>): ApiError {
  return new ApiError(reason, params[0]);
}

/** The person's words for a reason, where they travel inside another answer (an import's row). */
export function messageOf<R extends Reason>(reason: R, ...params: ParamsArg<ErrorParams, R>): string {
  return fail(reason, ...params).message;
}

const isReason = (code: string): code is Reason => Object.hasOwn(answers, code);

/** A core rule's refusal, worded; undefined for a code the table does not know (a bug: a 500). */
export function fromDomainError(error: DomainError<string>): ApiError | undefined {
  return isReason(error.code) ? new ApiError(error.code, error.params) : undefined;
}
