import bcrypt from "bcryptjs";

// bcrypt cost 12: about a quarter of a second per check here, slow enough to make guessing expensive.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
