import { z } from 'zod';

/**
 * The `Idempotency-Key` header a device may send with a write that creates an entry: the same key
 * sent again (an outbox retrying after the network dropped the answer) gets the first answer back
 * instead of a second entry. A random UUID is the usual choice; any 8 to 200 visible ASCII
 * characters will do.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{8,200}$/, 'The Idempotency-Key header must be 8 to 200 visible ASCII characters.');
