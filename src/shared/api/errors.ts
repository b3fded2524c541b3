/** The one error shape every API route answers with. */
export type ErrorBody = { error: { code: ErrorCode; message: string } };

export type ErrorCode =
  | 'bad_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'cross_origin'
  | 'wrong_password'
  | 'not_found'
  | 'no_program'
  | 'conflict'
  | 'email_taken'
  | 'rate_limited'
  | 'database_unavailable'
  | 'internal';
